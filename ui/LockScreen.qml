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

    MouseArea { anchors.fill: parent }  // nothing behind the lock can be touched

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 420)
        spacing: 16
        Label {
            text: qsTr("Locked")
            color: "white"
            font.pixelSize: 36
            font.bold: true
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("%1, enter your PIN to continue").arg(lock.session.name)
            color: "white"
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
            color: "#ffcdd2"
            font.pixelSize: Theme.body
        }
        ActionButton {
            id: unlockButton
            objectName: "unlockButton"
            text: lock.session.busy ? qsTr("Checking…") : qsTr("Unlock")
            enabled: !lock.session.busy
            accent: "#004d40"
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
            palette.buttonText: "white"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Theme.touch
            onClicked: lock.session.signOut()
        }
    }
}
