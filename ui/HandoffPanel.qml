// The warm handoff: who is on duty (live), auto-route or choose, fast-track and the note. The actions
// (hand off, callback, save) are on the lobby page's pinned bar, always in reach.
// Special situations: all busy → wait / wait for a chosen one / book a time; in a hurry → callback.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ColumnLayout {
    id: panel
    required property QtObject form
    required property QtObject handoff
    signal callbackWanted()
    spacing: 6

    // The hub away: what follows is as of the last time it answered, said in words above it.
    Label {
        objectName: "staleStates"
        visible: text.length > 0
        text: panel.handoff.staleText
        color: Theme.pending
        font.pixelSize: Theme.small
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    // "Next free" first, then each wealth manager with the live state and the wait for them.
    Rectangle {
        objectName: "wm_auto"
        Layout.fillWidth: true
        Layout.preferredHeight: 50
        radius: Theme.radius
        color: panel.handoff.chosen === 0 ? Theme.primaryLight : Theme.card
        border.color: panel.handoff.chosen === 0 ? Theme.primary : Theme.line
        border.width: panel.handoff.chosen === 0 ? 2 : 1
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            Label {
                text: qsTr("Next free wealth manager")
                font.pixelSize: Theme.body
                font.bold: panel.handoff.chosen === 0
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "hallSummary"
                text: panel.handoff.hallSummary
                color: Theme.muted
                font.pixelSize: Theme.small
            }
        }
        TapHandler { onTapped: panel.handoff.choose(0) }
        // One of the choices of whom to hand off to: a screen reader says it as a radio button.
        Accessible.role: Accessible.RadioButton
        Accessible.name: [qsTr("Next free wealth manager"), panel.handoff.hallSummary, panel.handoff.staleText].filter(t => t.length > 0).join(" · ")
        Accessible.checkable: true
        Accessible.checked: panel.handoff.chosen === 0
        Accessible.onPressAction: panel.handoff.choose(0)
    }
    Repeater {
        model: panel.handoff.wealthManagers
        delegate: Rectangle {
            id: wmRow
            required property int staffId
            required property string name
            required property string presence
            required property string stateText
            required property string waitText
            required property bool onDuty
            readonly property bool chosen: panel.handoff.chosen === staffId
            objectName: "wm_" + staffId
            Layout.fillWidth: true
            Layout.preferredHeight: 50
            radius: Theme.radius
            color: chosen ? Theme.primaryLight : Theme.card
            border.color: chosen ? Theme.primary : Theme.line
            border.width: chosen ? 2 : 1
            opacity: onDuty ? 1 : 0.55
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap
                spacing: Theme.gap
                Rectangle {
                    width: 12; height: 12; radius: 6
                    // With the hub away the state is as of then (words in the summary): no live colour.
                    color: panel.handoff.staleText ? Theme.away
                         : wmRow.presence === "available" ? Theme.eligible
                         : wmRow.presence === "with_customer" ? Theme.busy
                         : wmRow.presence === "away" ? Theme.away : Theme.offDuty
                }
                Label { text: wmRow.name; font.pixelSize: Theme.body; font.bold: wmRow.chosen; color: Theme.text }
                Label {
                    text: wmRow.stateText
                    font.pixelSize: Theme.small
                    color: Theme.muted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label { text: wmRow.waitText; font.pixelSize: Theme.small; color: panel.handoff.staleText ? Theme.muted : Theme.text }
            }
            TapHandler { enabled: wmRow.onDuty; onTapped: panel.handoff.choose(wmRow.staffId) }
            // The presence dot's colour is also said in words (stateText) for the eye and the ear.
            Accessible.role: Accessible.RadioButton
            Accessible.name: [wmRow.name, wmRow.stateText, wmRow.waitText, panel.handoff.staleText].filter(t => t.length > 0).join(" · ")
            Accessible.checkable: true
            Accessible.checked: wmRow.chosen
            Accessible.onPressAction: if (wmRow.onDuty) panel.handoff.choose(wmRow.staffId)
        }
    }

    // Special situation 1: everyone on duty is busy.
    Rectangle {
        objectName: "allBusy"
        visible: panel.handoff.allBusy && panel.form.eligible
        Layout.fillWidth: true
        implicitHeight: busyColumn.implicitHeight + 16
        radius: Theme.radius
        color: Theme.warningLight
        border.color: Theme.warning
        ColumnLayout {
            id: busyColumn
            anchors.fill: parent
            anchors.margins: 8
            Label {
                text: qsTr("All wealth managers are busy. Offer the customer: wait for the next free one, wait for the one they choose (tap a name), or book a time.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.small + 1
                color: Theme.text
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "bookTimeButton"
                primary: false
                text: qsTr("Book a time")
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                onClicked: panel.callbackWanted()
            }
        }
    }

    Switch {
        objectName: "fastTrack"
        text: qsTr("Fast-track: head of the queue, urgent alert")
        checked: panel.handoff.fastTrack
        font.pixelSize: Theme.body
        Layout.preferredHeight: 48
        onToggled: panel.handoff.setFastTrack(checked)
    }

    SectionLabel { text: qsTr("Note for the wealth manager") }
    TextField {
        objectName: "noteField"
        Accessible.name: qsTr("Note for the wealth manager")
        text: panel.handoff.note
        placeholderText: qsTr("Optional, e.g. what the customer asked about")
        font.pixelSize: Theme.body
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touch
        rightPadding: noteCount.width + 16
        onTextEdited: panel.handoff.setNote(text)
        Label {
            id: noteCount
            anchors.right: parent.right
            anchors.rightMargin: 8
            anchors.verticalCenter: parent.verticalCenter
            text: panel.handoff.noteCount
            color: Theme.muted
            font.pixelSize: Theme.small
        }
        background: Rectangle {
            radius: Theme.radius
            color: Theme.card
            border.color: panel.handoff.noteError ? Theme.error : Theme.line
            border.width: panel.handoff.noteError ? 2 : 1
        }
    }
    FieldError { objectName: "noteError"; text: panel.handoff.noteError; Layout.fillWidth: true }
}
