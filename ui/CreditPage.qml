// The branch head's referral credit on a desk PC: a month's ledger with the team's total first (the
// article warns against staff fixating on their own split), each person, each day; the exceptions the
// rule could not split, allocated with a reason; month close; the phase schedule.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    objectName: "creditPage"
    required property QtObject credit
    readonly property bool narrow: width < 1200 * Theme.scale  // the text grows: two columns need more room
    readonly property var errors: credit.errors
    property string agreedOn: ""  // the day the team agreed to the schedule being edited (YYYY-MM-DD)

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
        clip: true  // what scrolls past the page's edge stays under the status bar, not drawn over it
        anchors.fill: parent
        anchors.margins: 12
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                DeskButton {
                    objectName: "previousMonth"
                    Accessible.name: qsTr("Previous month")
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
                DeskButton {
                    objectName: "nextMonth"
                    Accessible.name: qsTr("Next month")
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
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                DeskButton {
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
                            DeskButton {
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
                                    text: dayText + "  " + customer + " · " + amountText
                                    font.pixelSize: Theme.deskBody
                                    wrapMode: Text.WordWrap
                                    Layout.fillWidth: true
                                }
                                DeskButton {
                                    objectName: "allocate_" + exceptionId
                                    highlighted: true
                                    visible: open
                                    text: qsTr("Allocate")
                                    font.pixelSize: Theme.deskBody
                                    onClicked: page.credit.startAllocation(exceptionId)
                                }
                            }
                            // Why the rule could not split it: the colleagues named, or who disputed and why.
                            Label {
                                objectName: "why_" + exceptionId
                                text: whyText
                                font.pixelSize: Theme.deskSmall
                                color: open ? Theme.pending : Theme.muted
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
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
                                DeskTextField {
                                    objectName: "phaseStart_" + index
                                    Accessible.name: qsTr("Phase %1").arg(index + 1) + " · " + qsTr("From")
                                    text: start
                                    font.pixelSize: Theme.deskBody
                                    Layout.preferredWidth: Math.round(130 * Theme.scale)
                                    onTextEdited: draft.setProperty(index, "start", text)
                                }
                                DeskTextField {
                                    objectName: "phasePercent_" + index
                                    Accessible.name: qsTr("Phase %1").arg(index + 1) + " · " + qsTr("Referrer %")
                                    text: percent
                                    inputMethodHints: Qt.ImhDigitsOnly
                                    horizontalAlignment: Text.AlignRight
                                    font.pixelSize: Theme.deskBody
                                    Layout.preferredWidth: Math.round(70 * Theme.scale)
                                    onTextEdited: draft.setProperty(index, "percent", text)
                                }
                                Label {
                                    text: spanText
                                    font.pixelSize: Theme.deskSmall
                                    color: Theme.muted
                                    wrapMode: Text.WordWrap
                                    Layout.preferredWidth: Math.round(130 * Theme.scale)
                                }
                                DeskButton {
                                    objectName: "removePhase_" + index
                                    Accessible.name: qsTr("Remove phase %1").arg(index + 1)
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
                    // The team's agreement (the article: 全员协商): the meeting's day, required, and a note.
                    RowLayout {
                        spacing: 8
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Agreed by the team on")
                            font.pixelSize: Theme.deskBody
                        }
                        DeskButton {
                            objectName: "agreedOn"
                            text: page.agreedOn.length > 0 ? page.agreedOn : qsTr("Pick the day…")
                            font.pixelSize: Theme.deskBody
                            onClicked: agreedCalendar.open()
                            DayPicker {
                                id: agreedCalendar
                                objectName: "agreedOnPicker"
                                y: parent.height
                                day: page.agreedOn.length > 0 ? page.agreedOn : page.credit.todayText
                                today: page.credit.todayText
                                onPicked: iso => page.agreedOn = iso
                            }
                        }
                        Label {
                            text: qsTr("Note")
                            font.pixelSize: Theme.deskBody
                        }
                        DeskTextField {
                            id: agreementNote
                            objectName: "agreementNote"
                            Accessible.name: placeholderText
                            placeholderText: qsTr("Note of the meeting (optional)")
                            maximumLength: 500
                            font.pixelSize: Theme.deskBody
                            Layout.fillWidth: true
                        }
                    }
                    FieldError {
                        objectName: "error_agreed_on"
                        text: page.errors.agreed_on || ""
                        font.pixelSize: Theme.deskSmall
                        Layout.fillWidth: true
                    }
                    FieldError {
                        objectName: "error_agreement_note"
                        text: page.errors.agreement_note || ""
                        font.pixelSize: Theme.deskSmall
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        spacing: 8
                        DeskButton {
                            objectName: "addPhase"
                            text: qsTr("Add a phase")
                            font.pixelSize: Theme.deskBody
                            onClicked: draft.append({ start: "", percent: "50", spanText: "" })
                        }
                        DeskButton {
                            objectName: "resetPhases"
                            text: qsTr("Undo changes")
                            font.pixelSize: Theme.deskBody
                            onClicked: page.resetDraft()
                        }
                        DeskButton {
                            objectName: "savePhases"
                            highlighted: true
                            text: qsTr("Save the phases")
                            font.pixelSize: Theme.deskBody
                            onClicked: {
                                const starts = [], percents = []
                                for (let i = 0; i < draft.count; ++i) {
                                    starts.push(draft.get(i).start)
                                    percents.push(draft.get(i).percent)
                                }
                                if (page.credit.savePhases(starts, percents, page.agreedOn, agreementNote.text)) {
                                    page.resetDraft()
                                    page.agreedOn = ""
                                    agreementNote.clear()
                                }
                            }
                        }
                    }
                    SectionLabel {
                        text: qsTr("History")
                        Layout.topMargin: 6
                    }
                    Repeater {
                        model: page.credit.scheduleHistory
                        ColumnLayout {
                            required property int version
                            required property string title
                            required property string agreedText
                            required property string note
                            required property string byText
                            required property string phasesText
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                objectName: "scheduleVersion_" + version
                                text: title + " · " + agreedText
                                font.pixelSize: Theme.deskBody
                                font.bold: true
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "scheduleNote_" + version
                                visible: note.length > 0
                                text: note
                                font.pixelSize: Theme.deskSmall
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: phasesText + " · " + byText
                                font.pixelSize: Theme.deskSmall
                                color: Theme.muted
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
        }
    }

    // The allocation form, over the page: the people of the case first (referrer, seller, colleagues
    // named), a share each with the yuan it comes to, the total, the reason; allocate only at 100%.
    Popup {
        id: allocationForm
        objectName: "allocationForm"
        visible: page.credit.allocating
        modal: true
        parent: Overlay.overlay  // as high as the window allows, not the page under the tabs: the shares unscrolled
        anchors.centerIn: Overlay.overlay
        width: Math.min(Math.round(600 * Theme.grow), (parent ? parent.width : page.width) - 32)
        height: Math.min(implicitHeight, (parent ? parent.height : page.height) - 32)
        padding: 16
        closePolicy: Popup.CloseOnEscape
        property bool showOthers: false
        onClosed: {
            showOthers = false
            if (page.credit.allocating) page.credit.cancelAllocation()
        }
        Overlay.modal: Rectangle { color: Theme.scrim }
        background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }
        contentItem: ColumnLayout {
            spacing: 4
            Label {
                text: qsTr("Allocate the credit")
                font.pixelSize: Theme.deskTitle
                font.bold: true
            }
            Label {
                text: page.credit.allocatingText
                font.pixelSize: Theme.deskBody
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "allocatingWhy"
                text: page.credit.allocatingWhy
                font.pixelSize: Theme.deskSmall
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextMetrics {
                id: widestShare
                font.pixelSize: Theme.deskBody
                text: page.credit.widestShareText
            }
            ScrollView {
                id: shareScroll
                clip: true
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Math.min(shareColumn.implicitHeight, 120)
                Layout.preferredHeight: shareColumn.implicitHeight
                contentWidth: availableWidth
                ColumnLayout {
                    id: shareColumn
                    width: shareScroll.availableWidth
                    spacing: 2
                    Repeater {
                        model: page.credit.shares
                        ColumnLayout {
                            id: shareRow
                            required property int index
                            required property int staffId
                            required property string name
                            required property string roleText
                            required property string partText
                            required property bool involved
                            required property string percentText
                            required property string yuanText
                            visible: involved || allocationForm.showOthers || percentText.length > 0
                            spacing: 0
                            Layout.fillWidth: true
                            RowLayout {
                                spacing: 8
                                Layout.fillWidth: true
                                Label {
                                    text: shareRow.name + " · " + (shareRow.partText.length > 0 ? shareRow.partText : shareRow.roleText)
                                    font.pixelSize: Theme.deskBody
                                    font.bold: shareRow.involved
                                    wrapMode: Text.WordWrap
                                    Layout.fillWidth: true
                                }
                                DeskTextField {
                                    objectName: "share_" + shareRow.staffId
                                    Accessible.name: shareRow.name + " · %"
                                    text: shareRow.percentText
                                    inputMethodHints: Qt.ImhDigitsOnly
                                    horizontalAlignment: Text.AlignRight
                                    font.pixelSize: Theme.deskBody
                                    Layout.preferredWidth: Math.round(70 * Theme.scale)
                                    onTextChanged: page.credit.setShare(shareRow.staffId, text)
                                }
                                Label { text: "%"; font.pixelSize: Theme.deskBody }
                                Label {
                                    objectName: "shareYuan_" + shareRow.staffId
                                    text: shareRow.yuanText
                                    font.pixelSize: Theme.deskBody
                                    horizontalAlignment: Text.AlignRight
                                    // one width for every row, room for the longest amount, right beside the percent it comes from
                                    Layout.preferredWidth: Math.max(Math.round(120 * Theme.scale), Math.ceil(widestShare.advanceWidth))
                                }
                            }
                            FieldError {
                                objectName: "error_share_" + shareRow.staffId
                                text: page.errors["share_" + shareRow.staffId] || ""
                                font.pixelSize: Theme.deskSmall
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
            DeskButton {
                objectName: "showOtherColleagues"
                visible: !allocationForm.showOthers
                text: qsTr("Someone else too…")
                kind: "quiet"
                font.pixelSize: Theme.deskSmall
                onClicked: allocationForm.showOthers = true
            }
            Label {
                objectName: "sharesTotal"
                text: qsTr("Total: %1%").arg(page.credit.sharesTotal)
                font.pixelSize: Theme.deskBody
                font.bold: true
                color: page.credit.canAllocate ? Theme.eligible : Theme.pending
            }
            FieldError {
                objectName: "error_shares"
                text: page.errors.shares || page.errors.general || ""
                font.pixelSize: Theme.deskSmall
                Layout.fillWidth: true
            }
            // The label above the field: still there once the reason is typed.
            Label {
                id: reasonLabel
                text: qsTr("Reason (who did what)")
                font.pixelSize: Theme.deskSmall
                font.bold: true
                color: Theme.muted
                Layout.topMargin: Theme.deskGap
            }
            DeskTextField {
                id: reason
                objectName: "allocationReason"
                Accessible.name: reasonLabel.text
                error: (page.errors.reason || "").length > 0
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
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                DeskButton {
                    objectName: "cancelAllocation"
                    text: qsTr("Cancel")
                    font.pixelSize: Theme.deskBody
                    onClicked: page.credit.cancelAllocation()
                }
                DeskButton {
                    objectName: "saveAllocation"
                    text: qsTr("Allocate")
                    enabled: page.credit.canAllocate
                    highlighted: true
                    font.pixelSize: Theme.deskBody
                    onClicked: if (page.credit.allocateShares(reason.text)) reason.clear()
                }
            }
        }
    }
}
