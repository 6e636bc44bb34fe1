// Special situation 3, the customer in a hurry (and "book a time"): how to address them,
// a phone kept only with the consent tick, a preferred time → a callback task for a wealth manager.
// From My referrals, "customer left" on a referral under way: prefilled from the tag, the callback goes
// on the same referral; or "no callback needed" cancels it.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: sheet
    required property QtObject callback
    signal booked(string message)
    signal cancelled()
    property string namePrefix: ""  // two sheets in one window (the lobby page's, My referrals'): told apart by tests
    objectName: namePrefix + "callbackSheet"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 640, 640 * Theme.grow)
    // Never taller than the window leaves above the status bar (centred: as much room above): the form
    // scrolls, the buttons stay in reach, whatever the text size.
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 2 * (Theme.statusBarHeight + 8) : implicitHeight)
    padding: Theme.gap * 2
    closePolicy: Popup.CloseOnEscape

    function openFor() {
        sheet.callback.open()
        sheet.open()
    }

    // Returns false (the reason in callback.error) when the referral cannot take a callback.
    function openForReferral(handoffId) {
        if (!sheet.callback.openForHandoff(handoffId))
            return false
        sheet.open()
        return true
    }

    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    contentItem: ColumnLayout {
        spacing: 8

        Flickable {
            id: formFlick
            objectName: sheet.namePrefix + "callbackForm"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: form.implicitHeight
            contentWidth: width
            contentHeight: form.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollIndicator.vertical: ScrollIndicator {}

            ColumnLayout {
                id: form
                width: formFlick.width
                spacing: 8

                Label {
                    objectName: sheet.namePrefix + "callbackTitle"
                    text: sheet.callback.forReferral ? qsTr("The customer left: book a callback?") : qsTr("Book a callback")
                    font.pixelSize: Theme.title + 2
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("A wealth manager calls the customer back; a sale from the call still credits you.")
                    wrapMode: Text.WordWrap
                    color: Theme.muted
                    font.pixelSize: Theme.small
                    Layout.fillWidth: true
                }
                // The label above the field, a short example inside it: the long placeholder was cut in English.
                SectionLabel { objectName: sheet.namePrefix + "callbackAddressLabel"; text: qsTr("How to address the customer"); Layout.fillWidth: true }
                TextField {
                    objectName: sheet.namePrefix + "callbackAddress"
                    Accessible.name: qsTr("How to address the customer")
                    text: sheet.callback.addressAs
                    placeholderText: qsTr("e.g. 王先生")
                    font.pixelSize: Theme.body
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    onTextEdited: sheet.callback.setAddressAs(text)
                }
                FieldError { text: sheet.callback.addressError; Layout.fillWidth: true }
                TextField {
                    objectName: sheet.namePrefix + "callbackPhone"
                    Accessible.name: qsTr("Phone number")
                    text: sheet.callback.phone
                    placeholderText: qsTr("Phone number")
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    font.pixelSize: Theme.body
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    onTextEdited: sheet.callback.setPhone(text)
                }
                CheckBox {
                    id: consent
                    objectName: sheet.namePrefix + "callbackConsent"
                    text: qsTr("The customer agrees that we keep this number to call back")
                    checked: sheet.callback.consent
                    font.pixelSize: Theme.body
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(Theme.touch, implicitHeight)
                    onToggled: sheet.callback.setConsent(checked)
                    // Wrapped, not cut, at a larger text size.
                    contentItem: Text {
                        text: consent.text
                        font: consent.font
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                        leftPadding: consent.indicator.width + consent.spacing
                    }
                }
                FieldError { objectName: sheet.namePrefix + "callbackPhoneError"; text: sheet.callback.phoneError; Layout.fillWidth: true }
                SectionLabel { text: qsTr("Preferred time") }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: sheet.callback.timeChoices
                        delegate: Chip {
                            required property string modelData
                            required property int index
                            objectName: sheet.namePrefix + "callbackTime_" + index
                            text: modelData
                            checked: sheet.callback.timeChoice === index
                            onClicked: sheet.callback.setTimeChoice(index)
                        }
                    }
                }
                TextField {
                    objectName: sheet.namePrefix + "callbackNote"
                    Accessible.name: qsTr("Note (optional)")
                    text: sheet.callback.note
                    placeholderText: qsTr("Note (optional)")
                    font.pixelSize: Theme.body
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    onTextEdited: sheet.callback.setNote(text)
                }
                FieldError { text: sheet.callback.noteError; Layout.fillWidth: true }
                FieldError { text: sheet.callback.error; Layout.fillWidth: true }
            }
        }
        ActionButton {
            objectName: sheet.namePrefix + "noCallbackButton"
            visible: sheet.callback.forReferral
            primary: false
            accent: Theme.lobby
            text: qsTr("No callback needed: cancel the referral")
            font.pixelSize: Theme.body
            Layout.fillWidth: true
            onClicked: {
                if (sheet.callback.noCallback()) {
                    sheet.close()
                    sheet.cancelled()
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton {
                objectName: sheet.namePrefix + "callbackBack"
                primary: false
                text: qsTr("Back")
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                onClicked: sheet.close()
            }
            ActionButton {
                objectName: sheet.namePrefix + "callbackSubmit"
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
