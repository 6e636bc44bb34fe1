// My referrals today: every customer I sent and what became of them, live (DOMAIN.md, problem 2).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    required property QtObject referrals

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        Label {
            objectName: "referralsSummary"
            text: page.referrals.summary
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.primary
        }
        FieldError { text: page.referrals.error; Layout.fillWidth: true }
        Label {
            visible: page.referrals.count === 0
            text: qsTr("No referrals yet today. Customers you hand off appear here with what became of them.")
            color: Theme.muted
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "referralsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            boundsBehavior: Flickable.StopAtBounds
            model: page.referrals.referrals
            ScrollIndicator.vertical: ScrollIndicator {}
            delegate: Rectangle {
                id: row
                required property string handoffId
                required property string time
                required property string customer
                required property string amount
                required property string stateCode
                required property string stateText
                required property string detail
                required property bool fastTrack
                required property bool canCancel
                required property string syncText
                required property bool syncRefused
                readonly property color stateColor: stateCode === "converted" ? Theme.eligible
                    : (stateCode === "not_converted" || stateCode === "cancelled") ? Theme.lobby
                    : stateCode === "callback" || stateCode === "follow_up" ? "#6a1b9a" : Theme.primary
                width: list.width
                height: Math.max(Theme.touch + 16, rowLayout.implicitHeight + 16)
                radius: Theme.radius
                color: Theme.card
                border.color: Theme.line
                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: Theme.gap
                    Label { text: row.time; font.pixelSize: Theme.body; color: Theme.muted }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: row.customer + (row.amount ? "  " + row.amount : "") + (row.fastTrack ? "  ⚡" + qsTr("fast-track") : "")
                            font.pixelSize: Theme.body
                            color: Theme.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "referralSync"
                            text: row.syncText
                            visible: text.length > 0
                            font.pixelSize: Theme.small
                            font.bold: row.syncRefused
                            color: row.syncRefused ? Theme.urgent : Theme.muted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.detail
                            visible: text.length > 0
                            font.pixelSize: Theme.small
                            color: Theme.muted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Rectangle {
                        radius: Theme.radius
                        color: Qt.lighter(row.stateColor, 1.9)
                        border.color: row.stateColor
                        implicitWidth: stateLabel.implicitWidth + 20
                        implicitHeight: 36
                        Label {
                            id: stateLabel
                            anchors.centerIn: parent
                            text: row.stateText
                            color: row.stateColor
                            font.pixelSize: Theme.small
                            font.bold: true
                        }
                    }
                    Button {
                        visible: row.canCancel
                        text: qsTr("Customer left")
                        font.pixelSize: Theme.small
                        Layout.preferredHeight: Theme.touch
                        onClicked: page.referrals.customerLeft(row.handoffId)
                    }
                }
            }
        }
    }
}
