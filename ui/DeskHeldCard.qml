// A customer I hold: accepted (on the way) → "customer arrived" → met → record the outcome; or, on the
// way, "customer left": a callback if they agreed, or none.
// The phone shows here only, to the wealth manager who holds the customer.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Frame {
    id: card
    required property QtObject desk
    required property string handoffId
    required property string addressAs
    required property string ticket
    required property string purposeText
    required property string bandText
    required property string rulesText
    required property string note
    required property string referrer
    required property string phone
    required property string state
    required property string stateText
    required property bool fastTrack
    required property string syncText
    signal outcomeRequested(string handoffId, string addressAs)
    signal leftRequested(string handoffId, string addressAs, string phone)

    objectName: "heldCard"
    padding: 10
    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    ColumnLayout {
        width: parent.width
        spacing: 4
        // Who and why on the left, wrapping when the text is large; where the customer stands on the right.
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Flow {
                id: who
                spacing: 8
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Label {
                    text: card.addressAs + (card.ticket ? "  #" + card.ticket : "")
                    font.pixelSize: Theme.deskTitle
                    font.bold: true
                    color: Theme.text
                    width: Math.min(implicitWidth, who.width)
                    wrapMode: Text.WordWrap
                }
                Label {
                    text: card.purposeText + (card.bandText ? " · " + card.bandText : "")
                    font.pixelSize: Theme.deskBody
                    color: Theme.text
                    width: Math.min(implicitWidth, who.width)
                    wrapMode: Text.WordWrap
                }
            }
            ColumnLayout {
                spacing: 0
                Layout.alignment: Qt.AlignTop | Qt.AlignRight
                Layout.maximumWidth: Math.round(card.availableWidth * 0.45)
                Label {
                    objectName: "heldState"
                    text: card.stateText
                    font.pixelSize: Theme.deskSmall
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignRight
                    Layout.alignment: Qt.AlignRight
                    Layout.maximumWidth: Math.round(card.availableWidth * 0.45)
                }
                Label {
                    objectName: "heldSync"
                    visible: card.syncText.length > 0
                    text: card.syncText
                    font.pixelSize: Theme.deskSmall
                    color: Theme.pending
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignRight
                    Layout.alignment: Qt.AlignRight
                    Layout.maximumWidth: Math.round(card.availableWidth * 0.45)
                }
            }
        }
        Label {
            text: card.rulesText
            font.pixelSize: Theme.deskSmall
            color: Theme.eligible
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: card.note.length > 0
            text: "“" + card.note + "”"
            font.pixelSize: Theme.deskBody
            font.italic: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Label {
                text: qsTr("Referred by %1").arg(card.referrer) + (card.phone ? "  ·  ☎ " + card.phone : "")
                font.pixelSize: Theme.deskSmall
                color: Theme.muted
                wrapMode: Text.WordWrap  // the buttons keep their room: these words take a second line
                Layout.fillWidth: true
            }
            DeskButton {
                objectName: "leftButton"
                visible: card.state === "accepted"
                text: qsTr("Customer left")
                font.pixelSize: Theme.deskBody
                onClicked: card.leftRequested(card.handoffId, card.addressAs, card.phone)
            }
            DeskButton {
                objectName: "meetButton"
                visible: card.state === "accepted"
                text: qsTr("Customer arrived")
                font.pixelSize: Theme.deskBody
                highlighted: true
                onClicked: card.desk.meet(card.handoffId)
            }
            DeskButton {
                objectName: "outcomeButton"
                visible: card.state === "met"
                text: qsTr("Record outcome")
                font.pixelSize: Theme.deskBody
                highlighted: true
                onClicked: card.outcomeRequested(card.handoffId, card.addressAs)
            }
        }
    }
}
