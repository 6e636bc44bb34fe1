// A tab at the desk's density. The chosen tab is plain to see: its words bold in the accent on a
// light accent ground, a bar under it; the others muted on the page. `accent` colours a tab that
// needs attention (the desk's overdue calls).
import QtQuick
import QtQuick.Controls.Basic

TabButton {
    id: tab
    property color accent: Theme.primary
    // A tab's words whole: on two lines (and the tab as tall) when the text is large and the tab narrow.
    implicitHeight: Math.max(Theme.deskControl + 4, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.deskPad + 4
    rightPadding: Theme.deskPad + 4
    font.pixelSize: Theme.deskBody
    font.bold: checked
    hoverEnabled: true
    Accessible.name: text
    Accessible.role: Accessible.PageTab
    background: Rectangle {
        color: tab.checked ? Theme.primaryLight : tab.hovered ? Theme.hover : "transparent"
        radius: Theme.smallRadius
        Rectangle {  // the chosen tab's bar
            visible: tab.checked
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: Theme.tabMark
            color: tab.accent
        }
        Rectangle {  // the keyboard's focus
            visible: tab.visualFocus
            anchors.fill: parent
            anchors.margins: 1
            radius: Theme.smallRadius
            color: "transparent"
            border.color: Theme.focusRing
            border.width: Theme.focusWidth
        }
    }
    contentItem: Text {
        text: tab.text
        font: tab.font
        color: tab.checked ? tab.accent : (tab.accent === Theme.primary ? Theme.muted : tab.accent)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
