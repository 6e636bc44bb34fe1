// The in-window alert for a customer offered to this wealth manager: blue, or red for fast-track,
// with decline and accept right on it (accept the filled one, on the right) (also Alt+A / Alt+D). A fast-track customer waiting while every
// wealth manager is busy rings on every desk on duty: "I'll take them" takes them from the queue.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Rectangle {
    id: banner
    required property QtObject desk
    signal declineRequested(string handoffId)
    objectName: "deskBanner"
    visible: desk.bannerText.length > 0
    implicitHeight: visible ? row.implicitHeight + 16 : 0
    color: desk.bannerUrgent ? Theme.urgent : Theme.offer
    radius: Theme.radius

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 8
        spacing: 8
        Label {
            objectName: "deskBannerText"
            text: (banner.desk.bannerUrgent ? "⚡ " : "● ") + banner.desk.bannerText
            color: Theme.onAccent
            font.pixelSize: Theme.deskTitle
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        DeskButton {
            objectName: "bannerTake"
            visible: !banner.desk.bannerOffered
            text: qsTr("I'll take them")
            font.pixelSize: Theme.deskBody
            highlighted: true  // white on the banner, in its colour: the thing to do
            accent: Theme.onAccent
            ink: banner.color
            onClicked: banner.desk.accept(banner.desk.bannerId)
        }
        DeskButton {
            objectName: "bannerDecline"
            visible: banner.desk.bannerOffered
            text: qsTr("Decline (Alt+D)")
            font.pixelSize: Theme.deskBody
            accent: Theme.onAccent  // outlined in white
            surface: "transparent"
            onClicked: banner.declineRequested(banner.desk.bannerId)
        }
        DeskButton {
            objectName: "bannerAccept"
            visible: banner.desk.bannerOffered
            text: qsTr("Accept (Alt+A)")
            font.pixelSize: Theme.deskBody
            highlighted: true
            accent: Theme.onAccent
            ink: banner.color
            onClicked: banner.desk.accept(banner.desk.bannerId)
        }
        DeskButton {
            objectName: "bannerDismiss"
            Accessible.name: qsTr("Hide the banner; the customer stays in Incoming")
            text: "✕"
            font.pixelSize: Theme.deskBody
            kind: "quiet"
            accent: Theme.onAccent
            surface: "transparent"
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Hide the banner; the customer stays in Incoming")
            onClicked: banner.desk.dismissBanner()
        }
    }
}
