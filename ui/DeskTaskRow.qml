// A call to make: a callback the lobby booked or a follow-up I booked; overdue ones in red.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Frame {
    id: row
    required property QtObject desk
    required property string taskId
    required property string handoffId
    required property string callbackId
    required property string kindText
    required property string addressAs
    required property string phone
    required property string dueText
    required property bool overdue
    required property string note
    required property string attemptsText
    required property string referrer
    required property string syncText
    signal outcomeRequested(string handoffId, string addressAs)

    objectName: "taskRow"
    padding: 8
    background: Rectangle {
        radius: Theme.radius
        color: row.overdue ? Theme.urgentLight : Theme.card
        border.color: row.overdue ? Theme.urgent : Theme.line
    }

    ColumnLayout {
        width: parent.width
        spacing: 4
        // What, who and the phone on the left, wrapping when the text is large; when it is due on the right.
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Flow {
                id: who
                spacing: 8
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Label {
                    text: row.kindText
                    font.pixelSize: Theme.deskSmall
                    color: Theme.muted
                    height: name.height
                    verticalAlignment: Text.AlignVCenter
                }
                Label {
                    id: name
                    text: row.addressAs
                    font.pixelSize: Theme.deskTitle
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    objectName: "taskPhone"
                    text: row.phone ? "☎ " + row.phone : ""
                    font.pixelSize: Theme.deskBody
                    color: Theme.text
                    height: name.height
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Label {
                objectName: "taskDue"
                text: row.dueText
                font.pixelSize: Theme.deskBody
                font.bold: row.overdue
                color: row.overdue ? Theme.urgent : Theme.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignRight
                Layout.alignment: Qt.AlignTop | Qt.AlignRight
                Layout.maximumWidth: Math.round(row.availableWidth * 0.45)
            }
        }
        Label {
            visible: text.length > 0
            text: [row.note, row.attemptsText, qsTr("Referred by %1").arg(row.referrer), row.syncText]
                .filter(t => t.length > 0).join("  ·  ")
            font.pixelSize: Theme.deskSmall
            color: Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        // No answer: try again later (wrapping onto lines of their own when the text is large); the outcome on the right.
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Flow {
                id: retries
                spacing: 8
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
                Label {
                    visible: row.callbackId.length > 0
                    text: qsTr("No answer, try again:")
                    font.pixelSize: Theme.deskSmall
                    color: Theme.muted
                    width: Math.min(implicitWidth, retries.width)
                    height: Math.max(implicitHeight, Theme.deskControl)
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: row.callbackId.length > 0 ? [1, 3, 24] : []
                    DeskButton {
                        required property int modelData
                        objectName: "retry" + modelData + "h"
                        text: modelData === 24 ? qsTr("tomorrow") : qsTr("in %1 h").arg(modelData)
                        font.pixelSize: Theme.deskSmall
                        onClicked: row.desk.callNoAnswer(row.callbackId, modelData)
                    }
                }
            }
            DeskButton {
                objectName: "taskOutcomeButton"
                text: qsTr("Record outcome")
                font.pixelSize: Theme.deskBody
                highlighted: true
                onClicked: row.outcomeRequested(row.handoffId, row.addressAs)
            }
        }
    }
}
