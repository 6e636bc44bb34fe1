// The main action of a panel: filled when it is the thing to do next, outlined otherwise.
import QtQuick
import QtQuick.Controls.Basic

Button {
    id: button
    property bool primary: true
    property color accent: Theme.primary
    implicitHeight: Theme.touch + 8
    font.pixelSize: Theme.title
    font.bold: primary
    Accessible.role: Accessible.Button
    Accessible.name: text  // a use with a sign for a label names itself
    background: Rectangle {
        radius: Theme.radius
        color: !button.enabled ? Theme.disabled : (button.primary ? (button.down ? Qt.darker(button.accent, 1.2) : button.accent) : Theme.card)
        border.color: button.primary ? "transparent" : button.accent
        border.width: 2
    }
    contentItem: Text {
        text: button.text
        font: button.font
        color: !button.enabled ? (button.primary ? Theme.disabledText : Theme.muted) : button.primary ? Theme.onAccent : button.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
