// Each role's core duty (DOMAIN.md, the people): mine first in colour, the others beside it,
// so everyone sees what each post is for.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: card
    required property QtObject session
    objectName: "roleCard"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 720, 720)
    padding: Theme.gap * 2
    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    contentItem: ColumnLayout {
        spacing: Theme.gap
        Label {
            text: qsTr("Roles and core duties")
            font.pixelSize: Theme.title + 2
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: card.session.roleCards
            delegate: Rectangle {
                id: roleBox
                required property var modelData
                Layout.fillWidth: true
                implicitHeight: roleColumn.implicitHeight + 16
                radius: Theme.radius
                color: modelData.mine ? Theme.primaryLight : Theme.page
                border.color: modelData.mine ? Theme.primary : Theme.line
                border.width: modelData.mine ? 2 : 1
                ColumnLayout {
                    id: roleColumn
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 2
                    Label {
                        text: roleBox.modelData.title + (roleBox.modelData.mine ? "  ·  " + qsTr("you") : "")
                        font.pixelSize: Theme.body
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        text: qsTr("Core duty: %1").arg(roleBox.modelData.duty)
                        font.pixelSize: Theme.body
                        color: roleBox.modelData.mine ? Theme.primary : Theme.text
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: roleBox.modelData.situation
                        font.pixelSize: Theme.small
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
        ActionButton {
            objectName: "changeMyPin"
            text: qsTr("Change my PIN")
            primary: false
            font.pixelSize: Theme.body
            Layout.fillWidth: true
            onClicked: {
                card.close()
                card.session.startPinChange()
            }
        }
        ActionButton {
            objectName: "roleCardClose"
            text: qsTr("Close")
            font.pixelSize: Theme.body
            Layout.fillWidth: true
            onClicked: card.close()
        }
    }
}
