// A choice a finger can hit: checkable, at least 48 px high, clearly on or off.
import QtQuick
import QtQuick.Controls.Basic

Button {
    id: chip
    property color accent: Theme.primary
    checkable: false  // "checked" is bound to the view-model; a tap asks the view-model to change it
    implicitHeight: Theme.touch
    leftPadding: 12
    rightPadding: 12
    font.pixelSize: Theme.body
    // A chip is a choice that is on or off: a screen reader says its name and whether it is chosen.
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    background: Rectangle {
        radius: Theme.radius
        color: chip.checked ? chip.accent : (chip.down ? Theme.primaryLight : Theme.card)
        border.color: chip.checked ? chip.accent : Theme.line
        border.width: 1
    }
    contentItem: Text {
        text: chip.text
        font: chip.font
        color: chip.checked ? Theme.onAccent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
