// Tagging a walk-in: purpose, amount (keypad), featured products, six-month flow, the two switches,
// and optionally the ticket number and how to address the customer. Everything is checked in Python.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ColumnLayout {
    id: tagForm
    required property QtObject form
    spacing: Theme.gap

    SectionLabel { text: qsTr("What did the customer come for?") }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: tagForm.form.purposes
            delegate: Chip {
                required property var modelData
                objectName: "purpose_" + modelData.code
                text: modelData.name
                checked: tagForm.form.purpose === modelData.code
                onClicked: tagForm.form.setPurpose(modelData.code)
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap * 2

        ColumnLayout {
            Layout.preferredWidth: 270
            Layout.maximumWidth: 290
            Layout.alignment: Qt.AlignTop
            spacing: 6

            SectionLabel { text: qsTr("Amount (yuan)") }
            TextField {
                id: amountField
                objectName: "amountField"
                text: tagForm.form.amountText
                placeholderText: qsTr("e.g. 50000 or 5万")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                font.pixelSize: Theme.title + 4
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                onTextEdited: tagForm.form.setAmountText(text)
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.card
                    border.color: tagForm.form.amountError ? Theme.error : amountField.activeFocus ? Theme.primary : Theme.line
                    border.width: tagForm.form.amountError ? 2 : 1
                }
            }
            Label {
                objectName: "amountDisplay"
                text: tagForm.form.amountDisplay
                visible: text.length > 0
                color: Theme.primary
                font.pixelSize: Theme.body
                font.bold: true
            }
            FieldError { objectName: "amountError"; text: tagForm.form.amountError; Layout.fillWidth: true }
            Keypad { form: tagForm.form; Layout.fillWidth: true }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Chip {
                    objectName: "clearIntent"
                    text: qsTr("Clear intent to buy")
                    accent: Theme.urgent
                    checked: tagForm.form.clearIntent
                    onClicked: tagForm.form.setClearIntent(!tagForm.form.clearIntent)
                }
                Chip {
                    objectName: "inHurry"
                    text: qsTr("In a hurry")
                    accent: Theme.lobby
                    checked: tagForm.form.inHurry
                    onClicked: tagForm.form.setInHurry(!tagForm.form.inHurry)
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 8

            SectionLabel { text: qsTr("Featured products the customer asked about") }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: tagForm.form.featuredProducts
                    delegate: Chip {
                        required property var modelData
                        objectName: "product_" + modelData.code
                        text: modelData.name
                        checked: modelData.selected
                        onClicked: tagForm.form.toggleProduct(modelData.code)
                    }
                }
            }
            SectionLabel { text: qsTr("Other products") }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: tagForm.form.otherProducts
                    delegate: Chip {
                        required property var modelData
                        objectName: "product_" + modelData.code
                        text: modelData.name
                        checked: modelData.selected
                        accent: Theme.lobby
                        font.pixelSize: Theme.small + 1
                        onClicked: tagForm.form.toggleProduct(modelData.code)
                    }
                }
            }
            SectionLabel { text: qsTr("Flow over the last six months") }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: tagForm.form.flowBands
                    delegate: Chip {
                        required property string modelData
                        required property int index
                        objectName: "flowBand_" + index
                        text: modelData
                        checked: tagForm.form.flowBand === index
                        onClicked: tagForm.form.setFlowBand(index)
                    }
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        ColumnLayout {
            Layout.fillWidth: true
            TextField {
                objectName: "addressField"
                text: tagForm.form.addressAs
                placeholderText: qsTr("How to address the customer (e.g. 王先生)")
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                onTextEdited: tagForm.form.setAddressAs(text)
            }
            FieldError { text: tagForm.form.addressError; Layout.fillWidth: true }
        }
        ColumnLayout {
            Layout.preferredWidth: 200
            TextField {
                objectName: "ticketField"
                text: tagForm.form.ticket
                placeholderText: qsTr("Ticket no. (optional)")
                inputMethodHints: Qt.ImhPreferUppercase
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                onTextEdited: tagForm.form.setTicket(text)
            }
            FieldError { text: tagForm.form.ticketError; Layout.fillWidth: true }
        }
    }
}
