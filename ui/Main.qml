// Until the role screens exist: sign in, then see who is signed in and the role's core duty.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ApplicationWindow {
    id: window
    required property QtObject session
    width: 1280
    height: 800
    visible: true
    title: qsTr("Lobby referral")

    StackLayout {
        anchors.fill: parent
        currentIndex: window.session.signedIn ? 1 : 0

        Item {
            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 48, 420)
                spacing: 16

                Label {
                    text: qsTr("Sign in")
                    font.pixelSize: 32
                    Layout.alignment: Qt.AlignHCenter
                }
                TextField {
                    id: staffNo
                    objectName: "staffNo"
                    placeholderText: qsTr("Staff number")
                    inputMethodHints: Qt.ImhDigitsOnly
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    font.pixelSize: 22
                }
                TextField {
                    id: pin
                    objectName: "pin"
                    placeholderText: qsTr("PIN")
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhDigitsOnly
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    font.pixelSize: 22
                    onAccepted: signInButton.clicked()
                }
                Label {
                    objectName: "signInError"
                    text: window.session.error
                    color: "#b00020"
                    visible: text.length > 0
                    font.pixelSize: 18
                }
                Button {
                    id: signInButton
                    objectName: "signInButton"
                    text: qsTr("Sign in")
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    font.pixelSize: 22
                    onClicked: {
                        if (window.session.signIn(staffNo.text, pin.text))
                            pin.text = ""
                    }
                }
            }
        }

        Item {
            ColumnLayout {
                anchors.centerIn: parent
                spacing: 16

                Label {
                    objectName: "signedInAs"
                    text: qsTr("Signed in: %1 · %2").arg(window.session.name).arg(window.session.roleTitle)
                    font.pixelSize: 28
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    objectName: "roleDuty"
                    text: qsTr("Core duty: %1").arg(window.session.roleDuty)
                    font.pixelSize: 20
                    Layout.alignment: Qt.AlignHCenter
                }
                Button {
                    objectName: "signOutButton"
                    text: qsTr("Sign out")
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredHeight: 56
                    font.pixelSize: 20
                    onClicked: window.session.signOut()
                }
            }
        }
    }
}
