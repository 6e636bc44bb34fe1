// "Customer left" from the desk, for a customer I accepted who did not reach me: the callback sheet
// prefilled from the tag (how they were addressed, the phone kept with their consent), or "no callback",
// which cancels. Either way the customer leaves my desk. The desk's own sheet (desk style and sizes)
// over the same fields as the lobby's CallbackSheet, with "no callback" beside "book callback".
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: sheet
    required property QtObject left
    objectName: "deskLeftSheet"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 560, 560)
    padding: 16
    closePolicy: Popup.CloseOnEscape
    Overlay.modal: Rectangle { color: Theme.scrim }

    function openFor(id, name, phone) {
        sheet.left.openFor(id, name, phone)
        sheet.open()
    }

    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    contentItem: ColumnLayout {
        spacing: 8

        Label {
            objectName: "deskLeftTitle"
            text: qsTr("%1 left before reaching you").arg(sheet.left.customer)
            font.pixelSize: Theme.deskTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("If the customer agreed to a call, book a callback: it comes to you, and a sale from it still credits the referrer. If not, choose no callback.")
            wrapMode: Text.WordWrap
            color: Theme.muted
            font.pixelSize: Theme.deskSmall
            Layout.fillWidth: true
        }
        // The label above the field, a short example inside it: the long placeholder was cut in English.
        Label {
            objectName: "leftAddressLabel"
            text: qsTr("How to address the customer")
            font.pixelSize: Theme.deskSmall
            color: Theme.muted
        }
        DeskTextField {
            objectName: "leftAddress"
            Accessible.name: qsTr("How to address the customer")
            text: sheet.left.addressAs
            placeholderText: qsTr("e.g. 王先生")
            font.pixelSize: Theme.deskBody
            Layout.fillWidth: true
            onTextEdited: sheet.left.setAddressAs(text)
        }
        FieldError { text: sheet.left.addressError; font.pixelSize: Theme.deskSmall; Layout.fillWidth: true }
        Label {
            text: qsTr("Phone number")  // above the field: still there once the number is typed
            font.pixelSize: Theme.deskSmall
            color: Theme.muted
        }
        DeskTextField {
            objectName: "leftPhone"
            Accessible.name: qsTr("Phone number")
            text: sheet.left.phone
            placeholderText: qsTr("Phone number")
            inputMethodHints: Qt.ImhDialableCharactersOnly
            font.pixelSize: Theme.deskBody
            Layout.fillWidth: true
            onTextEdited: sheet.left.setPhone(text)
        }
        DeskCheckBox {
            objectName: "leftConsent"
            text: qsTr("The customer agrees that we keep this number to call back")
            checked: sheet.left.consent
            font.pixelSize: Theme.deskBody
            onToggled: sheet.left.setConsent(checked)
        }
        FieldError { objectName: "leftPhoneError"; text: sheet.left.phoneError; font.pixelSize: Theme.deskSmall; Layout.fillWidth: true }
        Label {
            text: qsTr("Preferred time")
            font.pixelSize: Theme.deskSmall
            color: Theme.muted
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: sheet.left.timeChoices
                delegate: DeskRadioButton {
                    required property string modelData
                    required property int index
                    objectName: "leftTime_" + index
                    text: modelData
                    font.pixelSize: Theme.deskBody
                    checked: sheet.left.timeChoice === index
                    onClicked: sheet.left.setTimeChoice(index)
                }
            }
        }
        Label {
            text: qsTr("Note (optional)")
            font.pixelSize: Theme.deskSmall
            color: Theme.muted
        }
        DeskTextField {
            objectName: "leftNote"
            Accessible.name: qsTr("Note (optional)")
            text: sheet.left.note
            placeholderText: qsTr("Note (optional)")
            font.pixelSize: Theme.deskBody
            Layout.fillWidth: true
            onTextEdited: sheet.left.setNote(text)
        }
        FieldError { text: sheet.left.noteError; font.pixelSize: Theme.deskSmall; Layout.fillWidth: true }
        FieldError { objectName: "leftError"; text: sheet.left.error; font.pixelSize: Theme.deskSmall; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }  // the main button on the right, Back and the other way on its left
            DeskButton {
                objectName: "leftBack"
                text: qsTr("Back")
                font.pixelSize: Theme.deskBody
                onClicked: sheet.close()
            }
            DeskButton {
                objectName: "leftNoCallback"
                text: qsTr("No callback")
                font.pixelSize: Theme.deskBody
                onClicked: {
                    if (sheet.left.noCallback())
                        sheet.close()
                }
            }
            DeskButton {
                objectName: "leftBookCallback"
                text: qsTr("Book callback")
                enabled: sheet.left.canSubmit
                highlighted: true
                font.pixelSize: Theme.deskBody
                onClicked: {
                    if (sheet.left.submit().length > 0)
                        sheet.close()
                }
            }
        }
    }
}
