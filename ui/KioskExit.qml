// Kiosk mode ends only with a branch head's PIN.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: dialog
    required property QtObject shell
    objectName: "kioskExit"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 420
    padding: Theme.gap * 2
    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }
    onOpened: headPin.text = ""

    contentItem: ColumnLayout {
        spacing: Theme.gap
        Label {
            text: qsTr("Leave kiosk mode")
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.text
        }
        TextField {
            id: headPin
            objectName: "headPin"
            placeholderText: qsTr("Branch head's PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            font.pixelSize: Theme.title
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
        }
        FieldError { text: dialog.shell.kioskError; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            ActionButton {
                primary: false
                text: qsTr("Back")
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                onClicked: dialog.close()
            }
            ActionButton {
                objectName: "kioskExitButton"
                text: qsTr("Exit")
                accent: Theme.urgent
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                onClicked: dialog.shell.exitKiosk(headPin.text)
            }
        }
    }
}
