// One customer in Incoming: how to address them, purpose and amount band, the rules they met, the
// warm note, who referred them and how long they have waited (ticking). Offered to me: accept/decline.
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
    required property real referredAtMs
    required property real offeredAtMs
    required property bool fastTrack
    required property bool offeredToMe
    required property string waitingFor
    required property string escalatedText
    required property bool canAccept
    signal declineRequested(string handoffId)

    objectName: "incomingCard"
    padding: 10
    background: Rectangle {
        radius: Theme.radius
        color: card.offeredToMe ? (card.fastTrack ? Theme.urgentLight : Theme.offerLight) : Theme.card
        border.color: card.fastTrack ? Theme.urgent : (card.offeredToMe ? Theme.offer : Theme.line)
        border.width: card.offeredToMe ? 2 : 1
    }

    ColumnLayout {
        width: parent.width
        spacing: 4
        // Who and why on the left, wrapping onto a second line when the text is large; the wait on the right.
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Flow {
                id: who
                spacing: 8
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Label {
                    visible: card.fastTrack
                    text: qsTr("FAST-TRACK")
                    color: Theme.onAccent
                    font.pixelSize: Theme.deskSmall
                    font.bold: true
                    padding: 3
                    background: Rectangle { color: Theme.urgent; radius: Theme.smallRadius }
                }
                Label {
                    objectName: "incomingName"
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
            // The wait by how long: amber past the response time, red past twice that (or 15
            // minutes), each with its word beside the figure.
            Label {
                readonly property string level: card.desk.waitLevel(card.referredAtMs, card.desk.nowMs)
                objectName: "incomingWaited"
                text: card.desk.waitedText(card.referredAtMs, card.desk.nowMs)
                font.pixelSize: Theme.deskBody
                font.bold: true
                color: level === "too_long" ? Theme.urgent : level === "long" ? Theme.pending : Theme.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignRight
                Layout.alignment: Qt.AlignTop | Qt.AlignRight
                Layout.maximumWidth: Math.round(card.availableWidth * 0.4)
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
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        // Who referred them and the countdown on the left, wrapping; Decline and Accept always whole on the right.
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Flow {
                id: about
                spacing: 8
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                Label {
                    text: qsTr("Referred by %1").arg(card.referrer)
                    font.pixelSize: Theme.deskSmall
                    color: Theme.muted
                    width: Math.min(implicitWidth, about.width)
                    wrapMode: Text.WordWrap
                }
                Label {
                    visible: card.escalatedText.length > 0
                    text: card.escalatedText
                    font.pixelSize: Theme.deskSmall
                    font.bold: true
                    color: Theme.urgent
                    width: Math.min(implicitWidth, about.width)
                    wrapMode: Text.WordWrap
                }
                Label {
                    visible: card.waitingFor.length > 0
                    text: qsTr("Waiting for %1").arg(card.waitingFor)
                    font.pixelSize: Theme.deskSmall
                    color: Theme.muted
                    width: Math.min(implicitWidth, about.width)
                    wrapMode: Text.WordWrap
                }
                Label {
                    visible: card.offeredToMe
                    text: card.desk.answerText(card.offeredAtMs, card.desk.nowMs)
                    font.pixelSize: Theme.deskSmall
                    font.bold: true
                    color: Theme.offer
                    width: Math.min(implicitWidth, about.width)
                    wrapMode: Text.WordWrap
                }
            }
            DeskButton {
                objectName: "declineButton"
                visible: card.offeredToMe
                text: qsTr("Decline")
                font.pixelSize: Theme.deskBody
                onClicked: card.declineRequested(card.handoffId)
            }
            DeskButton {
                objectName: card.offeredToMe ? "acceptButton" : "takeButton"
                visible: card.canAccept
                text: card.offeredToMe ? qsTr("Accept") : qsTr("Take this customer")
                font.pixelSize: Theme.deskBody
                font.bold: card.offeredToMe
                highlighted: card.offeredToMe
                onClicked: card.desk.accept(card.handoffId)
            }
        }
    }
}
