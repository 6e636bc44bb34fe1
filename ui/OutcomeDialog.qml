// What became of the customer: converted (each product with its amount), not converted (why), or a
// follow-up booked (a day and a time, not in the past). A refusal names the field and keeps the input.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: dialog
    required property QtObject outcome
    objectName: "outcomeDialog"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Math.round(620 * Theme.grow), (parent ? parent.width : 620) - 32)
    height: Math.min(implicitHeight, (parent ? parent.height : 700) - 32)
    padding: 16
    closePolicy: Popup.CloseOnEscape
    Overlay.modal: Rectangle { color: Theme.scrim }

    function openFor(handoffId, addressAs) {
        dialog.outcome.open(handoffId, addressAs)
        dialog.open()
    }

    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("Outcome: %1").arg(dialog.outcome.addressAs)
            font.pixelSize: Theme.deskTitle
            font.bold: true
        }
        RowLayout {
            spacing: Theme.deskGap / 2
            Repeater {
                model: [
                    { code: "converted", text: qsTr("Converted") },
                    { code: "not_converted", text: qsTr("Not converted") },
                    { code: "follow_up", text: qsTr("Follow-up booked") }
                ]
                DeskButton {
                    required property var modelData
                    objectName: "outcomeKind_" + modelData.code
                    text: modelData.text
                    font.pixelSize: Theme.deskBody
                    checkable: false
                    highlighted: dialog.outcome.kind === modelData.code
                    onClicked: dialog.outcome.setKind(modelData.code)
                }
            }
        }

        // Converted: a row per product, tick it and type the amount (as on the lobby screen: 50000 or 5万).
        ScrollView {
            visible: dialog.outcome.kind === "converted"
            clip: true
            Layout.fillWidth: true
            // The list gives way first when the window is low: it scrolls, and Save stays on the screen.
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(productColumn.implicitHeight, Math.round(300 * Theme.grow))
            Layout.minimumHeight: Math.min(productColumn.implicitHeight, 2 * Theme.deskControl)
            ColumnLayout {
                id: productColumn
                width: dialog.availableWidth - 16
                spacing: 2
                Repeater {
                    model: dialog.outcome.products
                    RowLayout {
                        id: productRow
                        required property string code
                        required property string name
                        required property bool selected
                        required property string amountText
                        required property string error
                        spacing: 8
                        Layout.fillWidth: true
                        DeskCheckBox {
                            objectName: "sold_" + productRow.code
                            text: productRow.name
                            checked: productRow.selected
                            font.pixelSize: Theme.deskBody
                            Layout.preferredWidth: Math.round(200 * Theme.scale)
                            onClicked: dialog.outcome.toggleProduct(productRow.code)
                        }
                        DeskTextField {
                            objectName: "soldAmount_" + productRow.code
                            Accessible.name: productRow.name + " · " + placeholderText
                            text: productRow.amountText
                            placeholderText: qsTr("Amount, e.g. 5万")
                            font.pixelSize: Theme.deskBody
                            Layout.preferredWidth: Math.round(180 * Theme.scale)
                            onTextEdited: dialog.outcome.setAmount(productRow.code, text)
                        }
                        FieldError {
                            objectName: "soldAmountError_" + productRow.code
                            text: productRow.error
                            font.pixelSize: Theme.deskSmall
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        Label {
            visible: dialog.outcome.kind === "converted" && text.length > 0
            text: dialog.outcome.totalText
            font.pixelSize: Theme.deskBody
            font.bold: true
        }
        FieldError {
            objectName: "salesError"
            text: dialog.outcome.kind === "converted" ? dialog.outcome.salesError : ""
            font.pixelSize: Theme.deskSmall
            Layout.fillWidth: true
        }

        // The credit before saving: its value (the products' credit percent applied) and each share by the
        // phase in force, or, when colleagues took part, that the branch head will allocate it.
        Rectangle {
            visible: dialog.outcome.kind === "converted"
            color: Theme.primaryLight
            radius: Theme.radius
            Layout.fillWidth: true
            implicitHeight: creditColumn.implicitHeight + 16
            ColumnLayout {
                id: creditColumn
                anchors.fill: parent
                anchors.margins: 8
                spacing: 4
                RowLayout {
                    visible: dialog.outcome.creditText.length > 0
                    spacing: 8
                    Layout.fillWidth: true
                    Label {
                        objectName: "outcomeCredit"
                        text: dialog.outcome.creditText
                        font.pixelSize: Theme.deskBody
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        objectName: "outcomeCreditHint"
                        visible: text.length > 0
                        text: dialog.outcome.creditHint
                        font.pixelSize: Theme.deskSmall
                        color: Theme.muted
                        Layout.fillWidth: true
                    }
                }
                Label {
                    objectName: "outcomeShares"
                    visible: text.length > 0
                    text: dialog.outcome.shareText
                    font.pixelSize: Theme.deskBody
                    color: dialog.outcome.shared ? Theme.pending : Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: dialog.outcome.creditText.length === 0
                    text: qsTr("The credit and each person's share show here as you enter the amounts")
                    font.pixelSize: Theme.deskSmall
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    DeskButton {
                        objectName: "tookPartButton"
                        text: qsTr("Other colleagues took part…")
                        font.pixelSize: Theme.deskSmall
                        onClicked: colleaguePicker.open()
                    }
                    Label {
                        objectName: "outcomeTookPart"
                        text: dialog.outcome.tookPartText
                        font.pixelSize: Theme.deskSmall
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                FieldError {
                    objectName: "sharedError"
                    text: dialog.outcome.sharedError
                    font.pixelSize: Theme.deskSmall
                    Layout.fillWidth: true
                }
            }
        }

        // Colleagues who took part besides the referrer and you: the credit then goes to the branch head.
        Popup {
            id: colleaguePicker
            objectName: "colleaguePicker"
            modal: true
            anchors.centerIn: Overlay.overlay
            width: Math.min(Math.round(420 * Theme.grow), dialog.width - 32)
            height: Math.min(implicitHeight, dialog.height - 32)
            padding: 16
            closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
            Overlay.modal: Rectangle { color: Theme.scrim }
            background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }
            contentItem: ColumnLayout {
                spacing: 6
                Label {
                    text: qsTr("Who else took part?")
                    font.pixelSize: Theme.deskTitle
                    font.bold: true
                }
                Label {
                    text: qsTr("Besides the referrer and you. The branch head then allocates the credit by participation.")
                    font.pixelSize: Theme.deskSmall
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                ScrollView {
                    id: pickScroll
                    clip: true
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: pickColumn.implicitHeight
                    contentWidth: availableWidth
                    ColumnLayout {
                        id: pickColumn
                        width: pickScroll.availableWidth
                        spacing: 0
                        Repeater {
                            model: dialog.outcome.colleagues
                            DeskCheckBox {
                                required property int staffId
                                required property string name
                                required property string roleText
                                required property bool picked
                                objectName: "tookPart_" + staffId
                                text: name + " · " + roleText
                                checked: picked
                                font.pixelSize: Theme.deskBody
                                Layout.fillWidth: true
                                onClicked: dialog.outcome.toggleColleague(staffId)
                            }
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.deskGap
                    Item { Layout.fillWidth: true }  // as in every dialog: the main button on the right
                    DeskButton {
                        objectName: "tookPartNone"
                        text: qsTr("Nobody else")
                        font.pixelSize: Theme.deskBody
                        onClicked: {
                            dialog.outcome.clearColleagues()
                            colleaguePicker.close()
                        }
                    }
                    DeskButton {
                        objectName: "tookPartDone"
                        text: qsTr("Done")
                        highlighted: true
                        font.pixelSize: Theme.deskBody
                        onClicked: colleaguePicker.close()
                    }
                }
            }
        }

        // Not converted: a reason, picked or typed.
        Flow {
            visible: dialog.outcome.kind === "not_converted"
            spacing: 6
            Layout.fillWidth: true
            Repeater {
                model: dialog.outcome.reasonChoices
                DeskButton {
                    required property string modelData
                    text: modelData
                    font.pixelSize: Theme.deskSmall
                    onClicked: dialog.outcome.setReason(modelData)
                }
            }
        }
        DeskTextField {
            objectName: "outcomeReason"
            Accessible.name: placeholderText
            visible: dialog.outcome.kind === "not_converted"
            text: dialog.outcome.reason
            placeholderText: qsTr("Why not")
            maximumLength: 200
            font.pixelSize: Theme.deskBody
            Layout.fillWidth: true
            onTextEdited: dialog.outcome.setReason(text)
        }
        FieldError {
            objectName: "reasonError"
            text: dialog.outcome.kind === "not_converted" ? dialog.outcome.reasonError : ""
            font.pixelSize: Theme.deskSmall
            Layout.fillWidth: true
        }

        // Follow-up: a day and a time in branch time (on a second line when the text is large).
        Flow {
            visible: dialog.outcome.kind === "follow_up"
            spacing: 6
            Layout.fillWidth: true
            Repeater {
                model: dialog.outcome.dayChoices
                DeskButton {
                    required property string modelData
                    required property int index
                    objectName: "followUpDay_" + index
                    text: modelData
                    font.pixelSize: Theme.deskBody
                    highlighted: dialog.outcome.dayIndex === index
                    onClicked: dialog.outcome.setDay(index)
                }
            }
            DeskTextField {
                objectName: "followUpDate"
                Accessible.name: qsTr("Follow-up date (YYYY-MM-DD)")
                text: dialog.outcome.dateText
                placeholderText: "2026-12-05"
                font.pixelSize: Theme.deskBody
                width: Math.round(120 * Theme.scale)
                onTextEdited: dialog.outcome.setDate(text)
            }
            DeskTextField {
                objectName: "followUpTime"
                Accessible.name: qsTr("Follow-up time (hh:mm)")
                text: dialog.outcome.timeText
                placeholderText: "14:30"
                font.pixelSize: Theme.deskBody
                width: Math.round(90 * Theme.scale)
                onTextEdited: dialog.outcome.setTime(text)
            }
        }
        FieldError {
            objectName: "followUpError"
            text: dialog.outcome.kind === "follow_up" ? dialog.outcome.followUpError : ""
            font.pixelSize: Theme.deskSmall
            Layout.fillWidth: true
        }
        FieldError {
            text: dialog.outcome.error
            font.pixelSize: Theme.deskSmall
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            DeskButton {
                text: qsTr("Cancel")
                font.pixelSize: Theme.deskBody
                onClicked: dialog.close()
            }
            DeskButton {
                objectName: "outcomeSave"
                text: qsTr("Save outcome")
                font.pixelSize: Theme.deskBody
                highlighted: true
                onClicked: {
                    if (dialog.outcome.submit())
                        dialog.close()
                }
            }
        }
    }
}
