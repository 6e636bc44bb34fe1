// A titled card on the branch head's pages.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Frame {
    id: panel
    property string title
    property string subtitle
    default property alias content: body.data

    padding: 10
    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    ColumnLayout {
        id: column
        width: parent.width
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: panel.title
                font.pixelSize: Theme.deskTitle
                font.bold: true
                color: Theme.text
                Layout.alignment: Qt.AlignTop
            }
            Label {  // whole, on a second line when the text is large, rather than cut at the card's edge
                text: panel.subtitle
                font.pixelSize: Theme.deskSmall
                color: Theme.muted
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
            }
        }
        ColumnLayout {
            id: body
            spacing: 4
            Layout.fillWidth: true
        }
    }
}
