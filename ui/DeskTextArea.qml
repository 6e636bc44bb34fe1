// Several lines at the desk's density: the field's look (DeskTextField), wrapping at its width.
import QtQuick
import QtQuick.Controls.Basic

TextArea {
    id: area
    property bool error: false
    padding: Theme.deskPad - 4
    leftPadding: Theme.deskPad - 2
    rightPadding: Theme.deskPad - 2
    font.pixelSize: Theme.deskBody
    wrapMode: TextEdit.Wrap
    color: enabled ? Theme.text : Theme.muted
    placeholderTextColor: Theme.muted
    selectionColor: Theme.primary
    selectedTextColor: Theme.onAccent
    background: Rectangle {
        implicitHeight: Theme.deskControl * 2
        radius: Theme.smallRadius
        color: area.enabled ? Theme.card : Theme.page
        border.color: area.error ? Theme.error : area.activeFocus ? Theme.primary : area.enabled ? Theme.fieldBorder : Theme.line
        border.width: area.error || area.activeFocus ? 2 : 1
    }
}
