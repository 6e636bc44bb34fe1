// My referrals today, this week or this month: every customer I sent and what became of them since,
// live (DOMAIN.md, problem 2); the team's credit this month first, then mine. A referral still under
// way whose customer left: a callback on it (prefilled from the tag), or cancelled if none is wanted.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    required property QtObject referrals
    required property QtObject callback
    required property QtObject myCredit
    readonly property bool wide: width >= 1000 * Theme.scale  // two columns while the chosen text size leaves room

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        GridLayout {
            Layout.fillWidth: true
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.gap * 2
            rowSpacing: Theme.gap

            ColumnLayout {
                spacing: 6
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                // Today / this week / this month: one segmented switch, each part a full touch target.
                RowLayout {
                    objectName: "periodSwitch"
                    spacing: 0
                    Repeater {
                        model: page.referrals.periods
                        delegate: Chip {
                            required property var modelData
                            required property int index
                            objectName: "period_" + modelData.code
                            text: modelData.text
                            checked: page.referrals.period === modelData.code
                            Layout.preferredWidth: 132 * Theme.scale
                            onClicked: page.referrals.setPeriod(modelData.code)
                        }
                    }
                }
                Label {
                    objectName: "referralsSummary"
                    text: page.referrals.summary
                    font.pixelSize: Theme.body
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    text: page.referrals.span
                    font.pixelSize: Theme.small
                    color: Theme.muted
                }
            }
            MyCreditStrip {
                credit: page.myCredit
                Layout.fillWidth: true
                Layout.preferredWidth: page.wide ? 460 * Theme.scale : -1
                Layout.alignment: Qt.AlignTop
            }
        }

        // The last thing done here (a callback booked), or why it could not be done.
        Rectangle {
            objectName: "referralsMessage"
            visible: page.referrals.message.length > 0
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            radius: Theme.radius
            color: Theme.eligibleLight
            border.color: Theme.eligible
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                Label {
                    objectName: "referralsMessageText"
                    text: page.referrals.message
                    color: Theme.eligible
                    font.pixelSize: Theme.body
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("OK")
                    flat: true
                    font.pixelSize: Theme.body
                    Layout.preferredHeight: Theme.touch
                    Layout.preferredWidth: 80
                    onClicked: page.referrals.dismissMessage()
                }
            }
        }
        FieldError { objectName: "referralsError"; text: page.referrals.error; Layout.fillWidth: true }
        Label {
            visible: page.referrals.count === 0
            text: page.referrals.emptyText
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
                required property bool wasToday
                required property string syncText
                required property bool syncRefused
                readonly property color stateColor: stateCode === "converted" ? Theme.eligible
                    : (stateCode === "not_converted" || stateCode === "cancelled") ? Theme.lobby
                    : stateCode === "callback" || stateCode === "follow_up" ? Theme.callback : Theme.primary
                width: list.width
                height: Math.max(Theme.touch + 16, rowLayout.implicitHeight + 16)
                radius: Theme.radius
                color: Theme.card
                border.color: Theme.line
                GridLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.margins: 8
                    columnSpacing: Theme.gap
                    rowSpacing: 6
                    // A portrait tablet: the state and the action go under the customer, not beside.
                    columns: list.width >= 900 ? 3 : 2
                    Label {
                        text: row.time
                        font.pixelSize: Theme.body
                        color: Theme.muted
                        Layout.preferredWidth: page.referrals.period === "today" ? 56 : 110
                    }
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
                            objectName: "referralDetail_" + row.handoffId
                            text: row.detail
                            visible: text.length > 0
                            font.pixelSize: Theme.small + 1
                            font.bold: row.stateCode === "converted"
                            color: row.stateCode === "converted" ? Theme.eligible : Theme.muted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Item { visible: rowLayout.columns === 2; Layout.preferredWidth: 1 }
                    RowLayout {
                        spacing: Theme.gap
                        Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                        Rectangle {
                            radius: Theme.radius
                            color: Qt.colorEqual(row.stateColor, Theme.eligible) ? Theme.eligibleLight : Qt.colorEqual(row.stateColor, Theme.lobby) ? Theme.lobbyLight : Qt.colorEqual(row.stateColor, Theme.callback) ? Theme.callbackLight : Theme.primaryLight
                            border.color: row.stateColor
                            implicitWidth: stateLabel.implicitWidth + 20
                            implicitHeight: 36
                            Label {
                                id: stateLabel
                                objectName: "referralState_" + row.handoffId
                                anchors.centerIn: parent
                                text: row.stateText
                                color: row.stateColor
                                font.pixelSize: Theme.small
                                font.bold: true
                            }
                        }
                        ActionButton {
                            objectName: "customerLeft_" + row.handoffId
                            visible: row.canCancel
                            primary: false
                            accent: Theme.lobby
                            text: qsTr("Customer left")
                            font.pixelSize: Theme.body
                            implicitHeight: Theme.touch
                            implicitWidth: Math.max(120, implicitContentWidth + 32)
                            onClicked: {
                                if (!callbackSheet.openForReferral(row.handoffId))
                                    page.referrals.showError(page.callback.error)
                            }
                        }
                    }
                }
            }
        }
    }

    CallbackSheet {
        id: callbackSheet
        namePrefix: "left_"
        callback: page.callback
        onBooked: message => page.referrals.showMessage(message)
        onCancelled: page.referrals.showMessage(qsTr("Referral cancelled: the customer left, no callback"))
    }
}
