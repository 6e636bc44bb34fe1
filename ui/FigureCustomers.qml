// The customers behind a figure of the branch head's day (a summary card or a step of the funnel):
// when tagged, how addressed, ticket, who tagged them, where they are now, and their phone masked.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: sheet
    objectName: "figureCustomers"
    required property QtObject branch
    readonly property bool extraShown: branch.customersExtra !== ""
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 48 : 900, 980)
    height: Math.min(Overlay.overlay ? Overlay.overlay.height - 48 : 600, 640)
    padding: 16
    onClosed: branch.closeCustomers()
    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }
    Overlay.modal: Rectangle { color: Theme.scrim }

    component Cell: Label {
        property bool header: false
        font.pixelSize: header ? Theme.deskSmall : Theme.deskBody
        color: header ? Theme.muted : Theme.text
        elide: Text.ElideRight
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Accessible.role: Accessible.Dialog
        Accessible.name: sheet.branch.customersTitle
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "figureCustomersTitle"
                text: sheet.branch.customersTitle
                font.pixelSize: Theme.deskTitle
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
            DeskButton {
                objectName: "figureCustomersClose"
                text: qsTr("Close")
                font.pixelSize: Theme.deskBody
                Accessible.name: qsTr("Close the list")
                onClicked: sheet.close()
            }
        }
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            Cell { header: true; text: qsTr("Time"); Layout.preferredWidth: Math.round(90 * Theme.scale) }
            Cell { header: true; text: qsTr("Customer"); Layout.preferredWidth: Math.round(130 * Theme.scale) }
            Cell { header: true; text: qsTr("Ticket no."); Layout.preferredWidth: Math.round(70 * Theme.scale) }
            Cell { header: true; text: qsTr("Referrer"); Layout.preferredWidth: Math.round(90 * Theme.scale) }
            Cell { header: true; text: qsTr("Where now"); Layout.fillWidth: true; Layout.preferredWidth: Math.round(260 * Theme.scale) }
            Cell { header: true; visible: sheet.extraShown; text: sheet.branch.customersExtra; Layout.preferredWidth: Math.round(110 * Theme.scale); horizontalAlignment: Text.AlignRight; rightPadding: 16 }
            Cell { header: true; text: qsTr("Phone"); Layout.preferredWidth: Math.round(120 * Theme.scale) }
        }
        Rectangle { color: Theme.line; Layout.fillWidth: true; Layout.preferredHeight: 1 }
        Label {
            visible: list.count === 0
            text: qsTr("No customers")
            font.pixelSize: Theme.deskBody
            color: Theme.muted
        }
        ListView {
            id: list
            objectName: "figureCustomersList"
            model: sheet.branch.customers
            clip: true
            spacing: 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: sheet.branch.customersTitle
            delegate: RowLayout {
                required property int index
                required property string time
                required property string customer
                required property string ticket
                required property string referrer
                required property string stateText
                required property string extra
                required property string phone
                objectName: "behind_" + index
                width: ListView.view.width
                spacing: 10
                Accessible.role: Accessible.ListItem
                Accessible.name: [time, customer, ticket, referrer, stateText, extra, phone].filter(x => x).join(", ")
                Cell { objectName: "behindTime_" + index; text: time; Layout.preferredWidth: Math.round(90 * Theme.scale) }
                Cell { objectName: "behindCustomer_" + index; text: customer; Layout.preferredWidth: Math.round(130 * Theme.scale) }
                Cell { text: ticket; Layout.preferredWidth: Math.round(70 * Theme.scale) }
                Cell { text: referrer; Layout.preferredWidth: Math.round(90 * Theme.scale) }
                Cell { text: stateText; Layout.fillWidth: true; Layout.preferredWidth: Math.round(260 * Theme.scale) }
                Cell { visible: sheet.extraShown; text: extra; Layout.preferredWidth: Math.round(110 * Theme.scale); horizontalAlignment: Text.AlignRight; rightPadding: 16 }
                Cell { objectName: "behindPhone_" + index; text: phone || "—"; Layout.preferredWidth: Math.round(120 * Theme.scale) }
            }
        }
    }
}
