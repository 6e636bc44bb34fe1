// For the branch head: a customer whose offer went unanswered, or whom everyone declined, shows
// here at once until marked seen.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Rectangle {
    id: strip
    required property QtObject notices
    objectName: "noticeStrip"
    visible: notices.count > 0
    implicitHeight: visible ? Theme.touch : 0
    color: Theme.urgent

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap
        Label {
            objectName: "noticeText"
            text: "⚠ " + strip.notices.latestText
            color: "white"
            font.pixelSize: Theme.body
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            visible: strip.notices.count > 1
            text: qsTr("+%1 more").arg(strip.notices.count - 1)
            color: "white"
            font.pixelSize: Theme.small
        }
        Button {
            objectName: "noticeSeen"
            text: qsTr("Seen")
            font.pixelSize: Theme.body
            onClicked: strip.notices.markAllSeen()
        }
    }
}
