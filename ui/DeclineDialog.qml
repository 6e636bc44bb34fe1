// Declining an offer needs a reason (and words for "other"); the customer goes on to the next colleague.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: dialog
    required property QtObject desk
    property string handoffId: ""
    property string reason: ""
    objectName: "declineDialog"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.round(480 * Theme.grow)
    padding: 16
    closePolicy: Popup.CloseOnEscape
    Overlay.modal: Rectangle { color: Theme.scrim }

    function openFor(id) {
        dialog.handoffId = id
        dialog.reason = ""
        declineText.text = ""
        dialog.desk.clearDeclineError()
        dialog.open()
    }

    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("Decline this customer")
            font.pixelSize: Theme.deskTitle
            font.bold: true
        }
        Label {
            text: qsTr("The customer goes to the next free colleague at once.")
            font.pixelSize: Theme.deskSmall
            color: Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: dialog.desk.declineReasons
            DeskRadioButton {
                required property var modelData
                objectName: "declineReason_" + modelData.code
                text: modelData.text
                font.pixelSize: Theme.deskBody
                checked: dialog.reason === modelData.code
                onClicked: {
                    dialog.reason = modelData.code
                    dialog.desk.clearDeclineError()
                }
            }
        }
        DeskTextField {
            id: declineText
            objectName: "declineText"
            Accessible.name: placeholderText
            visible: dialog.reason === "other"
            placeholderText: qsTr("Why, in a few words")
            font.pixelSize: Theme.deskBody
            maximumLength: 200
            Layout.fillWidth: true
        }
        FieldError {
            objectName: "declineError"
            text: dialog.desk.declineError
            font.pixelSize: Theme.deskSmall
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            DeskButton {
                text: qsTr("Cancel")
                font.pixelSize: Theme.deskBody
                onClicked: dialog.close()
            }
            DeskButton {
                objectName: "declineConfirm"
                text: qsTr("Decline")
                font.pixelSize: Theme.deskBody
                highlighted: true
                onClicked: {
                    if (dialog.desk.decline(dialog.handoffId, dialog.reason, declineText.text))
                        dialog.close()
                }
            }
        }
    }
}
