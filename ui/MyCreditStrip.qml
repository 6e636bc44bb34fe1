// My credit this month: the TEAM's total first and larger, then mine, smaller (the article: show the
// team's total prominently). Tap it for my credit lines (customer, date, my part, where it stands),
// with "dispute" on a counted split before its month closes. Self-contained: give it the credit
// view-model; `compact` for the desk PC.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Rectangle {
    id: strip
    required property QtObject credit
    property bool compact: false
    objectName: "myCreditStrip"
    implicitHeight: row.implicitHeight + (compact ? 12 : 20)
    implicitWidth: row.implicitWidth + 2 * Theme.gap
    radius: Theme.radius
    color: tap.pressed ? Qt.darker(Theme.primaryLight, 1.05) : Theme.primaryLight
    border.color: Theme.primary
    // A tap opens my credit lines: a button to a screen reader, named by what it shows.
    Accessible.role: Accessible.Button
    Accessible.name: [strip.credit.teamText, strip.credit.mineText, qsTr("Details ›")].filter(t => t.length > 0).join(" · ")
    Accessible.onPressAction: { strip.credit.refresh(); lines.open() }

    RowLayout {
        id: row
        anchors.verticalCenter: parent.verticalCenter
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                objectName: "teamCredit"
                text: strip.credit.teamText
                color: Theme.primary
                font.pixelSize: strip.compact ? Theme.deskTitle : Theme.title + 2
                font.bold: true
                wrapMode: Text.WordWrap  // the amount whole at any text size: a second line, never "…"
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "myCredit"
                text: strip.credit.mineText
                color: Theme.text
                font.pixelSize: strip.compact ? Theme.deskSmall : Theme.small + 1
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            text: qsTr("Details ›")
            color: Theme.primary
            font.pixelSize: strip.compact ? Theme.deskSmall : Theme.body
        }
    }
    TapHandler {
        id: tap
        onTapped: {
            strip.credit.refresh()
            lines.open()
        }
    }

    Popup {
        id: lines
        objectName: "myCreditLines"
        modal: true
        focus: true
        parent: Overlay.overlay
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width - 32 : 760, 760)
        height: Math.min(parent ? parent.height - 48 : 600, 600)
        padding: Theme.gap * 2
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        Overlay.modal: Rectangle { color: Theme.scrim }
        background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

        contentItem: ColumnLayout {
            spacing: 8
            Label {
                text: strip.credit.teamText
                color: Theme.primary
                font.pixelSize: strip.compact ? Theme.deskTitle : Theme.title + 2
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                text: strip.credit.title + " · " + strip.credit.mineText
                color: Theme.text
                font.pixelSize: strip.compact ? Theme.deskBody : Theme.body
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: strip.credit.count === 0
                text: qsTr("No credit yet this month. A sale from a customer you referred or served shows here.")
                color: Theme.muted
                font.pixelSize: strip.compact ? Theme.deskSmall : Theme.small
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ListView {
                id: list
                objectName: "myCreditList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                boundsBehavior: Flickable.StopAtBounds
                model: strip.credit.lines
                ScrollIndicator.vertical: ScrollIndicator {}
                delegate: Rectangle {
                    id: line
                    required property string handoffId
                    required property string customer
                    required property string date
                    required property string part
                    required property string amount
                    required property string stateCode
                    required property string stateText
                    required property bool canDispute
                    readonly property color stateColor: stateCode === "counted" ? Theme.eligible
                        : stateCode === "allocated" ? Theme.primary : Theme.pending
                    width: list.width
                    height: Math.max(strip.compact ? Theme.deskRow + 12 : Theme.touch + 12, lineRow.implicitHeight + 12)
                    radius: Theme.radius
                    color: Theme.page
                    border.color: Theme.line
                    RowLayout {
                        id: lineRow
                        anchors.fill: parent
                        anchors.leftMargin: Theme.gap
                        anchors.rightMargin: 6
                        spacing: Theme.gap
                        Label { text: line.date; color: Theme.muted; font.pixelSize: strip.compact ? Theme.deskSmall : Theme.small }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: line.customer + " · " + line.part
                                color: Theme.text
                                font.pixelSize: strip.compact ? Theme.deskBody : Theme.body
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "creditLineState_" + line.handoffId
                                text: line.stateText
                                color: line.stateColor
                                font.pixelSize: strip.compact ? Theme.deskSmall : Theme.small
                                font.bold: line.stateCode !== "counted"
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            text: line.amount
                            color: line.stateCode === "disputed" || line.stateCode === "shared" ? Theme.muted : Theme.text
                            font.pixelSize: strip.compact ? Theme.deskBody : Theme.body
                            font.bold: true
                        }
                        ActionButton {
                            objectName: "dispute_" + line.handoffId
                            visible: line.canDispute
                            primary: false
                            accent: Theme.urgent
                            text: qsTr("Dispute")
                            font.pixelSize: strip.compact ? Theme.deskBody : Theme.body
                            implicitHeight: strip.compact ? Theme.deskRow : Theme.touch
                            implicitWidth: Math.max(96, implicitContentWidth + 24)
                            onClicked: dispute.openFor(line.handoffId, line.customer)
                        }
                    }
                }
            }
            ActionButton {
                objectName: "myCreditClose"
                primary: false
                text: qsTr("Close")
                font.pixelSize: strip.compact ? Theme.deskBody : Theme.body
                implicitHeight: strip.compact ? Theme.deskRow + 8 : Theme.touch
                Layout.fillWidth: true
                onClicked: lines.close()
            }
        }
    }

    DisputeDialog { id: dispute; credit: strip.credit; compact: strip.compact }
}
