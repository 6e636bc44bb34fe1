import QtQuick
import QtQuick.Controls.Fusion

Item {
    id: page
    objectName: "standardsPage"
    required property QtObject standards
    Rectangle { anchors.fill: parent; color: Theme.page }
}
