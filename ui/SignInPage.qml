// Staff number and PIN; the role decides the home screen. Shown from the window's first frame:
// typing can start at once, signing in once the store is open (`session` set).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    property QtObject session: null
    readonly property bool ready: session !== null
    property string notice: ""  // e.g. just after a branch was set up on this device: how to sign in
    // The staff number to fill in (the head who just set the branch up): the PIN is typed next.
    property string suggestedStaffNo: ""
    onSuggestedStaffNoChanged: if (suggestedStaffNo !== "") { staffNo.text = suggestedStaffNo; pin.forceActiveFocus() }
    // The field last typed in. Main.qml moves this page into the workspace once the store is open,
    // and the move takes the keyboard from it: it is given back.
    property Item typingIn: null
    onParentChanged: if (typingIn !== null) typingIn.forceActiveFocus()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 420)
        spacing: 16

        Label {
            text: qsTr("Lobby referral")
            color: Theme.primary
            font.pixelSize: Theme.display
            font.bold: true
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Sign in")
            color: Theme.muted
            font.pixelSize: Theme.title
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            objectName: "signInNotice"
            visible: page.notice !== ""
            text: page.notice
            color: Theme.eligible
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        TextField {
            id: staffNo
            objectName: "staffNo"
            Accessible.name: placeholderText
            placeholderText: qsTr("Staff number")
            inputMethodHints: Qt.ImhDigitsOnly
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.title
            onActiveFocusChanged: if (activeFocus) page.typingIn = staffNo
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
            onActiveFocusChanged: if (activeFocus) page.typingIn = pin
            onAccepted: signInButton.clicked()
        }
        FieldError {
            objectName: "signInError"
            text: page.ready ? page.session.error : ""
            font.pixelSize: Theme.body
        }
        ActionButton {
            id: signInButton
            objectName: "signInButton"
            // While the branch hub checks the PIN (a moment; at most a few seconds if it is away).
            text: page.ready && page.session.busy ? qsTr("Checking…") : qsTr("Sign in")
            enabled: page.ready && !page.session.busy
            Layout.fillWidth: true
            onClicked: {
                if (!page.ready || page.session.busy)
                    return  // Enter in the PIN field a moment too soon: the PIN stays for a second try
                page.session.signIn(staffNo.text, pin.text)
                pin.text = ""  // a wrong PIN is typed again from empty
            }
        }
        Connections {
            target: page.session
            // Signed in: the next person to come to this screen finds it empty.
            function onChanged() { if (page.session.signedIn) staffNo.text = "" }
        }
    }
}
