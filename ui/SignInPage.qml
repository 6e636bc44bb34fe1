// Staff number and PIN; the role decides the home screen.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    required property QtObject session

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 420)
        spacing: 16

        Label {
            text: qsTr("Lobby referral")
            color: Theme.primary
            font.pixelSize: 36
            font.bold: true
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Sign in")
            color: Theme.muted
            font.pixelSize: Theme.title
            Layout.alignment: Qt.AlignHCenter
        }
        TextField {
            id: staffNo
            objectName: "staffNo"
            placeholderText: qsTr("Staff number")
            inputMethodHints: Qt.ImhDigitsOnly
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.title
        }
        TextField {
            id: pin
            objectName: "pin"
            placeholderText: qsTr("PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.title
            onAccepted: signInButton.clicked()
        }
        FieldError {
            objectName: "signInError"
            text: page.session.error
            font.pixelSize: Theme.body
        }
        ActionButton {
            id: signInButton
            objectName: "signInButton"
            text: qsTr("Sign in")
            Layout.fillWidth: true
            onClicked: {
                if (page.session.signIn(staffNo.text, pin.text))
                    staffNo.text = ""
                pin.text = ""  // a wrong PIN is typed again from empty
            }
        }
    }
}
