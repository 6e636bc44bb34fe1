// The branch's devices, as the hub knows them: who used each last, when it was last seen, its app
// version and the changes waiting on it; rename, revoke (a lost tablet), and a code for a new one.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    objectName: "devicesPage"
    required property QtObject admin
    property string revoking: ""  // the id of the device the head is asked about
    property string revokingName: ""

    Rectangle { anchors.fill: parent; color: Theme.page }
    onVisibleChanged: if (visible && admin.linked) admin.refreshDevices()

    Label {
        objectName: "devicesAlone"
        visible: !page.admin.linked
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
        text: qsTr("This device works on its own: there is no branch hub, so there are no devices to list.")
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.deskTitle
        color: Theme.muted
    }

    ScrollView {
        id: scroll
        clip: true  // what scrolls past the page's edge stays under the status bar, not drawn over it
        visible: page.admin.linked
        anchors.fill: parent
        anchors.margins: 12
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            RowLayout {
                spacing: 10
                Layout.fillWidth: true
                Label {
                    text: qsTr("Devices of the branch")
                    font.pixelSize: Theme.deskTitle
                    font.bold: true
                    color: Theme.text
                    Layout.fillWidth: true
                }
                DeskButton {
                    objectName: "refreshDevices"
                    text: page.admin.busy ? qsTr("Asking the hub…") : qsTr("Refresh")
                    enabled: !page.admin.busy
                    font.pixelSize: Theme.deskBody
                    onClicked: page.admin.refreshDevices()
                }
                DeskButton {
                    objectName: "makeCode"
                    highlighted: true
                    text: qsTr("Code for a new device")
                    enabled: !page.admin.busy
                    font.pixelSize: Theme.deskBody
                    onClicked: page.admin.makeCode()
                }
            }
            FieldError {
                objectName: "devicesError"
                text: page.admin.error
                font.pixelSize: Theme.deskBody
                Layout.fillWidth: true
            }
            Frame {
                objectName: "codeFrame"
                visible: page.admin.code.length > 0
                Layout.fillWidth: true
                background: Rectangle { color: Theme.primaryLight; border.color: Theme.primary; radius: Theme.radius }
                ColumnLayout {
                    width: parent.width
                    Label {
                        objectName: "enrolmentCode"
                        text: page.admin.code
                        font.pixelSize: Theme.deskTitle * 2 + 8  // the enrolment code, read across the room: 44 px at the default scale
                        font.bold: true
                        font.family: "monospace"
                        color: Theme.primary
                        Layout.alignment: Qt.AlignHCenter
                    }
                    Label {
                        text: page.admin.codeExpires + " · " + qsTr("on the new device: %1").arg(page.admin.enrolCommand)
                        font.pixelSize: Theme.deskBody
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                    }
                }
            }
            TableRow {
                header: true
                figureWidth: 130
                cells: [qsTr("Device name"), qsTr("Used last by"), qsTr("Last seen"), qsTr("App"), qsTr("Waiting"), ""]
            }
            Repeater {
                model: page.admin.devices
                delegate: RowLayout {
                    id: deviceRow
                    required property string id
                    required property string name
                    required property string lastUser
                    required property string lastSeen
                    required property string version
                    required property int waiting
                    required property bool revoked
                    required property string stateText
                    objectName: "device_" + name
                    spacing: 10
                    Layout.fillWidth: true
                    DeskTextField {
                        id: nameField
                        objectName: "deviceName_" + deviceRow.name
                        Accessible.name: qsTr("Device name")
                        text: deviceRow.name
                        enabled: !deviceRow.revoked
                        font.pixelSize: Theme.deskBody
                        Layout.fillWidth: true
                        Layout.minimumWidth: Math.round(120 * Theme.scale)
                        onAccepted: if (text !== deviceRow.name) page.admin.rename(deviceRow.id, text)
                    }
                    DeskButton {
                        objectName: "renameDevice_" + deviceRow.name
                        visible: !deviceRow.revoked
                        text: qsTr("Rename")
                        font.pixelSize: Theme.deskSmall
                        onClicked: page.admin.rename(deviceRow.id, nameField.text)
                    }
                    Repeater {
                        model: [deviceRow.lastUser, deviceRow.lastSeen, deviceRow.version, String(deviceRow.waiting)]
                        Label {
                            required property var modelData
                            text: String(modelData)
                            font.pixelSize: Theme.deskBody
                            color: deviceRow.revoked ? Theme.muted : Theme.text
                            horizontalAlignment: Text.AlignRight
                            elide: Text.ElideRight
                            Layout.preferredWidth: Math.round(130 * Theme.scale)
                        }
                    }
                    Label {
                        visible: deviceRow.revoked
                        text: deviceRow.stateText
                        font.pixelSize: Theme.deskBody
                        font.bold: true
                        color: Theme.urgent
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: Math.round(130 * Theme.scale)
                    }
                    DeskButton {
                        objectName: "revokeDevice_" + deviceRow.name
                        visible: !deviceRow.revoked
                        text: qsTr("Revoke")
                        font.pixelSize: Theme.deskSmall
                        kind: "danger"
                        Layout.preferredWidth: Math.round(130 * Theme.scale)
                        onClicked: {
                            page.revoking = deviceRow.id
                            page.revokingName = deviceRow.name
                            confirmRevoke.open()
                        }
                    }
                }
            }
        }
    }

    Popup {
        id: confirmRevoke
        objectName: "confirmRevoke"
        modal: true
        focus: true
        anchors.centerIn: Overlay.overlay
        width: Math.round(520 * Theme.grow)
        padding: 16
        closePolicy: Popup.CloseOnEscape
        Overlay.modal: Rectangle { color: Theme.scrim }
        background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }
        contentItem: ColumnLayout {
            spacing: 10
            Label {
                text: qsTr("Revoke %1?").arg(page.revokingName)
                font.pixelSize: Theme.deskTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                text: qsTr("From now on the hub refuses this device: it can no longer send or receive the branch's changes. A lost or stolen tablet should be revoked. To use it again, enrol it anew with a new code.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.deskBody
                color: Theme.text
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }  // the main button on the right, Back on its left
                DeskButton {
                    text: qsTr("Back")
                    font.pixelSize: Theme.deskBody
                    onClicked: confirmRevoke.close()
                }
                DeskButton {
                    objectName: "confirmRevokeButton"
                    highlighted: true  // filled red: the button that revokes
                    text: qsTr("Revoke")
                    font.pixelSize: Theme.deskBody
                    kind: "danger"
                    onClicked: {
                        confirmRevoke.close()
                        page.admin.revoke(page.revoking)
                    }
                }
            }
        }
    }
}
