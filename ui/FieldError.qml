// The inline message under a field: says what is wrong, only when something is.
import QtQuick
import QtQuick.Controls.Basic

Label {
    color: Theme.error
    font.pixelSize: Theme.small
    wrapMode: Text.WordWrap
    visible: text.length > 0
}
