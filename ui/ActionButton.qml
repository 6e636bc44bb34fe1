// The one button of every screen. On the tablet, the main action of a panel: filled when it is the
// thing to do next, outlined otherwise (`primary`). On a desk PC (`dense`, or DeskButton) the same
// look at the desk's density, with a kind:
//   "primary"   filled with the accent: the one thing to do next (Accept, Save, Allocate)
//   "secondary" outlined in the accent: another way on (Decline, Back, Cancel)
//   "danger"    red: a destructive action (revoke, deactivate, purge); outlined in a row, filled
//               (`highlighted: true`) on the dialog's button that confirms it
//   "quiet"     text only: a small way out (Dismiss, Clear)
// A keyboard's focus draws a ring round it.
import QtQuick
import QtQuick.Controls.Basic

Button {
    id: button
    property bool primary: true
    property color accent: Theme.primary
    property string kind: primary ? "primary" : "secondary"
    property bool dense: false
    property color ink: Theme.onAccent    // the label on a filled button (the banner's colour on a white one)
    property color surface: Theme.card    // behind an outlined one ("transparent" on a coloured banner)
    readonly property color tint: kind === "danger" ? Theme.urgent : accent
    readonly property bool filled: kind === "primary" || (kind === "danger" && highlighted)
    implicitHeight: dense ? Theme.deskControl : Theme.touch + 8
    implicitWidth: Math.max(implicitContentWidth + leftPadding + rightPadding, dense ? Theme.deskControl : 0)
    leftPadding: dense ? Theme.deskPad : 12
    rightPadding: dense ? Theme.deskPad : 12
    topPadding: dense ? 4 : 6
    bottomPadding: dense ? 4 : 6
    font.pixelSize: dense ? Theme.deskBody : Theme.title
    font.bold: filled || kind === "danger"
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: text  // a use with a sign for a label names itself
    background: Rectangle {
        radius: Theme.radius
        color: !button.enabled ? (button.filled ? Theme.disabled : (button.kind === "quiet" ? "transparent" : Theme.card))
             : button.filled ? (button.down ? Qt.darker(button.tint, 1.2) : button.hovered ? Qt.darker(button.tint, 1.08) : button.tint)
             : button.surface !== Theme.card ? (button.down ? Qt.darker(button.surface, 1.2) : button.surface)
             : button.down ? Theme.primaryLight
             : button.hovered ? Theme.hover
             : button.kind === "quiet" ? "transparent" : Theme.card
        border.color: button.filled || button.kind === "quiet" ? "transparent"
                    : button.enabled ? button.tint : Theme.line
        border.width: button.dense ? 1.5 : 2
        Rectangle {  // the keyboard's focus
            visible: button.visualFocus
            anchors.fill: parent
            anchors.margins: -(Theme.focusWidth + 1)
            radius: parent.radius + Theme.focusWidth + 1
            color: "transparent"
            border.color: Theme.focusRing
            border.width: Theme.focusWidth
        }
    }
    contentItem: Text {
        text: button.text
        font: button.font
        color: !button.enabled ? (button.filled ? Theme.disabledText : Theme.muted) : button.filled ? button.ink : button.tint
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
