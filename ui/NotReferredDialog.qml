// An eligible customer saved without a referral: why not, before anything is saved (the branch head's
// execution check). A reason chip (and words for "other"); a refusal shows under the field it names.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: dialog
    required property QtObject handoff
    property string reason: ""
    objectName: "notReferredDialog"
    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 600, 600)
    padding: Theme.gap * 2
    closePolicy: Popup.CloseOnEscape
    Overlay.modal: Rectangle { color: Theme.scrim }

    function ask() {
        dialog.reason = ""
        otherText.text = ""
        dialog.handoff.clearNotReferredErrors()
        dialog.open()
    }

    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("Why is this customer not referred?")
            font.pixelSize: Theme.title + 2
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("The customer meets the referral standards. The branch head sees the reason at the evening meeting.")
            wrapMode: Text.WordWrap
            color: Theme.muted
            font.pixelSize: Theme.small
            Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: dialog.handoff.notReferredOptions
                delegate: Chip {
                    required property var modelData
                    objectName: "notReferred_" + modelData.code
                    text: modelData.text
                    checked: dialog.reason === modelData.code
                    onClicked: {
                        dialog.reason = modelData.code
                        dialog.handoff.clearNotReferredErrors()
                    }
                }
            }
        }
        FieldError { objectName: "notReferredReasonError"; text: dialog.handoff.notReferredReasonError; Layout.fillWidth: true }
        DeskTextField {
            id: otherText
            objectName: "notReferredText"
            Accessible.name: placeholderText
            visible: dialog.reason === "other"
            placeholderText: qsTr("Why, in a few words")
            maximumLength: 200
            font.pixelSize: Theme.body
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onTextEdited: dialog.handoff.clearNotReferredErrors()
        }
        FieldError { objectName: "notReferredTextError"; text: dialog.handoff.notReferredTextError; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton {
                primary: false
                text: qsTr("Back")
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                onClicked: dialog.close()
            }
            ActionButton {
                objectName: "notReferredSave"
                accent: Theme.lobby
                text: qsTr("Save without referral")
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                onClicked: {
                    if (dialog.handoff.saveWithoutReferral(dialog.reason, dialog.reason === "other" ? otherText.text : ""))
                        dialog.close()
                }
            }
        }
    }
}
