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
    implicitHeight: column.implicitHeight + 2 * Theme.gap

    ColumnLayout {
        id: column
        anchors.fill: parent
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
