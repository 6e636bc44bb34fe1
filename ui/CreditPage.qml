// The branch head's referral credit on a desk PC: a month's ledger with the team's total first (the
// article warns against staff fixating on their own split), each person, each day; the exceptions the
// rule could not split, allocated with a reason; month close; the phase schedule.
import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

Item {
    id: page
    objectName: "creditPage"
    required property QtObject credit
    readonly property bool narrow: width < 1200
    readonly property var errors: credit.errors

    Rectangle { anchors.fill: parent; color: Theme.page }

    // The phase schedule as typed, until saved; it starts from the schedule in force.
    ListModel { id: draft }
    function resetDraft() {
        draft.clear()
        for (const p of page.credit.phases)
            draft.append({ start: p.start, percent: p.percent, spanText: p.spanText })
    }
    Component.onCompleted: resetDraft()
    onVisibleChanged: if (visible) resetDraft()

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: 12
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Button {
                    objectName: "previousMonth"
                    text: "◀"
                    font.pixelSize: Theme.deskBody
                    onClicked: page.credit.previousMonth()
                }
                Label {
                    objectName: "monthText"
                    text: page.credit.monthText
                    font.pixelSize: Theme.deskTitle
                    font.bold: true
                    color: Theme.text
                }
                Button {
                    objectName: "nextMonth"
                    text: "▶"
                    enabled: !page.credit.isThisMonth
                    font.pixelSize: Theme.deskBody
                    onClicked: page.credit.nextMonth()
                }
                Label {
                    objectName: "closedText"
                    text: page.credit.closedText
                    font.pixelSize: Theme.deskBody
                    color: page.credit.isClosed ? Theme.eligible : Theme.muted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "closeMonth"
                    visible: !page.credit.isClosed
                    text: qsTr("Close %1").arg(page.credit.monthText)
                    font.pixelSize: Theme.deskBody
                    onClicked: page.credit.closeMonth()
                }
            }
            FieldError {
                objectName: "error_month"
                text: page.errors.month || page.errors.general || ""
                font.pixelSize: Theme.deskBody
                Layout.fillWidth: true
            }
            Label {
                objectName: "creditMessage"
                visible: text.length > 0
                text: page.credit.message
                font.pixelSize: Theme.deskBody
                color: Theme.eligible
            }

            GridLayout {
                columns: page.narrow ? 1 : 2
                columnSpacing: 10
                rowSpacing: 10
                Layout.fillWidth: true

                BranchPanel {
                    objectName: "ledgerPanel"
                    title: qsTr("The team's credit")
                    Layout.columnSpan: page.narrow ? 1 : 2
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Label {
                        objectName: "monthTotal"
                        text: page.credit.teamTotalText
                        font.pixelSize: Theme.deskTitle + 8
                        font.bold: true
                        color: Theme.eligible
                    }
                    TableRow {
                        header: true
                        figureWidth: 190
                        cells: [qsTr("Name"), qsTr("As referrer"), qsTr("As seller"), qsTr("Allocated"), qsTr("Total")]
                    }
                    Label {
                        visible: page.credit.people.count === 0
                        text: qsTr("No credit this month yet.")
                        font.pixelSize: Theme.deskBody
                        color: Theme.muted
                    }
                    Repeater {
                        model: page.credit.people
                        TableRow {
                            required property string name
                            required property string referrerText
                            required property string sellerText
                            required property string allocatedText
                            required property string totalText
                            figureWidth: 190
                            cells: [name, referrerText, sellerText, allocatedText, totalText]
                        }
                    }
                }

                BranchPanel {
                    objectName: "daysPanel"
                    title: qsTr("By day")
                    subtitle: qsTr("Pick a day for each person's share")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    Flow {
                        spacing: 6
                        Layout.fillWidth: true
                        Repeater {
                            model: page.credit.days
                            Button {
                                required property string day
                                required property string dayText
                                required property string totalText
                                objectName: "day_" + day
                                checkable: true
                                checked: page.credit.dayText === day
                                text: dayText + "  " + totalText
                                font.pixelSize: Theme.deskSmall
                                onClicked: page.credit.showDay(checked ? day : "")
                            }
                        }
                    }
                    Label {
                        visible: page.credit.dayText.length > 0
                        text: qsTr("%1: %2").arg(page.credit.dayText).arg(page.credit.dayTotalText)
                        font.pixelSize: Theme.deskBody
                        font.bold: true
                    }
                    Repeater {
                        model: page.credit.dayPeople
                        TableRow {
                            required property string name
                            required property string totalText
                            figureWidth: 130
                            cells: [name, totalText]
                        }
                    }
                }

                BranchPanel {
                    objectName: "exceptionsPanel"
                    title: qsTr("Exceptions (%1 to allocate)").arg(page.credit.openCount)
                    subtitle: qsTr("Split by participation and contribution")
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    Label {
                        visible: page.credit.exceptions.count === 0
                        text: qsTr("None this month.")
                        font.pixelSize: Theme.deskBody
                        color: Theme.muted
                    }
                    Repeater {
                        model: page.credit.exceptions
                        ColumnLayout {
                            required property string exceptionId
                            required property string dayText
                            required property string customer
                            required property string amountText
                            required property string whyText
                            required property bool open
                            required property string allocationText
                            spacing: 2
                            Layout.fillWidth: true
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    text: dayText + "  " + customer + " · " + amountText + " · " + whyText
                                    font.pixelSize: Theme.deskBody
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Button {
                                    objectName: "allocate_" + exceptionId
                                    visible: open
                                    text: qsTr("Allocate")
                                    font.pixelSize: Theme.deskBody
                                    onClicked: page.credit.startAllocation(exceptionId)
                                }
                            }
                            Label {
                                visible: !open
                                text: allocationText
                                font.pixelSize: Theme.deskSmall
                                color: Theme.muted
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                    }

                }

                BranchPanel {
                    objectName: "phasesPanel"
                    title: qsTr("Phase schedule")
                    subtitle: page.credit.phaseInForceText
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    Label {
                        text: qsTr("By the date of the referral. Splits already made keep the phase they were made under.")
                        font.pixelSize: Theme.deskSmall
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    TableRow {
                        header: true
                        figureWidth: 130
                        cells: [qsTr("Phase"), qsTr("From"), qsTr("Referrer %"), ""]
                    }
                    Repeater {
                        model: draft
                        ColumnLayout {
                            required property int index
                            required property string start
                            required property string percent
                            required property string spanText
                            spacing: 0
                            Layout.fillWidth: true
                            RowLayout {
                                spacing: 10
                                Layout.fillWidth: true
                                Label {
                                    text: qsTr("Phase %1").arg(index + 1) + (index === 0 ? " · " + qsTr("roll-out") : "")
                                    font.pixelSize: Theme.deskBody
                                    Layout.fillWidth: true
                                }
                                TextField {
                                    objectName: "phaseStart_" + index
                                    text: start
                                    font.pixelSize: Theme.deskBody
                                    Layout.preferredWidth: 130
                                    onTextEdited: draft.setProperty(index, "start", text)
                                }
                                TextField {
                                    objectName: "phasePercent_" + index
                                    text: percent
                                    inputMethodHints: Qt.ImhDigitsOnly
                                    horizontalAlignment: Text.AlignRight
                                    font.pixelSize: Theme.deskBody
                                    Layout.preferredWidth: 70
                                    onTextEdited: draft.setProperty(index, "percent", text)
                                }
                                Label {
                                    text: spanText
                                    font.pixelSize: Theme.deskSmall
                                    color: Theme.muted
                                    Layout.preferredWidth: 130
                                }
                                Button {
                                    objectName: "removePhase_" + index
                                    enabled: draft.count > 1
                                    text: "✕"
                                    font.pixelSize: Theme.deskBody
                                    onClicked: draft.remove(index)
                                }
                            }
                            FieldError {
                                objectName: "error_phase_" + index
                                text: page.errors["start_" + index] || page.errors["percent_" + index] || ""
                                font.pixelSize: Theme.deskSmall
                                Layout.fillWidth: true
                            }
                        }
                    }
                    FieldError {
                        objectName: "error_phases"
                        text: page.errors.phases || ""
                        font.pixelSize: Theme.deskSmall
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        spacing: 8
                        Button {
                            objectName: "addPhase"
                            text: qsTr("Add a phase")
                            font.pixelSize: Theme.deskBody
                            onClicked: draft.append({ start: "", percent: "50", spanText: "" })
                        }
                        Button {
                            objectName: "resetPhases"
                            text: qsTr("Undo changes")
                            font.pixelSize: Theme.deskBody
                            onClicked: page.resetDraft()
                        }
                        Button {
                            objectName: "savePhases"
                            text: qsTr("Save the phases")
                            font.pixelSize: Theme.deskBody
                            onClicked: {
                                const starts = [], percents = []
                                for (let i = 0; i < draft.count; ++i) {
                                    starts.push(draft.get(i).start)
                                    percents.push(draft.get(i).percent)
                                }
                                if (page.credit.savePhases(starts, percents))
                                    page.resetDraft()
                            }
                        }
                    }
                }
            }
        }
    }

    // The allocation form, over the page: a share per person (blank: none), the total, the reason.
    Popup {
        objectName: "allocationForm"
        visible: page.credit.allocating
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 520
        padding: 16
        closePolicy: Popup.CloseOnEscape
        onClosed: if (page.credit.allocating) page.credit.cancelAllocation()
        Overlay.modal: Rectangle { color: Theme.scrim }
        background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }
        contentItem: ColumnLayout {
            id: allocation
            spacing: 4
            readonly property int total: {
                let sum = 0
                for (let i = 0; i < shares.count; ++i) {
                    const n = parseInt(shares.itemAt(i) ? shares.itemAt(i).percent : "")
                    if (!isNaN(n)) sum += n
                }
                return sum
            }
            Label {
                text: qsTr("Allocate the credit")
                font.pixelSize: Theme.deskTitle
                font.bold: true
            }
            Label {
                text: page.credit.allocatingText
                font.pixelSize: Theme.deskBody
            }
            Repeater {
                id: shares
                model: page.credit.staff
                ColumnLayout {
                    required property int staffId
                    required property string name
                    required property string roleText
                    property alias percent: share.text
                    spacing: 0
                    Layout.fillWidth: true
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: name + " · " + roleText
                            font.pixelSize: Theme.deskBody
                            Layout.fillWidth: true
                        }
                        TextField {
                            id: share
                            objectName: "share_" + staffId
                            inputMethodHints: Qt.ImhDigitsOnly
                            horizontalAlignment: Text.AlignRight
                            font.pixelSize: Theme.deskBody
                            Layout.preferredWidth: 70
                        }
                        Label { text: "%"; font.pixelSize: Theme.deskBody }
                    }
                    FieldError {
                        objectName: "error_share_" + staffId
                        text: page.errors["share_" + staffId] || ""
                        font.pixelSize: Theme.deskSmall
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                objectName: "sharesTotal"
                text: qsTr("Total: %1%").arg(allocation.total)
                font.pixelSize: Theme.deskBody
                font.bold: true
                color: allocation.total === 100 ? Theme.eligible : Theme.pending
            }
            FieldError {
                objectName: "error_shares"
                text: page.errors.shares || ""
                font.pixelSize: Theme.deskSmall
                Layout.fillWidth: true
            }
            TextField {
                id: reason
                objectName: "allocationReason"
                placeholderText: qsTr("Reason (who did what)")
                font.pixelSize: Theme.deskBody
                Layout.fillWidth: true
            }
            FieldError {
                objectName: "error_reason"
                text: page.errors.reason || ""
                font.pixelSize: Theme.deskSmall
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Button {
                    objectName: "saveAllocation"
                    text: qsTr("Allocate")
                    font.pixelSize: Theme.deskBody
                    onClicked: {
                        const ids = [], percents = []
                        for (let i = 0; i < shares.count; ++i) {
                            ids.push(shares.itemAt(i).staffId)
                            percents.push(shares.itemAt(i).percent)
                        }
                        if (page.credit.allocate(ids, percents, reason.text)) {
                            reason.clear()
                            for (let i = 0; i < shares.count; ++i) shares.itemAt(i).percent = ""
                        }
                    }
                }
                Button {
                    objectName: "cancelAllocation"
                    text: qsTr("Cancel")
                    font.pixelSize: Theme.deskBody
                    onClicked: page.credit.cancelAllocation()
                }
            }
        }
    }
}
