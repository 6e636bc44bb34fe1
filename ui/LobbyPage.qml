// The lobby tablet's home: tag on the left, the live verdict and the handoff on the right (stacked in
// one column on a portrait tablet), scrolling with a finger; the action bar pinned at the bottom, so the
// main action is always in reach whatever the screen's height, language or status bar. The strip with
// the last action's outcome and "New customer" keeps its place whether it has a message or not.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    required property QtObject form
    required property QtObject handoff
    required property QtObject callback
    // Two columns when there is room for them at the chosen text size (Theme.scale): a landscape tablet at
    // 100% or 125%; at 150% the form, the verdict and the hand-off stack in one column, as on a portrait one.
    readonly property bool wide: width >= 1000 * Theme.scale
    // The action bar in one row, what happens next beside the buttons, while that leaves it room for two
    // lines; else what happens next above them.
    readonly property bool barWide: page.wide && actions.width - buttons.rowWidth(true) - Theme.gap >= 18 * Theme.body

    // The hand-off refused for want of a name or a ticket: bring the name field into view.
    function showNameField() {
        const field = tagForm.nameField
        const y = field.mapToItem(flick.contentItem, 0, 0).y
        if (y < flick.contentY || y + field.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(y - Theme.gap - 24, flick.contentHeight - flick.height))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Flickable {
            id: flick
            objectName: "lobbyFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: grid.implicitHeight + 2 * Theme.gap
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollIndicator.vertical: ScrollIndicator {}

            GridLayout {
                id: grid
                x: Theme.gap
                y: Theme.gap
                width: flick.width - 2 * Theme.gap
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.gap * 2
                rowSpacing: Theme.gap

                // The strip: always there (its height reserved), so nothing moves when a message comes. Wide: over
                // the verdict and the hand-off; portrait: over the form.
                RowLayout {
                    objectName: "lobbyStrip"
                    Layout.row: 0
                    Layout.column: page.wide ? 1 : 0
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    // Never grows: the verdict and the form stay put. Room for the message's two lines at any text size.
                    readonly property int keptHeight: Math.max(Theme.touch, Math.ceil(2 * stripMetrics.height) + 4)
                    Layout.minimumHeight: keptHeight
                    Layout.maximumHeight: keptHeight
                    spacing: Theme.gap

                    Rectangle {
                        id: confirmation
                        objectName: "confirmation"
                        readonly property color accent: page.handoff.confirmationTone === "waiting" ? Theme.offer
                                                      : page.handoff.confirmationTone === "cleared" ? Theme.muted : Theme.eligible
                        visible: page.handoff.confirmation.length > 0
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        radius: Theme.radius
                        color: page.handoff.confirmationTone === "waiting" ? Theme.offerLight
                             : page.handoff.confirmationTone === "cleared" ? Theme.card : Theme.eligibleLight
                        border.color: accent
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.gap
                            spacing: 4
                            FontMetrics { id: stripMetrics; font: confirmationText.font }
                            Label {
                                id: confirmationText
                                objectName: "confirmationText"
                                text: page.handoff.confirmation
                                color: confirmation.accent
                                font.pixelSize: page.wide ? Theme.small + 1 : Theme.body  // wide: half the width
                                font.bold: true
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                verticalAlignment: Text.AlignVCenter
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                            }
                            Button {
                                objectName: "undoNewCustomer"
                                visible: page.handoff.canUndo
                                text: qsTr("Undo")
                                flat: true
                                font.pixelSize: Theme.body
                                font.bold: true
                                Layout.preferredHeight: Theme.touch
                                Layout.minimumWidth: Theme.touch
                                onClicked: page.handoff.undoNewCustomer()
                            }
                            Button {
                                objectName: "confirmationOk"
                                text: qsTr("OK")
                                flat: true
                                font.pixelSize: Theme.body
                                Layout.preferredHeight: Theme.touch
                                Layout.minimumWidth: Theme.touch
                                onClicked: page.handoff.dismissConfirmation()
                            }
                        }
                    }
                    Item { visible: page.handoff.confirmation.length === 0; Layout.fillWidth: true }
                    ActionButton {
                        objectName: "newCustomerButton"
                        primary: false
                        text: qsTr("New customer")
                        font.pixelSize: Theme.body
                        implicitHeight: Theme.touch
                        Layout.preferredWidth: implicitWidth + 2 * Theme.gap
                        onClicked: page.handoff.newCustomer()
                    }
                }

                TagForm {
                    id: tagForm
                    form: page.form
                    Layout.row: page.wide ? 0 : 1
                    Layout.column: 0
                    Layout.rowSpan: page.wide ? 2 : 1
                    Layout.alignment: Qt.AlignTop
                    Layout.fillWidth: true
                    Layout.preferredWidth: page.wide ? grid.width * 0.58 : grid.width
                }

                ColumnLayout {
                    Layout.row: page.wide ? 1 : 2
                    Layout.column: page.wide ? 1 : 0
                    Layout.alignment: Qt.AlignTop
                    Layout.fillWidth: true
                    Layout.preferredWidth: page.wide ? grid.width * 0.42 : grid.width
                    spacing: Theme.gap
                    VerdictCard { form: page.form; Layout.fillWidth: true }
                    HandoffPanel {
                        form: page.form
                        handoff: page.handoff
                        Layout.fillWidth: true
                        onCallbackWanted: callbackSheet.openFor()
                    }
                }
            }
        }

        // The action bar, pinned: what happens next on the left, the buttons on the right (portrait: below).
        Rectangle {
            objectName: "actionBar"
            Layout.fillWidth: true
            implicitHeight: actions.implicitHeight + 16
            color: Theme.card
            Rectangle { width: parent.width; height: 1; color: Theme.line }

            GridLayout {
                id: actions
                anchors.fill: parent
                anchors.margins: 8
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap
                columns: page.barWide ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: 8

                // Who will receive the customer, or why the hand-off was refused: one place, its height kept.
                Item {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max(2 * Theme.body + 12, Math.ceil(2 * expectationMetrics.height))
                    FontMetrics { id: expectationMetrics; font: expectation.font }
                    Label {
                        id: expectation
                        objectName: "expectation"
                        anchors.fill: parent
                        visible: page.handoff.error.length === 0 && page.form.eligible
                        text: page.handoff.expectation
                        color: Theme.primary
                        font.pixelSize: Theme.body
                        font.bold: true
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                    }
                    Label {
                        objectName: "handoffError"
                        anchors.fill: parent
                        visible: text.length > 0
                        text: page.handoff.error
                        color: Theme.error
                        font.pixelSize: Theme.body
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                // The buttons in one row when they fit whole; else the hand-off (or the last one) on a row of its own.
                GridLayout {
                    id: buttons
                    readonly property var shownButtons: [callbackButton, saveOnlyButton, sendButton].filter(b => b.visible)
                    readonly property int shown: shownButtons.length
                    // The row's width from the buttons' own widths (with their margins when `padded`), whatever
                    // shape the bar takes: the shape follows it, it never follows the shape.
                    function rowWidth(padded) {
                        return shownButtons.reduce((sum, b) => sum + (padded ? b.Layout.preferredWidth : b.implicitWidth), 0)
                               + Math.max(0, shown - 1) * Theme.gap
                    }
                    readonly property bool oneRow: page.barWide || rowWidth(false) <= actions.width
                    Layout.fillWidth: !page.barWide
                    columns: oneRow ? Math.max(1, shown) : 2
                    columnSpacing: Theme.gap
                    rowSpacing: 8
                    ActionButton {
                        id: callbackButton
                        objectName: "callbackButton"
                        implicitHeight: Theme.touch
                        visible: page.form.eligible
                        primary: page.form.inHurry
                        accent: Theme.lobby
                        text: qsTr("In a hurry: callback")
                        font.pixelSize: Theme.body
                        Layout.fillWidth: !page.barWide
                        Layout.preferredWidth: implicitWidth + 2 * Theme.gap
                        onClicked: callbackSheet.openFor()
                    }
                    ActionButton {
                        id: saveOnlyButton
                        objectName: "saveOnlyButton"
                        implicitHeight: Theme.touch
                        visible: page.form.ready
                        primary: !page.form.eligible
                        accent: Theme.lobby
                        text: page.form.eligible ? qsTr("Save without referral") : qsTr("Save: served in the lobby")
                        font.pixelSize: Theme.body
                        Layout.fillWidth: !page.barWide
                        Layout.preferredWidth: implicitWidth + 2 * Theme.gap
                        // Eligible: why not referred is asked first; served in the lobby: saved at once.
                        onClicked: page.form.eligible ? notReferredDialog.ask() : page.handoff.saveOnly()
                    }
                    ActionButton {
                        id: sendButton
                        objectName: "sendButton"
                        implicitHeight: Theme.touch
                        visible: !page.form.inHurry || !page.form.eligible
                        enabled: page.handoff.canSend
                        accent: page.handoff.fastTrack ? Theme.urgent : Theme.primary
                        text: page.handoff.fastTrack ? qsTr("Fast-track hand-off") : qsTr("Hand off to wealth manager")
                        font.pixelSize: Theme.body + 2
                        Layout.fillWidth: !page.barWide
                        Layout.columnSpan: buttons.oneRow || buttons.shown === 1 ? 1 : 2
                        Layout.preferredWidth: implicitWidth + 4 * Theme.gap
                        onClicked: {
                            if (!page.handoff.send() && page.form.nameOrTicketError.length > 0)
                                page.showNameField()
                        }
                    }
                }
            }
        }
    }

    NotReferredDialog { id: notReferredDialog; handoff: page.handoff }

    CallbackSheet {
        id: callbackSheet
        callback: page.callback
        onBooked: message => page.handoff.showConfirmation(message)
    }
}
