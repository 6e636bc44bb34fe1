// A one-line field at the desk's density: a visible edge, the accent's when typing, red when
// `error` (the refusal itself is a FieldError under the field). Put its label above it
// (SectionLabel or a Label): a placeholder alone is gone once the field is filled.
import QtQuick
import QtQuick.Controls.Basic

TextField {
    id: field
    property bool error: false
    implicitHeight: Theme.deskControl
    leftPadding: Theme.deskPad - 2
    rightPadding: Theme.deskPad - 2
    font.pixelSize: Theme.deskBody
    color: enabled ? Theme.text : Theme.muted
    placeholderTextColor: Theme.muted
    selectionColor: Theme.primary
    selectedTextColor: Theme.onAccent
    verticalAlignment: TextInput.AlignVCenter
    background: Rectangle {
        radius: Theme.smallRadius
        color: field.enabled ? Theme.card : Theme.page
        border.color: field.error ? Theme.error : field.activeFocus ? Theme.primary : field.enabled ? Theme.fieldBorder : Theme.line
        border.width: field.error || field.activeFocus ? 2 : 1
    }
}
