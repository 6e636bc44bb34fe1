// A check box at the desk's density: a 20 px box with a clear tick, its label beside it, a ring
// when the keyboard is on it.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Shapes

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
        Shape {  // the tick
            anchors.fill: parent
            visible: box.checked
            preferredRendererType: Shape.CurveRenderer
            ShapePath {
                strokeColor: box.enabled ? Theme.onAccent : Theme.disabledText
                strokeWidth: 2.5
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap
                joinStyle: ShapePath.RoundJoin
                startX: Theme.deskIndicator * 0.24; startY: Theme.deskIndicator * 0.52
                PathLine { x: Theme.deskIndicator * 0.43; y: Theme.deskIndicator * 0.72 }
                PathLine { x: Theme.deskIndicator * 0.78; y: Theme.deskIndicator * 0.30 }
            }
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
