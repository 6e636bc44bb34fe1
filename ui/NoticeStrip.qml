// What needs a person at once, under the header until marked seen. The branch head: a customer whose
// offer went unanswered, or whom everyone declined. A referrer: what became of their customer (bought:
// green; a follow-up booked: blue; declined by everyone: red). "+N more" opens the ones under it.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Rectangle {
    id: strip
    required property QtObject notices
    property bool expanded: false
    readonly property color tint: notices.tone === "good" ? Theme.eligible : notices.tone === "news" ? Theme.offer : Theme.urgent
    objectName: "noticeStrip"
    visible: notices.count > 0
    implicitHeight: visible ? column.implicitHeight : 0
    color: tint

    Connections {
        target: strip.notices
        function onChanged() { if (strip.notices.count <= 1) strip.expanded = false }
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            spacing: Theme.gap
            Label {
                objectName: "noticeText"
                text: (strip.notices.tone === "good" ? "✓ " : strip.notices.tone === "news" ? "◷ " : "⚠ ") + strip.notices.latestText
                color: Theme.onAccent
                font.pixelSize: Theme.body
                font.bold: true
                wrapMode: Text.Wrap  // a portrait tablet: two lines rather than the seller's name cut off
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.topMargin: 4
                Layout.bottomMargin: 4
            }
            Button {
                objectName: "noticeMore"
                visible: strip.notices.count > 1
                flat: true
                text: strip.expanded ? qsTr("Less") : qsTr("+%1 more").arg(strip.notices.count - 1)
                font.pixelSize: Theme.small
                // Flat: Basic draws the text in windowText (dark on the tint) unless told otherwise.
                palette.windowText: Theme.onAccent
                palette.buttonText: Theme.onAccent
                Layout.preferredHeight: Theme.touch - 8
                onClicked: strip.expanded = !strip.expanded
            }
            Button {
                objectName: "noticeSeen"
                text: strip.notices.count > 1 ? qsTr("All seen") : qsTr("Seen")
                font.pixelSize: Theme.body
                Layout.preferredHeight: Theme.touch - 8
                onClicked: strip.notices.markAllSeen()
            }
        }
        Repeater {
            model: strip.expanded ? strip.notices.olderTexts : []
            delegate: Label {
                required property string modelData
                text: "· " + modelData
                color: Theme.onAccent
                font.pixelSize: Theme.small + 1
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.bottomMargin: 6
            }
        }
    }
}
