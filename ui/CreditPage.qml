import QtQuick
import QtQuick.Controls.Fusion

Item {
    id: page
    objectName: "creditPage"
    required property QtObject credit
    Rectangle { anchors.fill: parent; color: Theme.page }
}
