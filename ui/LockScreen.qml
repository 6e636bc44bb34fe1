// Locked after the idle time: covers the screen (customer data out of sight) and keeps every
// field as it was; the same person's PIN resumes, anyone else signs the session out.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Rectangle {
    id: lock
    required property QtObject session
    objectName: "lockScreen"
    color: Theme.primary

    MouseArea { anchors.fill: parent; Accessible.ignored: true }  // nothing behind the lock can be touched

    // The keyboard too: a key pressed on a locked screen goes to the PIN, never into a field under the lock.
    onVisibleChanged: {
        unlockPin.text = ""
        if (visible)
            unlockPin.forceActiveFocus()
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 420)
        spacing: 16
        Label {
            text: qsTr("Locked")
            color: Theme.onAccent
            font.pixelSize: Theme.display
            font.bold: true
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("%1, enter your PIN to continue").arg(lock.session.name)
            color: Theme.onAccent
            font.pixelSize: Theme.title
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        TextField {
            id: unlockPin
            objectName: "unlockPin"
            placeholderText: qsTr("PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            font.pixelSize: Theme.title
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onAccepted: unlockButton.clicked()
        }
        Label {
            text: lock.session.error
            visible: text.length > 0
            color: Theme.errorOnPrimary
            font.pixelSize: Theme.body
        }
        ActionButton {
            id: unlockButton
            objectName: "unlockButton"
            text: lock.session.busy ? qsTr("Checking…") : qsTr("Unlock")
            enabled: !lock.session.busy
            accent: Theme.primaryDark
            Layout.fillWidth: true
            onClicked: {
                lock.session.unlock(unlockPin.text)
                unlockPin.text = ""
            }
        }
        Button {
            objectName: "switchUser"
            text: qsTr("Someone else: sign out")
            flat: true
            font.pixelSize: Theme.body
            // A flat Basic button draws its text in windowText, not buttonText (dark on teal: 3.2:1);
            // pressed, it blends "button" with "mid". White on teal, and on the darker teal when pressed.
            palette.windowText: Theme.onAccent
            palette.buttonText: Theme.onAccent
            palette.button: Theme.primaryDark
            palette.mid: Theme.primaryDark
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Theme.touch
            onClicked: lock.session.signOut()
        }
    }
}
