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
            Layout.fillWidth: index === 0
            Layout.preferredWidth: index === 0 ? 120 : row.figureWidth
        }
    }
}
