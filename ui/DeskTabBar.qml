// The tabs of a desk page (DeskTabButton): a line under them that the chosen tab's bar sits on.
import QtQuick
import QtQuick.Controls.Basic

TabBar {
    id: bar
    spacing: 2
    background: Rectangle {
        color: "transparent"
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.line
        }
    }
}
