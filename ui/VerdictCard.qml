// The live verdict: eligible or not, every matched rule in plain words, the standards version.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Rectangle {
    id: card
    required property QtObject form
    readonly property string state_: form.verdictState
    readonly property color accent: state_ === "eligible" ? Theme.eligible
                                    : state_ === "not_eligible" ? Theme.lobby
                                    : state_ === "invalid" ? Theme.error : Theme.muted
    objectName: "verdictCard"
    radius: Theme.radius
    color: state_ === "eligible" ? Theme.eligibleLight : state_ === "not_eligible" ? Theme.lobbyLight : Theme.card
    border.color: accent
    border.width: 2
    // Room kept for the title, three reasons and the version line: the list below does not move when the
    // verdict comes or changes (a fourth reason, or one wrapped on a narrow screen, still grows the card).
    readonly property int reservedReasons: 3
    implicitHeight: Math.max(column.implicitHeight,
                             Math.ceil(titleMetrics.height + reservedReasons * (bodyMetrics.height + column.spacing)
                                       + smallMetrics.height + column.spacing)) + 2 * Theme.gap

    FontMetrics { id: titleMetrics; font.pixelSize: Theme.title + 2; font.bold: true }
    FontMetrics { id: bodyMetrics; font.pixelSize: Theme.body }
    FontMetrics { id: smallMetrics; font.pixelSize: Theme.small }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        spacing: 6

        Label {
            objectName: "verdictTitle"
            text: (card.state_ === "eligible" ? "✓ " : card.state_ === "not_eligible" ? "✗ " : "") + card.form.verdictTitle
            color: card.accent
            font.pixelSize: Theme.title + 2
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            objectName: "verdictReasons"
            model: card.form.verdictReasons
            delegate: Label {
                required property string modelData
                text: "• " + modelData
                color: Theme.text
                font.pixelSize: Theme.body
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "standardsVersion"
            text: card.form.standardsText
            color: Theme.muted
            font.pixelSize: Theme.small
        }
    }
}
