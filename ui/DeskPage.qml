// Home of a role whose own screen is not on this build yet: says so, and shows the role's duty.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    required property QtObject session

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
        spacing: 16
        Label {
            text: page.session.roleTitle
            font.pixelSize: 32
            color: Theme.primary
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Core duty: %1").arg(page.session.roleDuty)
            font.pixelSize: Theme.title
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("The wealth manager desk is not part of this version yet; the lobby screens work for tellers, lobby managers and the branch head.")
            color: Theme.muted
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
}
