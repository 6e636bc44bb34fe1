// A check box at the desk's density: a 20 px box with a clear tick, its label beside it, a ring
// when the keyboard is on it.
import QtQuick
import QtQuick.Controls.Basic

CheckBox {
    id: box
    implicitHeight: Math.max(Theme.deskControl - 4, implicitContentHeight + topPadding + bottomPadding)
    spacing: Theme.deskGap
    padding: 4
    font.pixelSize: Theme.deskBody
    hoverEnabled: true
    Accessible.name: text
    indicator: Rectangle {
        implicitWidth: Theme.deskIndicator
        implicitHeight: Theme.deskIndicator
        x: box.leftPadding
        y: box.topPadding + (box.availableHeight - height) / 2
        radius: Theme.smallRadius
        color: !box.enabled ? Theme.disabled : box.checked ? Theme.primary : (box.hovered ? Theme.hover : Theme.card)
        border.color: !box.enabled ? Theme.line : box.checked ? Theme.primary : Theme.fieldBorder
        border.width: 2
        StrokeMark {  // the tick
            anchors.fill: parent
            visible: box.checked
            color: box.enabled ? Theme.onAccent : Theme.disabledText
            lineWidth: 2.5
            points: [[0.24, 0.52], [0.43, 0.72], [0.78, 0.30]]
        }
        Rectangle {  // the keyboard's focus
            visible: box.visualFocus
            anchors.fill: parent
            anchors.margins: -(Theme.focusWidth + 1)
            radius: parent.radius + Theme.focusWidth
            color: "transparent"
            border.color: Theme.focusRing
            border.width: Theme.focusWidth
        }
    }
    contentItem: Text {
        text: box.text
        font: box.font
        color: box.enabled ? Theme.text : Theme.muted
        leftPadding: box.indicator.width + box.spacing
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
