// One of several choices at the desk's density: a 20 px ring, filled at its centre when chosen.
import QtQuick
import QtQuick.Controls.Basic

RadioButton {
    id: radio
    implicitHeight: Math.max(Theme.deskControl - 4, implicitContentHeight + topPadding + bottomPadding)
    spacing: Theme.deskGap
    padding: 4
    font.pixelSize: Theme.deskBody
    hoverEnabled: true
    Accessible.name: text
    indicator: Rectangle {
        implicitWidth: Theme.deskIndicator
        implicitHeight: Theme.deskIndicator
        x: radio.leftPadding
        y: radio.topPadding + (radio.availableHeight - height) / 2
        radius: width / 2
        color: !radio.enabled ? Theme.disabled : radio.hovered ? Theme.hover : Theme.card
        border.color: !radio.enabled ? Theme.line : radio.checked ? Theme.primary : Theme.fieldBorder
        border.width: 2
        Rectangle {
            visible: radio.checked
            anchors.centerIn: parent
            width: parent.width / 2
            height: width
            radius: width / 2
            color: radio.enabled ? Theme.primary : Theme.disabledText
        }
        Rectangle {  // the keyboard's focus
            visible: radio.visualFocus
            anchors.fill: parent
            anchors.margins: -(Theme.focusWidth + 1)
            radius: width / 2
            color: "transparent"
            border.color: Theme.focusRing
            border.width: Theme.focusWidth
        }
    }
    contentItem: Text {
        text: radio.text
        font: radio.font
        color: radio.enabled ? Theme.text : Theme.muted
        leftPadding: radio.indicator.width + radio.spacing
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
