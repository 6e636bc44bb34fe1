// Special situation 3, the customer in a hurry (and "book a time"): how to address them,
// a phone kept only with the consent tick, a preferred time → a callback task for a wealth manager.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: sheet
    required property QtObject callback
    signal booked(string message)
    objectName: "callbackSheet"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 640, 640)
    padding: Theme.gap * 2
    closePolicy: Popup.CloseOnEscape

    function openFor() {
        sheet.callback.open()
        sheet.open()
    }

    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    contentItem: ColumnLayout {
        spacing: 8

        Label {
            text: qsTr("Book a callback")
            font.pixelSize: Theme.title + 2
            font.bold: true
            color: Theme.text
        }
        Label {
            text: qsTr("A wealth manager calls the customer back; a sale from the call still credits you.")
            wrapMode: Text.WordWrap
            color: Theme.muted
            font.pixelSize: Theme.small
            Layout.fillWidth: true
        }
        TextField {
            objectName: "callbackAddress"
            text: sheet.callback.addressAs
            placeholderText: qsTr("How to address the customer (e.g. 王先生)")
            font.pixelSize: Theme.body
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onTextEdited: sheet.callback.setAddressAs(text)
        }
        FieldError { text: sheet.callback.addressError; Layout.fillWidth: true }
        TextField {
            objectName: "callbackPhone"
            text: sheet.callback.phone
            placeholderText: qsTr("Phone number")
            inputMethodHints: Qt.ImhDialableCharactersOnly
            font.pixelSize: Theme.body
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onTextEdited: sheet.callback.setPhone(text)
        }
        CheckBox {
            objectName: "callbackConsent"
            text: qsTr("The customer agrees that we keep this number to call back")
            checked: sheet.callback.consent
            font.pixelSize: Theme.body
            Layout.preferredHeight: Theme.touch
            onToggled: sheet.callback.setConsent(checked)
        }
        FieldError { objectName: "callbackPhoneError"; text: sheet.callback.phoneError; Layout.fillWidth: true }
        SectionLabel { text: qsTr("Preferred time") }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: sheet.callback.timeChoices
                delegate: Chip {
                    required property string modelData
                    required property int index
                    objectName: "callbackTime_" + index
                    text: modelData
                    checked: sheet.callback.timeChoice === index
                    onClicked: sheet.callback.setTimeChoice(index)
                }
            }
        }
        TextField {
            objectName: "callbackNote"
            text: sheet.callback.note
            placeholderText: qsTr("Note (optional)")
            font.pixelSize: Theme.body
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onTextEdited: sheet.callback.setNote(text)
        }
        FieldError { text: sheet.callback.noteError; Layout.fillWidth: true }
        FieldError { text: sheet.callback.error; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton {
                primary: false
                text: qsTr("Back")
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                onClicked: sheet.close()
            }
            ActionButton {
                objectName: "callbackSubmit"
                text: qsTr("Book callback")
                enabled: sheet.callback.canSubmit
                Layout.fillWidth: true
                onClicked: {
                    const message = sheet.callback.submit()
                    if (message.length > 0) {
                        sheet.close()
                        sheet.booked(message)
                    }
                }
            }
        }
    }
}
