// The text size of every screen on this device, beside the language switch: standard, larger, largest
// (100, 125, 150%). Applied at once and remembered on this device (ShellViewModel.setFontScale).
import QtQuick
import QtQuick.Controls.Basic

ToolButton {
    id: button
    required property QtObject shell
    readonly property string current: shell.fontScale === 150 ? qsTr("Largest") : shell.fontScale === 125 ? qsTr("Larger") : qsTr("Standard")
    text: "Aa"  // the sign for text size: short enough for the header of a portrait tablet; named below
    font.pixelSize: Theme.body
    implicitHeight: Theme.touch
    Accessible.role: Accessible.ButtonMenu
    Accessible.name: qsTr("Text size") + " · " + button.current
    onClicked: menu.open()

    // One choice of size: the one in use ticked (said to a screen reader as a chosen radio button).
    component Choice: MenuItem {
        required property int scale
        required property string label
        readonly property bool chosen: button.shell.fontScale === scale
        objectName: "textSize_" + scale
        text: (chosen ? "✓ " : "") + label + " · " + scale + "%"
        font.pixelSize: Theme.body
        font.bold: chosen
        implicitHeight: Theme.touch
        Accessible.role: Accessible.RadioButton
        Accessible.name: label + " " + scale + "%"
        Accessible.checkable: true
        Accessible.checked: chosen
        onTriggered: button.shell.setFontScale(scale)
    }

    Menu {
        id: menu
        objectName: "textSizeMenu"
        y: button.height
        MenuItem {
            text: qsTr("Text size")
            font.pixelSize: Theme.small
            font.bold: true
            enabled: false
        }
        Choice { scale: 100; label: qsTr("Standard") }
        Choice { scale: 125; label: qsTr("Larger") }
        Choice { scale: 150; label: qsTr("Largest") }
    }
}
