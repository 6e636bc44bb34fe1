// The branch head notes a problem of the day (read out at the evening meeting), or a coaching talk with
// one colleague (shown beside their flags the next time). At most 500 characters; a refusal shows under
// the text.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: dialog
    required property QtObject branch
    property int staffId: 0          // 0: a problem; otherwise the colleague the talk was with
    property string staffName: ""
    objectName: "headNoteDialog"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 560, 560)
    padding: 16
    closePolicy: Popup.CloseOnEscape
    Overlay.modal: Rectangle { color: Theme.scrim }

    function openProblem() {
        dialog.staffId = 0
        dialog.staffName = ""
        dialog.start()
    }
    function openCoaching(id, name) {
        dialog.staffId = id
        dialog.staffName = name
        dialog.start()
    }
    function start() {
        noteText.text = ""
        dialog.branch.clearNoteError()
        dialog.open()
        noteText.forceActiveFocus()
    }

    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            objectName: "headNoteTitle"
            text: dialog.staffId === 0 ? qsTr("Note a problem") : qsTr("Coaching talk with %1").arg(dialog.staffName)
            font.pixelSize: Theme.deskTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            text: dialog.staffId === 0
                  ? qsTr("It is read out at this evening's meeting, with the time and your name.")
                  : qsTr("It shows beside their flags the next time they come up.")
            font.pixelSize: Theme.deskSmall
            color: Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: 140
            DeskTextArea {
                id: noteText
                objectName: "headNoteText"
                Accessible.name: placeholderText
                placeholderText: dialog.staffId === 0
                                 ? qsTr("What went wrong (e.g. the ticket machine was down for half an hour)")
                                 : qsTr("What you talked about and agreed")
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.deskBody
                onTextChanged: if (dialog.branch.noteError.length > 0) dialog.branch.clearNoteError()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            FieldError {
                objectName: "headNoteError"
                text: dialog.branch.noteError
                font.pixelSize: Theme.deskSmall
                Layout.fillWidth: true
            }
            Label {
                objectName: "headNoteLength"
                text: qsTr("%1 / %2").arg(noteText.length).arg(dialog.branch.noteMax)
                font.pixelSize: Theme.deskSmall
                color: noteText.length > dialog.branch.noteMax ? Theme.error : Theme.muted
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Item { Layout.fillWidth: true }
            DeskButton {
                objectName: "headNoteCancel"
                text: qsTr("Cancel")
                font.pixelSize: Theme.deskBody
                onClicked: dialog.close()
            }
            DeskButton {
                objectName: "headNoteSave"
                text: qsTr("Save note")
                highlighted: true
                font.pixelSize: Theme.deskBody
                onClicked: {
                    const saved = dialog.staffId === 0
                                  ? dialog.branch.addProblemNote(noteText.text)
                                  : dialog.branch.addCoachingNote(dialog.staffId, noteText.text)
                    if (saved)
                        dialog.close()
                }
            }
        }
    }
}
