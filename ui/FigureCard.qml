// One summary figure at the top of the branch head's day: what it counts, the figure large, and the
// change from the period before ("+3 vs last Tue"), its sign always shown (colour is not the only
// signal). A click lists the customers behind the figure.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

AbstractButton {
    id: card
    property string label
    property string value
    property string change
    property string tone  // "good", "bad" or "": the change's colour
    hoverEnabled: true
    padding: 12
    implicitHeight: column.implicitHeight + topPadding + bottomPadding
    Accessible.role: Accessible.Button
    Accessible.name: label + " " + value + ", " + change
    Accessible.description: qsTr("Show the customers behind this figure")
    ToolTip.visible: hovered
    ToolTip.delay: 600
    ToolTip.text: qsTr("Show the customers behind this figure")

    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.primaryLight : Theme.card
        border.color: card.hovered || card.activeFocus ? Theme.primary : Theme.line
        border.width: card.activeFocus ? 2 : 1
    }
    contentItem: ColumnLayout {
        id: column
        spacing: 2
        Label {
            text: card.label
            font.pixelSize: Theme.deskBody
            color: Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: card.objectName + "_value"
            text: card.value
            font.pixelSize: Theme.deskTitle * 2
            font.bold: true
            color: Theme.text
            // The figure whole: smaller when the card is narrow (a large text, a small window), never "…".
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.deskBody
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            objectName: card.objectName + "_change"
            text: card.change
            font.pixelSize: Theme.deskSmall
            font.bold: card.tone !== ""
            color: card.tone === "good" ? Theme.eligible : card.tone === "bad" ? Theme.urgent : Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
