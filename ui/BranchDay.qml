// The branch head's day on a desk PC, numbers first: five summary figures beside the same weekday last
// week; then what to act on (the funnel with its step rates, the customers who met the standard and
// were not referred, the evening meeting), the live hall; then the charts, each wealth manager against
// the branch median, the referrers, the credit earned and who needs coaching. A day, its week or its
// month; any figure or funnel step lists the customers behind it. The settings have a page of their own.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    objectName: "branchDay"
    required property QtObject branch
    required property QtObject settings
    readonly property bool narrow: width < 1200 * Theme.scale  // the text grows: two columns need more room

    Rectangle { anchors.fill: parent; color: Theme.page }

    signal openSettings()

    function showCustomers(stage) {
        page.branch.showCustomers(stage)
        behind.open()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: 12
        clip: true  // a chart scrolled up stays under the tabs, not drawn over them
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            Flow {
                spacing: 8
                Layout.fillWidth: true
                DeskButton {
                    objectName: "previousDay"
                    text: "◀"
                    font.pixelSize: Theme.deskBody
                    Accessible.name: page.branch.span === "day" ? qsTr("The day before") : page.branch.span === "week" ? qsTr("The week before") : qsTr("The month before")
                    onClicked: page.branch.previousDay()
                }
                Label {
                    objectName: "dayText"
                    text: page.branch.dayText
                    height: parent.children[0].height
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.deskTitle
                    font.bold: true
                    color: Theme.text
                }
                DeskButton {
                    objectName: "nextDay"
                    text: "▶"
                    enabled: page.branch.canForward
                    font.pixelSize: Theme.deskBody
                    Accessible.name: page.branch.span === "day" ? qsTr("The day after") : page.branch.span === "week" ? qsTr("The week after") : qsTr("The month after")
                    onClicked: page.branch.nextDay()
                }
                // Day / week / month: the figures, the funnel, the tables and the credit follow.
                Row {
                    objectName: "spanSwitch"
                    spacing: Theme.deskGap / 2
                    Accessible.role: Accessible.PageTabList
                    Accessible.name: qsTr("Show a day, a week or a month")
                    Repeater {
                        model: [
                            { key: "day", text: qsTr("Day") },
                            { key: "week", text: qsTr("Week") },
                            { key: "month", text: qsTr("Month") }
                        ]
                        DeskButton {
                            required property var modelData
                            objectName: "span_" + modelData.key
                            text: modelData.text
                            checkable: true
                            checked: page.branch.span === modelData.key
                            font.pixelSize: Theme.deskBody
                            font.bold: checked
                            Accessible.role: Accessible.PageTab
                            Accessible.name: text
                            onClicked: page.branch.setSpan(modelData.key)
                        }
                    }
                }
                DeskButton {
                    objectName: "pickDay"
                    text: qsTr("Pick a day…")
                    font.pixelSize: Theme.deskBody
                    Accessible.name: text
                    onClicked: calendar.open()
                    DayPicker {
                        id: calendar
                        y: parent.height
                        day: page.branch.dayIso
                        today: page.branch.todayIso
                        onPicked: iso => page.branch.showDate(iso)
                    }
                }
                DeskButton {
                    objectName: "showToday"
                    visible: !page.branch.isToday
                    text: qsTr("Today")
                    font.pixelSize: Theme.deskBody
                    Accessible.name: text
                    onClicked: page.branch.showToday()
                }
                DeskButton {
                    objectName: "noteProblem"
                    visible: page.branch.isToday
                    text: qsTr("Note a problem")
                    font.pixelSize: Theme.deskBody
                    Accessible.name: text
                    onClicked: noteDialog.openProblem()
                }
                // No good backup from the last day: said here too, and the settings page says more.
                DeskButton {
                    objectName: "backupWarningDay"
                    visible: page.settings.backupWarning
                    text: "⚠ " + page.settings.backupText
                    font.pixelSize: Theme.deskSmall
                    accent: Theme.urgent
                    Accessible.name: page.settings.backupText
                    Accessible.description: qsTr("Open the settings")
                    onClicked: page.openSettings()
                }
                Label {
                    objectName: "medianText"
                    text: page.branch.medianText
                    height: parent.children[0].height
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.deskBody
                    color: Theme.muted
                }
            }

            // The summary first: five figures, each beside the period before; a click lists the customers.
            GridLayout {
                objectName: "figures"
                columns: page.width < 900 * Theme.scale ? 3 : 5
                columnSpacing: 10
                rowSpacing: 10
                Layout.fillWidth: true
                Repeater {
                    model: page.branch.figures
                    FigureCard {
                        required property var modelData
                        objectName: "figure_" + modelData.stage
                        label: modelData.label
                        value: modelData.value
                        change: modelData.change
                        tone: modelData.tone
                        Layout.fillWidth: true
                        Layout.fillHeight: true  // a row of cards as tall as the tallest (a change on two lines)
                        Layout.preferredWidth: 1
                        onClicked: page.showCustomers(modelData.stage)
                    }
                }
            }

            BranchPanel {
                objectName: "hallPanel"
                visible: page.branch.isToday
                title: qsTr("The hall now")
                subtitle: page.branch.queueText
                Layout.fillWidth: true
                Flow {
                    spacing: 8
                    Layout.fillWidth: true
                    Repeater {
                        model: page.branch.hallRows
                        Rectangle {
                            required property string name
                            required property string presenceText
                            required property int holding
                            required property bool onDuty
                            width: hallLabel.implicitWidth + 20
                            height: hallLabel.implicitHeight + 8
                            radius: height / 2
                            color: onDuty ? Theme.eligibleLight : Theme.page
                            border.color: onDuty ? Theme.eligible : Theme.line
                            Label {
                                id: hallLabel
                                anchors.centerIn: parent
                                text: name + " · " + presenceText + (holding > 0 ? " · " + qsTr("assigned: %1").arg(holding) : "")
                                font.pixelSize: Theme.deskBody
                                color: onDuty ? Theme.text : Theme.muted
                            }
                        }
                    }
                }
            }

            // What the head acts on: the funnel, who met the standard and was not referred, the evening meeting.
            // Three side by side on a wide screen; on a narrower one the funnel beside the other two.
            GridLayout {
                id: actOn
                readonly property int across: page.width >= 1600 ? 3 : page.narrow ? 1 : 2
                columns: across
                columnSpacing: 10
                rowSpacing: 10
                Layout.fillWidth: true

                BranchPanel {
                    objectName: "funnelPanel"
                    Layout.row: 0
                    Layout.column: 0
                    Layout.rowSpan: actOn.across === 2 ? 2 : 1
                    title: page.branch.span === "day" ? qsTr("Customers of the day") : qsTr("Customers of the period")
                    subtitle: qsTr("Click a step for its customers")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    // Each step's count, then its rate over the step above with both numbers.
                    RowLayout {
                        spacing: 8
                        Layout.fillWidth: true
                        Item { Layout.fillWidth: true }
                        Label {
                            text: qsTr("From the step above")
                            font.pixelSize: Theme.deskSmall
                            color: Theme.muted
                            horizontalAlignment: Text.AlignRight
                            Layout.preferredWidth: Math.round(150 * Theme.scale)
                        }
                    }
                    Repeater {
                        model: page.branch.funnel
                        // A step of the funnel: a click lists its customers.
                        AbstractButton {
                            id: stepRow
                            required property var modelData
                            required property int index
                            objectName: "funnelStage_" + modelData.stage
                            hoverEnabled: true
                            Layout.fillWidth: true
                            implicitHeight: Math.max(Math.round(26 * Theme.grow), implicitContentHeight)
                            Accessible.role: Accessible.Button
                            Accessible.name: modelData.label + " " + modelData.count + (modelData.stepText ? ", " + qsTr("From the step above") + " " + modelData.stepText : "")
                            Accessible.description: qsTr("Show the customers behind this figure")
                            onClicked: page.showCustomers(modelData.stage)
                            background: Rectangle {
                                radius: Theme.smallRadius
                                color: stepRow.hovered || stepRow.activeFocus ? Theme.primaryLight : "transparent"
                            }
                            contentItem: RowLayout {
                                spacing: 8
                                Label {
                                    text: stepRow.modelData.label
                                    font.pixelSize: Theme.deskBody
                                    Layout.preferredWidth: Math.round(90 * Theme.scale)
                                }
                                Item {
                                    Layout.fillWidth: true
                                    Layout.preferredHeight: 20
                                    Rectangle {
                                        width: Math.max(2, parent.width * stepRow.modelData.fraction)
                                        height: parent.height
                                        radius: Theme.smallRadius
                                        color: Theme.primary
                                        opacity: 0.35 + 0.65 * stepRow.modelData.fraction
                                    }
                                }
                                Label {
                                    objectName: "funnelCount_" + stepRow.index
                                    text: stepRow.modelData.count
                                    font.pixelSize: Theme.deskBody
                                    font.bold: true
                                    horizontalAlignment: Text.AlignRight
                                    Layout.preferredWidth: Math.round(40 * Theme.scale)
                                }
                                Label {
                                    objectName: "funnelStep_" + stepRow.index
                                    text: stepRow.modelData.stepText
                                    font.pixelSize: Theme.deskBody
                                    color: Theme.muted
                                    horizontalAlignment: Text.AlignRight
                                    Layout.preferredWidth: Math.round(130 * Theme.scale)
                                }
                            }
                        }
                    }
                }

                BranchPanel {
                    objectName: "missedPanel"
                    Layout.row: actOn.across === 1 ? 1 : 0
                    Layout.column: actOn.across === 1 ? 0 : 1
                    title: qsTr("Met the standard, not referred (%1)").arg(page.branch.missedCount)
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    Label {
                        visible: page.branch.missedCount === 0
                        text: qsTr("Every customer who met the standard was referred.")
                        font.pixelSize: Theme.deskBody
                        color: Theme.muted
                    }
                    Repeater {
                        model: page.branch.missed
                        ColumnLayout {
                            required property string time
                            required property string customer
                            required property string purposeText
                            required property string referrer
                            required property string reasonText
                            required property bool reasonGiven
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: time + "  " + customer + " · " + purposeText + " · " + qsTr("tagged by %1").arg(referrer)
                                font.pixelSize: Theme.deskBody
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "missedReason"
                                text: qsTr("Why not: %1").arg(reasonText)
                                font.pixelSize: Theme.deskSmall
                                font.italic: !reasonGiven
                                color: reasonGiven ? Theme.text : Theme.urgent
                                wrapMode: Text.WordWrap
                                leftPadding: 48
                                Layout.fillWidth: true
                            }
                        }
                    }
                }

                BranchPanel {
                    objectName: "eveningPanel"
                    Layout.row: actOn.across === 3 ? 0 : actOn.across === 2 ? 1 : 2
                    Layout.column: actOn.across === 3 ? 2 : actOn.across === 2 ? 1 : 0
                    // the evening meeting is the day's: with a week or a month shown it waits for the day view
                    visible: page.branch.span === "day"
                    title: qsTr("For the evening meeting")
                    subtitle: page.branch.exportText
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    RowLayout {
                        visible: page.branch.canExport
                        spacing: 8
                        DeskButton {
                            objectName: "exportPdf"
                            Accessible.name: text
                            text: qsTr("Save as PDF")
                            font.pixelSize: Theme.deskBody
                            onClicked: page.branch.export("pdf")
                        }
                        DeskButton {
                            objectName: "exportCsv"
                            Accessible.name: text
                            text: qsTr("Save as CSV")
                            font.pixelSize: Theme.deskBody
                            onClicked: page.branch.export("csv")
                        }
                        DeskButton {
                            objectName: "printEvening"
                            Accessible.name: text
                            text: qsTr("Print")
                            font.pixelSize: Theme.deskBody
                            onClicked: page.branch.printEvening()
                        }
                    }
                    Label {
                        text: qsTr("Calls due by tomorrow evening")
                        font.pixelSize: Theme.deskSmall
                        color: Theme.muted
                    }
                    Label {
                        visible: page.branch.calls.count === 0
                        text: qsTr("None")
                        font.pixelSize: Theme.deskBody
                        color: Theme.muted
                    }
                    Repeater {
                        model: page.branch.calls
                        Label {
                            objectName: "callDue"
                            required property string dueText
                            required property string customer
                            required property string phone
                            required property string caller
                            required property bool overdue
                            text: dueText + "  " + customer + (phone ? "  ☎ " + phone : "") + (caller ? " · " + qsTr("%1 calls").arg(caller) : "")
                            color: overdue ? Theme.urgent : Theme.text
                            font.pixelSize: Theme.deskBody
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        text: qsTr("Problems of the day")
                        font.pixelSize: Theme.deskSmall
                        color: Theme.muted
                    }
                    Label {
                        visible: page.branch.problems.count === 0
                        text: qsTr("None")
                        font.pixelSize: Theme.deskBody
                        color: Theme.muted
                    }
                    Repeater {
                        model: page.branch.problems
                        Label {
                            required property string time
                            required property string problemText
                            text: time + "  " + problemText
                            font.pixelSize: Theme.deskBody
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    RowLayout {
                        spacing: 8
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Problems noted by the branch head")
                            font.pixelSize: Theme.deskSmall
                            color: Theme.muted
                            Layout.fillWidth: true
                        }
                        DeskButton {
                            objectName: "noteProblemEvening"
                            Accessible.name: text
                            visible: page.branch.isToday
                            text: qsTr("Note a problem")
                            font.pixelSize: Theme.deskSmall
                            onClicked: noteDialog.openProblem()
                        }
                    }
                    Label {
                        visible: page.branch.notes.count === 0
                        text: qsTr("None")
                        font.pixelSize: Theme.deskBody
                        color: Theme.muted
                    }
                    Repeater {
                        model: page.branch.notes
                        Label {
                            required property string time
                            required property string by
                            required property string noteText
                            objectName: "problemNote"
                            text: time + "  " + noteText + " — " + by
                            font.pixelSize: Theme.deskBody
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            BranchPanel {
                objectName: "chartsPanel"
                title: qsTr("Against the branch median")
                Layout.fillWidth: true
                GridLayout {
                    columns: page.narrow ? 1 : 3
                    columnSpacing: 16
                    Layout.fillWidth: true
                    BarChart {
                        objectName: "referrersChart"
                        title: qsTr("Referrals per referrer")
                        names: page.branch.charts.referrers || []
                        first: page.branch.charts.referred || []
                        second: page.branch.charts.eligible || []
                        firstLabel: qsTr("Referred")
                        secondLabel: qsTr("Eligible")
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                    }
                    BarChart {
                        objectName: "conversionChart"
                        title: qsTr("Conversion per wealth manager (%)")
                        names: page.branch.charts.wealthManagers || []
                        first: page.branch.charts.conversion || []
                        firstLabel: qsTr("Conversion")
                        median: page.branch.charts.medianConversion ?? -1
                        medianLabel: qsTr("Branch median")
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                    }
                    BarChart {
                        objectName: "responseChart"
                        title: qsTr("Response per wealth manager (minutes)")
                        names: page.branch.charts.wealthManagers || []
                        first: page.branch.charts.response || []
                        firstLabel: qsTr("Average response")
                        median: page.branch.charts.medianResponse ?? -1
                        medianLabel: qsTr("Branch median")
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                    }
                }
            }

            GridLayout {
                columns: page.narrow ? 1 : 2
                columnSpacing: 10
                rowSpacing: 10
                Layout.fillWidth: true

                BranchPanel {
                    objectName: "wealthManagersPanel"
                    title: qsTr("Wealth managers")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    TableRow {
                        header: true
                        figureWidth: 96
                        // Conversion is over the outcomes recorded (a follow-up is still open): shown beside it.
                        cells: [qsTr("Name"), qsTr("Accepted"), qsTr("Outcomes"), qsTr("Converted"), qsTr("Response")]
                    }
                    Repeater {
                        model: page.branch.wealthManagers
                        TableRow {
                            required property string name
                            required property int accepted
                            required property int outcomes
                            required property string rateText
                            required property string responseText
                            required property bool rateLow
                            required property bool slow
                            figureWidth: 96
                            cells: [name, accepted, outcomes, rateText, responseText]
                            alerts: [false, false, false, rateLow, slow]
                        }
                    }
                }

                BranchPanel {
                    objectName: "referrersPanel"
                    title: qsTr("Referrers")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    TableRow {
                        header: true
                        cells: [qsTr("Name"), qsTr("Tagged"), qsTr("Eligible"), qsTr("Referred"), qsTr("Converted"), qsTr("Not referred")]
                    }
                    Repeater {
                        model: page.branch.referrers
                        TableRow {
                            required property string name
                            required property int tagged
                            required property int eligible
                            required property int referred
                            required property int converted
                            required property int missed
                            cells: [name, tagged, eligible, referred, converted, missed]
                            alerts: [false, false, false, false, false, missed > 0]
                        }
                    }
                }

                BranchPanel {
                    objectName: "creditPanel"
                    title: page.branch.span === "day" ? qsTr("Credit earned") : qsTr("Credit earned in the period")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    Label {
                        objectName: "creditTotal"
                        text: qsTr("The team: %1").arg(page.branch.creditTotalText)
                        font.pixelSize: Theme.deskTitle + 4
                        font.bold: true
                        color: Theme.eligible
                    }
                    Repeater {
                        model: page.branch.credit
                        RowLayout {
                            required property string name
                            required property string amountText
                            Layout.fillWidth: true
                            Label { text: name; font.pixelSize: Theme.deskBody; Layout.fillWidth: true }
                            Label { text: amountText; font.pixelSize: Theme.deskBody; color: Theme.muted }
                        }
                    }
                }

                BranchPanel {
                    objectName: "coachingPanel"
                    title: page.branch.flagsTitle
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    Label {
                        visible: page.branch.flagCount === 0
                        text: qsTr("Nobody lies well off the branch median.")
                        font.pixelSize: Theme.deskBody
                        color: Theme.muted
                    }
                    Repeater {
                        model: page.branch.flags
                        ColumnLayout {
                            id: person
                            required property int staffId
                            required property string name
                            required property string flagText
                            required property string coachingText
                            spacing: 2
                            Layout.fillWidth: true
                            RowLayout {
                                spacing: 8
                                Layout.fillWidth: true
                                Label {
                                    text: "● " + person.name
                                    font.pixelSize: Theme.deskBody
                                    font.bold: true
                                    Layout.fillWidth: true
                                }
                                DeskButton {
                                    objectName: "recordCoaching_" + person.staffId
                                    Accessible.name: text + ": " + person.name
                                    text: qsTr("Record a coaching talk")
                                    font.pixelSize: Theme.deskSmall
                                    onClicked: noteDialog.openCoaching(person.staffId, person.name)
                                }
                            }
                            Label {
                                text: person.flagText
                                font.pixelSize: Theme.deskBody
                                wrapMode: Text.WordWrap
                                leftPadding: 16
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "lastCoaching_" + person.staffId
                                text: person.coachingText
                                font.pixelSize: Theme.deskSmall
                                color: Theme.muted
                                wrapMode: Text.WordWrap
                                leftPadding: 16
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
        }
    }

    FigureCustomers { id: behind; branch: page.branch }
    NoteDialog { id: noteDialog; branch: page.branch }
}
