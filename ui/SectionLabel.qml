import QtQuick
import QtQuick.Controls.Basic

Label {
    color: Theme.muted
    font.pixelSize: Theme.small
    font.bold: true
}
