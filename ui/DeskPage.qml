// The wealth manager's desk on a desk PC (mouse and keyboard, the desk controls: DeskButton and its kin):
// presence and my day on top, the alert banner, Incoming on the left, the customers I hold and my
// calls on the right. Keyboard: Alt+A accept, Alt+D decline, Alt+M customer arrived, Alt+O outcome,
// Alt+1 available, Alt+2 away (break).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    objectName: "deskPage"
    required property QtObject session
    required property QtObject desk
    required property QtObject outcome
    required property QtObject myCredit
    property int rightTab: 0   // 0: with me · 1: calls to make
    readonly property bool narrow: width < 1500

    Shortcut {
        sequence: "Alt+A"
        enabled: page.visible && page.desk.firstOfferId.length > 0
        onActivated: page.desk.accept(page.desk.firstOfferId)
    }
    Shortcut {
        sequence: "Alt+D"
        enabled: page.visible && page.desk.firstOfferId.length > 0
        onActivated: declineDialog.openFor(page.desk.firstOfferId)
    }
    Shortcut {
        sequence: "Alt+M"
        enabled: page.visible && page.desk.firstHeldState === "accepted"
        onActivated: page.desk.meet(page.desk.firstHeldId)
    }
    Shortcut {
        sequence: "Alt+O"
        enabled: page.visible && page.desk.firstHeldState === "met"
        onActivated: outcomeDialog.openFor(page.desk.firstHeldId, page.desk.firstHeldName)
    }
    Shortcut {
        sequence: "Alt+1"
        enabled: page.visible
        onActivated: page.desk.setPresence("available", "")
    }
    Shortcut {
        sequence: "Alt+2"
        enabled: page.visible
        onActivated: page.desk.setPresence("away", "break")
    }

    Rectangle { anchors.fill: parent; color: Theme.page }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 10

        // Presence, my day and the sound switch.
        Frame {
            Layout.fillWidth: true
            padding: 8
            background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }
            RowLayout {
            width: parent.width
            spacing: 16
            GridLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                columns: page.narrow ? 1 : 2
                rowSpacing: 6
                columnSpacing: 16
                Flow {  // the presence buttons wrap onto a second line when the text is large
                    spacing: 6
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("I am:")
                        font.pixelSize: Theme.deskBody
                        color: Theme.muted
                        height: Theme.deskControl
                        verticalAlignment: Text.AlignVCenter
                    }
                    DeskButton {
                        objectName: "presence_available"
                        text: qsTr("Available")
                        font.pixelSize: Theme.deskBody
                        highlighted: page.desk.presence === "available"
                        onClicked: page.desk.setPresence("available", "")
                    }
                    Repeater {
                        model: page.desk.awayReasons
                        DeskButton {
                            required property var modelData
                            objectName: "presence_away_" + modelData.code
                            text: qsTr("Away: %1").arg(modelData.text)
                            font.pixelSize: Theme.deskBody
                            highlighted: page.desk.presence === "away" && page.desk.awayReason === modelData.code
                            onClicked: page.desk.setPresence("away", modelData.code)
                        }
                    }
                    DeskButton {
                        objectName: "presence_offline"
                        text: qsTr("Offline")
                        font.pixelSize: Theme.deskBody
                        highlighted: page.desk.presence === "offline"
                        onClicked: page.desk.setPresence("offline", "")
                    }
                }
                RowLayout {
                    spacing: 14
                    Layout.fillWidth: true
                    Label {
                        objectName: "myDay"
                        // The rate with its base: converted over the outcomes recorded, both in sight.
                        text: page.desk.dayText
                        font.pixelSize: Theme.deskBody
                        color: Theme.text
                        wrapMode: Text.WordWrap  // every figure whole: a second line rather than "…"
                        Layout.fillWidth: true
                    }
                    DeskButton {
                        objectName: "muteButton"
                        text: page.desk.muted ? qsTr("Sound off") : qsTr("Sound on")
                        font.pixelSize: Theme.deskSmall
                        onClicked: page.desk.setMuted(!page.desk.muted)
                        ToolTip.visible: hovered
                        ToolTip.text: page.desk.alertText
                    }
                }
                Label {
                    objectName: "presenceText"
                    Layout.columnSpan: page.narrow ? 1 : 2
                    text: page.desk.presenceText + "   " + page.desk.alertText
                    color: page.desk.awayReason === "no_answer" ? Theme.urgent : Theme.muted
                    font.pixelSize: Theme.deskSmall
                    font.bold: page.desk.awayReason === "no_answer"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
            }
            // The team's credit this month first, then mine; my lines (and a dispute) on a tap.
            // At most a third of the page: its words take a second line rather than push "Details" off it.
            MyCreditStrip {
                Layout.alignment: Qt.AlignTop
                Layout.maximumWidth: Math.round(page.width / 3)
                credit: page.myCredit
                compact: true
            }
            }
        }

        DeskAlertBanner {
            desk: page.desk
            Layout.fillWidth: true
            onDeclineRequested: id => declineDialog.openFor(id)
        }

        // Changes of mine the hub refused (a customer a colleague took first): said until I have seen it.
        Frame {
            objectName: "hubRefusals"
            visible: page.desk.hubRefusalText.length > 0
            Layout.fillWidth: true
            padding: 8
            background: Rectangle { radius: Theme.radius; color: Theme.urgentLight; border.color: Theme.urgent }
            RowLayout {
                width: parent.width
                spacing: 10
                Label {
                    text: qsTr("Not accepted by the hub")
                    font.pixelSize: Theme.deskBody
                    font.bold: true
                    color: Theme.urgent
                }
                Label {
                    objectName: "hubRefusalText"
                    text: page.desk.hubRefusalText
                    font.pixelSize: Theme.deskBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                DeskButton {
                    objectName: "hubRefusalsSeen"
                    text: qsTr("Seen")
                    font.pixelSize: Theme.deskSmall
                    onClicked: page.desk.dismissHubRefusals()
                }
            }
        }

        FieldError {
            objectName: "deskError"
            text: page.desk.error
            font.pixelSize: Theme.deskBody
            Layout.fillWidth: true
        }

        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Incoming: offered to me first, then the queue (fast-track first, then the longest wait).
            ColumnLayout {
                spacing: 6
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: page.narrow ? 55 : 60
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Incoming (%1)").arg(page.desk.incomingCount)
                        font.pixelSize: Theme.deskTitle
                        font.bold: true
                        Layout.alignment: Qt.AlignTop
                    }
                    Label {  // the rule whole: on two lines when the text is large
                        text: page.desk.responseLimitText
                        font.pixelSize: Theme.deskSmall
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignRight
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignVCenter
                    }
                }
                ListView {
                    objectName: "incomingList"
                    // No cards built ahead out of sight: a card being built in the background when the customer
                    // is taken by someone else is cancelled past the list's end, and Qt warns ("DelegateModel::cancel:
                    // index out range"). A dozen cards at most: built as they scroll in, at no cost one can see.
                    cacheBuffer: 0
                    clip: true
                    spacing: 8
                    model: page.desk.incoming
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    ScrollBar.vertical: ScrollBar {}
                    delegate: DeskCustomerCard {
                        width: ListView.view.width - 12
                        desk: page.desk
                        onDeclineRequested: id => declineDialog.openFor(id)
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: parent.count === 0
                        text: qsTr("No customer is waiting. New ones appear here with a chime.")
                        color: Theme.muted
                        font.pixelSize: Theme.deskBody
                    }
                }
            }

            // With me and calls to make: side by side on a wide screen, tabs on a narrow one.
            ColumnLayout {
                spacing: 6
                Layout.fillHeight: true
                Layout.fillWidth: true
                Layout.preferredWidth: page.narrow ? 45 : 90
                DeskTabBar {
                    id: tabs
                    visible: page.narrow
                    Layout.fillWidth: true
                    currentIndex: page.rightTab
                    onCurrentIndexChanged: page.rightTab = currentIndex
                    // The selected tab: bold, in the accent, over a bar (DeskTabButton); calls with
                    // overdue ones say so in red on the tab itself (the count and the word, not the colour alone).
                    DeskTabButton {
                        id: withMeTab
                        objectName: "tabWithMe"
                        text: withMeTitle.text
                    }
                    DeskTabButton {
                        id: callsTab
                        objectName: "tabCalls"
                        text: callsTitle.text
                        font.bold: checked || page.desk.overdueCount > 0
                        accent: page.desk.overdueCount > 0 ? Theme.urgent : Theme.primary
                    }
                }
                // On a narrow screen the calls hide behind their tab: overdue ones surface here.
                DeskButton {
                    objectName: "overdueCallsLink"
                    visible: page.narrow && page.rightTab === 0 && page.desk.overdueCount > 0
                    text: qsTr("%1 overdue calls to make: show them").arg(page.desk.overdueCount)
                    font.pixelSize: Theme.deskBody
                    font.bold: true
                    accent: Theme.urgent
                    Layout.fillWidth: true
                    onClicked: page.rightTab = 1
                }
                RowLayout {
                    spacing: 12
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    ColumnLayout {
                        visible: !page.narrow || page.rightTab === 0
                        spacing: 6
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 50
                        Label {
                            id: withMeTitle
                            visible: !page.narrow
                            text: qsTr("With me (%1)").arg(page.desk.withMeCount)
                            font.pixelSize: Theme.deskTitle
                            font.bold: true
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        ListView {
                            objectName: "withMeList"
                            clip: true
                            spacing: 8
                            model: page.desk.withMe
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            ScrollBar.vertical: ScrollBar {}
                            delegate: DeskHeldCard {
                                width: ListView.view.width - 12
                                desk: page.desk
                                onOutcomeRequested: (id, name) => outcomeDialog.openFor(id, name)
                                onLeftRequested: (id, name, phone) => leftSheet.openFor(id, name, phone)
                            }
                            Label {
                                anchors.centerIn: parent
                                visible: parent.count === 0
                                text: qsTr("Customers you accept show here.")
                                color: Theme.muted
                                font.pixelSize: Theme.deskBody
                            }
                        }
                    }
                    ColumnLayout {
                        visible: !page.narrow || page.rightTab === 1
                        spacing: 6
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 50
                        Label {
                            id: callsTitle
                            visible: !page.narrow
                            text: page.desk.overdueCount > 0
                                  ? qsTr("Calls to make (%1, %2 overdue)").arg(page.desk.taskCount).arg(page.desk.overdueCount)
                                  : qsTr("Calls to make (%1)").arg(page.desk.taskCount)
                            font.pixelSize: Theme.deskTitle
                            font.bold: true
                            color: page.desk.overdueCount > 0 ? Theme.urgent : Theme.text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        ListView {
                            objectName: "taskList"
                            clip: true
                            spacing: 8
                            model: page.desk.tasks
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            ScrollBar.vertical: ScrollBar {}
                            delegate: DeskTaskRow {
                                width: ListView.view.width - 12
                                desk: page.desk
                                onOutcomeRequested: (id, name) => outcomeDialog.openFor(id, name)
                            }
                            Label {
                                anchors.centerIn: parent
                                visible: parent.count === 0
                                text: qsTr("No callbacks or follow-ups are due.")
                                color: Theme.muted
                                font.pixelSize: Theme.deskBody
                            }
                        }
                    }
                }
            }
        }

        Label {
            objectName: "shortcutHints"
            text: qsTr("Keys: Alt+A accept · Alt+D decline · Alt+M customer arrived · Alt+O record outcome · Alt+1 available · Alt+2 away")
            font.pixelSize: Theme.deskSmall
            color: Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }

    DeclineDialog { id: declineDialog; desk: page.desk }
    OutcomeDialog { id: outcomeDialog; outcome: page.outcome }
    DeskLeftSheet { id: leftSheet; left: page.desk.left }
}
