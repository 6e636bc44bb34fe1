// What became of the customer: converted (each product with its amount), not converted (why), or a
// follow-up booked (a day and a time, not in the past). A refusal names the field and keeps the input.
import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts

Popup {
    id: dialog
    required property QtObject outcome
    objectName: "outcomeDialog"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(620, (parent ? parent.width : 620) - 32)
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
            spacing: 0
            Repeater {
                model: [
                    { code: "converted", text: qsTr("Converted") },
                    { code: "not_converted", text: qsTr("Not converted") },
                    { code: "follow_up", text: qsTr("Follow-up booked") }
                ]
                Button {
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
            Layout.preferredHeight: Math.min(productColumn.implicitHeight, 300)
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
                        CheckBox {
                            objectName: "sold_" + productRow.code
                            text: productRow.name
                            checked: productRow.selected
                            font.pixelSize: Theme.deskBody
                            Layout.preferredWidth: 200
                            onClicked: dialog.outcome.toggleProduct(productRow.code)
                        }
                        TextField {
                            objectName: "soldAmount_" + productRow.code
                            text: productRow.amountText
                            placeholderText: qsTr("Amount, e.g. 5万")
                            font.pixelSize: Theme.deskBody
                            Layout.preferredWidth: 180
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

        // Not converted: a reason, picked or typed.
        Flow {
            visible: dialog.outcome.kind === "not_converted"
            spacing: 6
            Layout.fillWidth: true
            Repeater {
                model: dialog.outcome.reasonChoices
                Button {
                    required property string modelData
                    text: modelData
                    font.pixelSize: Theme.deskSmall
                    onClicked: dialog.outcome.setReason(modelData)
                }
            }
        }
        TextField {
            objectName: "outcomeReason"
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

        // Follow-up: a day and a time in branch time.
        RowLayout {
            visible: dialog.outcome.kind === "follow_up"
            spacing: 6
            Repeater {
                model: dialog.outcome.dayChoices
                Button {
                    required property string modelData
                    required property int index
                    objectName: "followUpDay_" + index
                    text: modelData
                    font.pixelSize: Theme.deskBody
                    highlighted: dialog.outcome.dayIndex === index
                    onClicked: dialog.outcome.setDay(index)
                }
            }
            TextField {
                objectName: "followUpDate"
                text: dialog.outcome.dateText
                placeholderText: "2026-12-05"
                font.pixelSize: Theme.deskBody
                Layout.preferredWidth: 120
                onTextEdited: dialog.outcome.setDate(text)
            }
            TextField {
                objectName: "followUpTime"
                text: dialog.outcome.timeText
                placeholderText: "14:30"
                font.pixelSize: Theme.deskBody
                Layout.preferredWidth: 90
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
            Button {
                text: qsTr("Cancel")
                font.pixelSize: Theme.deskBody
                onClicked: dialog.close()
            }
            Button {
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
