// A new PIN: when the person chooses to change theirs (current, new, again), or before anything else
// when theirs must change (a one-time PIN from the branch head, or one from before 6 digits).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Rectangle {
    id: screen
    required property QtObject session
    objectName: "changePinScreen"
    color: Theme.page

    MouseArea { anchors.fill: parent; Accessible.ignored: true }  // nothing behind it can be touched

    onVisibleChanged: {
        currentPin.text = ""
        newPin.text = ""
        againPin.text = ""
        if (visible)
            (screen.session.pinMustChange ? newPin : currentPin).forceActiveFocus()
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 460)
        spacing: 14
        Label {
            text: screen.session.pinMustChange ? qsTr("Choose your own PIN") : qsTr("Change my PIN")
            color: Theme.primary
            font.pixelSize: Theme.heading
            font.bold: true
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            visible: screen.session.pinMustChange
            text: qsTr("%1, your PIN was given to you or is too short: choose a new one before you start.").arg(screen.session.name)
            color: Theme.text
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("6 to 12 digits. Not one digit repeated, not a run like 123456, not your staff number.")
            color: Theme.muted
            font.pixelSize: Theme.small
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        TextField {
            id: currentPin
            objectName: "currentPin"
            visible: !screen.session.pinMustChange
            placeholderText: qsTr("Current PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            font.pixelSize: Theme.title
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onAccepted: newPin.forceActiveFocus()
        }
        TextField {
            id: newPin
            objectName: "newPin"
            placeholderText: qsTr("New PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            font.pixelSize: Theme.title
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onAccepted: againPin.forceActiveFocus()
        }
        TextField {
            id: againPin
            objectName: "againPin"
            placeholderText: qsTr("New PIN again")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            font.pixelSize: Theme.title
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onAccepted: saveButton.clicked()
        }
        FieldError {
            objectName: "changePinError"
            text: screen.session.error
            font.pixelSize: Theme.body
        }
        ActionButton {
            id: saveButton
            objectName: "savePinButton"
            text: screen.session.busy ? qsTr("Checking…") : qsTr("Save the new PIN")
            enabled: !screen.session.busy
            Layout.fillWidth: true
            onClicked: {
                screen.session.changePin(currentPin.text, newPin.text, againPin.text)
                currentPin.text = ""
                newPin.text = ""
                againPin.text = ""
            }
        }
        ActionButton {
            objectName: "cancelPinButton"
            primary: false
            // A PIN that must change cannot be put off: the only way out is to sign out.
            text: screen.session.pinMustChange ? qsTr("Sign out") : qsTr("Cancel")
            font.pixelSize: Theme.body
            Layout.fillWidth: true
            onClicked: screen.session.pinMustChange ? screen.session.signOut() : screen.session.cancelPinChange()
        }
    }
}
