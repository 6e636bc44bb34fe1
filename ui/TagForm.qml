// Tagging a walk-in: purpose, how to address the customer and the ticket number (one of them, for the
// wealth manager to find them), amount (keypad), featured products, six-month flow, the two switches.
// Everything is checked in Python.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ColumnLayout {
    id: tagForm
    required property QtObject form
    readonly property Item nameField: addressField
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


    // Who: how the wealth manager finds the customer. Labels above the fields, so that no placeholder
    // has to carry the meaning (and none is cut in English); the refusal's line is reserved.
    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.gap
        rowSpacing: 6
        SectionLabel { objectName: "addressLabel"; text: qsTr("How to address the customer"); Layout.fillWidth: true }
        SectionLabel { objectName: "ticketLabel"; text: qsTr("Ticket no."); Layout.preferredWidth: 200 }
        TextField {
            id: addressField
            objectName: "addressField"
            Accessible.name: qsTr("How to address the customer")
            text: tagForm.form.addressAs
            placeholderText: qsTr("e.g. 王先生")
            font.pixelSize: Theme.body
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onTextEdited: tagForm.form.setAddressAs(text)
            background: Rectangle {
                radius: Theme.radius
                color: Theme.card
                readonly property bool wrong: tagForm.form.addressError.length > 0 || tagForm.form.nameOrTicketError.length > 0
                border.color: wrong ? Theme.error : addressField.activeFocus ? Theme.primary : Theme.line
                border.width: wrong ? 2 : 1
            }
        }
        TextField {
            id: ticketField
            objectName: "ticketField"
            Accessible.name: qsTr("Ticket no.")
            text: tagForm.form.ticket
            placeholderText: qsTr("e.g. A023")
            inputMethodHints: Qt.ImhPreferUppercase
            font.pixelSize: Theme.body
            Layout.preferredWidth: 200
            Layout.preferredHeight: Theme.touch
            onTextEdited: tagForm.form.setTicket(text)
            background: Rectangle {
                radius: Theme.radius
                color: Theme.card
                readonly property bool wrong: tagForm.form.ticketError.length > 0 || tagForm.form.nameOrTicketError.length > 0
                border.color: wrong ? Theme.error : ticketField.activeFocus ? Theme.primary : Theme.line
                border.width: wrong ? 2 : 1
            }
        }
        Label {
            id: whoError
            objectName: "whoError"
            text: tagForm.form.nameOrTicketError || tagForm.form.addressError || tagForm.form.ticketError
            color: Theme.error
            font.pixelSize: Theme.small
            wrapMode: Text.WordWrap
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.small + 6, Math.floor(whoMetrics.height))  // one line's height kept
            FontMetrics { id: whoMetrics; font: whoError.font }
        }
    }

    // The amount beside the products; one above the other where a larger text size leaves no room for both.
    GridLayout {
        Layout.fillWidth: true
        columns: tagForm.width >= 700 * Theme.scale ? 2 : 1
        columnSpacing: Theme.gap * 2
        rowSpacing: Theme.gap

        ColumnLayout {
            Layout.preferredWidth: 270 * Theme.scale
            Layout.maximumWidth: 290 * Theme.scale
            Layout.alignment: Qt.AlignTop
            spacing: 6

            SectionLabel { text: qsTr("Amount (yuan)") }
            TextField {
                id: amountField
                objectName: "amountField"
                Accessible.name: qsTr("Amount (yuan)")
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
            // The echo of the amount, or what is wrong with it: one place, its height kept, so the keypad
            // below never moves under the finger.
            Item {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.body + 10, Math.ceil(amountMetrics.height))
                FontMetrics { id: amountMetrics; font: amountDisplay.font }
                Label {
                    id: amountDisplay
                    objectName: "amountDisplay"
                    anchors.fill: parent
                    text: tagForm.form.amountDisplay
                    visible: tagForm.form.amountError.length === 0
                    color: Theme.primary
                    font.pixelSize: Theme.body
                    font.bold: true
                    verticalAlignment: Text.AlignVCenter
                }
                Label {
                    objectName: "amountError"
                    anchors.fill: parent
                    text: tagForm.form.amountError
                    visible: text.length > 0
                    color: Theme.error
                    font.pixelSize: Theme.small
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Keypad { form: tagForm.form; Layout.fillWidth: true }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Chip {
                    objectName: "clearIntent"
                    text: qsTr("Ready to buy")
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
}
