// A drop-down choice at the desk's density: the field's edge (DeskTextField), a chevron, and a list
// whose chosen row is marked in the accent.
import QtQuick
import QtQuick.Controls.Basic

ComboBox {
    id: combo
    implicitHeight: Theme.deskControl
    leftPadding: Theme.deskPad - 2
    rightPadding: Theme.deskControl
    font.pixelSize: Theme.deskBody
    hoverEnabled: true
    Accessible.name: displayText
    background: Rectangle {
        radius: Theme.smallRadius
        color: !combo.enabled ? Theme.page : combo.down ? Theme.primaryLight : combo.hovered ? Theme.hover : Theme.card
        border.color: combo.visualFocus || combo.popup.visible ? Theme.primary : combo.enabled ? Theme.fieldBorder : Theme.line
        border.width: combo.visualFocus || combo.popup.visible ? 2 : 1
        Rectangle {  // the keyboard's focus
            visible: combo.visualFocus
            anchors.fill: parent
            anchors.margins: -(Theme.focusWidth + 1)
            radius: parent.radius + Theme.focusWidth
            color: "transparent"
            border.color: Theme.focusRing
            border.width: Theme.focusWidth
        }
    }
    contentItem: Text {
        text: combo.displayText
        font: combo.font
        color: combo.enabled ? Theme.text : Theme.muted
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    indicator: StrokeMark {  // a chevron
        x: combo.width - width - (Theme.deskControl - width) / 2
        y: (combo.height - height) / 2
        width: 12
        height: 7
        color: combo.enabled ? Theme.text : Theme.muted
        points: [[1 / 12, 1 / 7], [0.5, 6 / 7], [11 / 12, 1 / 7]]
    }
    delegate: ItemDelegate {
        id: row
        required property var model
        required property int index
        width: ListView.view ? ListView.view.width : combo.width
        implicitHeight: Theme.deskControl
        highlighted: combo.highlightedIndex === index
        font.pixelSize: Theme.deskBody
        text: model[combo.textRole] !== undefined ? model[combo.textRole] : (combo.textRole ? "" : model.modelData)
        Accessible.name: text
        background: Rectangle {
            color: row.highlighted ? Theme.primaryLight : Theme.card
            Rectangle {  // the chosen row
                visible: combo.currentIndex === row.index
                width: Theme.tabMark
                height: parent.height
                color: Theme.primary
            }
        }
        contentItem: Text {
            text: row.text
            font.pixelSize: Theme.deskBody
            font.bold: combo.currentIndex === row.index
            color: Theme.text
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
    }
    popup: Popup {
        y: combo.height + 2
        width: combo.width
        implicitHeight: Math.min(contentItem.implicitHeight + 2, Theme.deskControl * 10)
        padding: 1
        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            model: combo.popup.visible ? combo.delegateModel : null
            currentIndex: combo.highlightedIndex
            ScrollIndicator.vertical: ScrollIndicator {}
        }
        background: Rectangle { radius: Theme.smallRadius; color: Theme.card; border.color: Theme.fieldBorder }
    }
}
