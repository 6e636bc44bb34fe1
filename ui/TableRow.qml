// One row of a small table on the branch head's pages: the first cell wide, the figures narrow and
// right-aligned; a cell marked in `alerts` is red and bold.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

RowLayout {
    id: row
    property var cells: []
    property var alerts: []
    property bool header: false
    property int figureWidth: 78  // money needs more
    readonly property int cellWidth: Math.round(figureWidth * Theme.grow)  // a little more for a larger text
    spacing: 10
    Layout.fillWidth: true

    Repeater {
        model: row.cells
        Label {
            required property var modelData
            required property int index
            readonly property bool alert: row.alerts.length > index && row.alerts[index]
            text: String(modelData)
            font.pixelSize: row.header ? Theme.deskSmall : Theme.deskBody
            font.bold: alert
            color: row.header ? Theme.muted : alert ? Theme.urgent : Theme.text
            horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
            elide: Text.ElideRight
            // The first cell takes the room left; a figure's cell grows with the text up to its width, and
            // gives way (rather than push the row past its card) only when the card is too narrow.
            Layout.fillWidth: true
            Layout.minimumWidth: index === 0 ? Math.min(implicitWidth, Math.round(120 * Theme.scale)) : 0
            Layout.preferredWidth: index === 0 ? Math.round(120 * Theme.scale) : row.cellWidth
            Layout.maximumWidth: index === 0 ? Number.POSITIVE_INFINITY : row.cellWidth
        }
    }
}
