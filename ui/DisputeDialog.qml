// Disputing a recorded split of my credit, before its month closes: a reason is required; the split
// then counts for no one until the branch head allocates it. Self-contained: give it the credit
// view-model (lobby tablet and wealth manager's desk alike).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: dialog
    required property QtObject credit
    property bool compact: false  // the desk PC: denser type
    property string handoffId: ""
    property string customer: ""
    signal disputed()
    objectName: "disputeDialog"
    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 560, 560)
    padding: Theme.gap * 2
    closePolicy: Popup.CloseOnEscape
    Overlay.modal: Rectangle { color: Theme.scrim }

    function openFor(id, who) {
        dialog.handoffId = id
        dialog.customer = who
        reasonField.text = ""
        dialog.credit.clearDisputeError()
        dialog.open()
    }

    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("Dispute the credit for %1").arg(dialog.customer)
            font.pixelSize: dialog.compact ? Theme.deskTitle : Theme.title + 2
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("The split stops counting and goes to the branch head, who allocates it by who took part.")
            wrapMode: Text.WordWrap
            color: Theme.muted
            font.pixelSize: dialog.compact ? Theme.deskSmall : Theme.small
            Layout.fillWidth: true
        }
        DeskTextArea {
            id: reasonField
            objectName: "disputeReason"
            Accessible.name: placeholderText
            placeholderText: qsTr("Why (required), e.g. a colleague opened the account with the customer")
            wrapMode: TextEdit.Wrap
            font.pixelSize: dialog.compact ? Theme.deskBody : Theme.body
            Layout.fillWidth: true
            Layout.preferredHeight: dialog.compact ? 80 : Theme.touch * 2
            onTextChanged: dialog.credit.clearDisputeError()
            error: dialog.credit.disputeError.length > 0
        }
        FieldError {
            objectName: "disputeError"
            text: dialog.credit.disputeError
            font.pixelSize: dialog.compact ? Theme.deskSmall : Theme.small
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton {
                primary: false
                text: qsTr("Back")  // on the left; the main button on the right, as in every dialog
                font.pixelSize: dialog.compact ? Theme.deskBody : Theme.body
                dense: dialog.compact
                Layout.fillWidth: true
                onClicked: dialog.close()
            }
            ActionButton {
                objectName: "disputeSubmit"
                accent: Theme.urgent
                text: qsTr("Send to the branch head")
                font.pixelSize: dialog.compact ? Theme.deskBody : Theme.body
                dense: dialog.compact
                Layout.fillWidth: true
                onClicked: {
                    if (dialog.credit.dispute(dialog.handoffId, reasonField.text)) {
                        dialog.close()
                        dialog.disputed()
                    }
                }
            }
        }
    }
}
