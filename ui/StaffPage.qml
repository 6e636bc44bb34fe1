// The branch's staff for its head: add a colleague with a one-time PIN (they choose their own at the
// first sign-in), change a role, give a new PIN to someone who forgot theirs, deactivate someone who left.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    objectName: "staffPage"
    required property QtObject staff
    readonly property var errors: staff.errors
    property int chosenId: 0  // the colleague a dialog is about
    property string chosenName: ""

    Rectangle { anchors.fill: parent; color: Theme.page }
    onVisibleChanged: if (visible) staff.refresh()

    ScrollView {
        id: scroll
        clip: true  // what scrolls past the page's edge stays under the status bar, not drawn over it
        anchors.fill: parent
        anchors.margins: 12
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            Label {
                text: qsTr("Add a colleague")
                font.pixelSize: Theme.deskTitle
                font.bold: true
                color: Theme.text
            }
            GridLayout {
                columns: page.width < 1200 * Theme.scale ? 3 : 6
                columnSpacing: 10
                rowSpacing: 4
                Layout.fillWidth: true
                DeskTextField { id: newNo; objectName: "newStaffNo"; Accessible.name: placeholderText; placeholderText: qsTr("Staff number"); font.pixelSize: Theme.deskBody; Layout.fillWidth: true }
                DeskTextField { id: newName; objectName: "newStaffName"; Accessible.name: placeholderText; placeholderText: qsTr("Name"); font.pixelSize: Theme.deskBody; Layout.fillWidth: true }
                DeskComboBox {
                    id: newRole
                    objectName: "newStaffRole"
                    model: page.staff.roles
                    textRole: "text"
                    valueRole: "value"
                    currentIndex: 1
                    font.pixelSize: Theme.deskBody
                    Layout.fillWidth: true
                }
                DeskTextField {
                    id: newPin
                    objectName: "newStaffPin"
                    placeholderText: qsTr("One-time PIN")
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhDigitsOnly
                    font.pixelSize: Theme.deskBody
                    Layout.fillWidth: true
                }
                DeskTextField {
                    id: newPinAgain
                    objectName: "newStaffPinAgain"
                    placeholderText: qsTr("One-time PIN again")
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhDigitsOnly
                    font.pixelSize: Theme.deskBody
                    Layout.fillWidth: true
                }
                DeskButton {
                    objectName: "addStaff"
                    highlighted: true
                    text: qsTr("Add")
                    font.pixelSize: Theme.deskBody
                    Layout.fillWidth: true
                    onClicked: {
                        page.staff.add(newNo.text, newName.text, newRole.currentValue, newPin.text, newPinAgain.text)
                        newPin.text = ""
                        newPinAgain.text = ""
                        if (page.staff.doneText.length > 0) {
                            newNo.text = ""
                            newName.text = ""
                        }
                    }
                }
            }
            FieldError {
                objectName: "staffError"
                text: page.errors.staff_no || page.errors.name || page.errors.role || page.errors.pin || page.errors.place || page.errors.general || ""
                font.pixelSize: Theme.deskBody
                Layout.fillWidth: true
            }
            Label {
                objectName: "staffDone"
                visible: text.length > 0
                text: page.staff.doneText
                font.pixelSize: Theme.deskBody
                color: Theme.eligible
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            Label {
                text: qsTr("The branch's staff")
                font.pixelSize: Theme.deskTitle
                font.bold: true
                color: Theme.text
                Layout.topMargin: 8
            }
            Repeater {
                model: page.staff.people
                delegate: RowLayout {
                    id: person
                    required property int id
                    required property string staffNo
                    required property string name
                    required property string role
                    required property bool active
                    required property string stateText
                    required property bool me
                    required property string place
                    readonly property bool receives: active && role === "wealth_manager"
                    objectName: "staff_" + staffNo
                    spacing: 10
                    Layout.fillWidth: true
                    Label { text: person.staffNo; font.pixelSize: Theme.deskBody; color: person.active ? Theme.text : Theme.muted; Layout.preferredWidth: Math.round(90 * Theme.scale) }
                    Label {
                        text: person.name + (person.me ? "  · " + qsTr("this is you") : "")
                        font.pixelSize: Theme.deskBody
                        color: person.active ? Theme.text : Theme.muted
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    DeskComboBox {
                        objectName: "staffRole_" + person.staffNo
                        model: page.staff.roles
                        textRole: "text"
                        valueRole: "value"
                        enabled: person.active
                        font.pixelSize: Theme.deskBody
                        Layout.preferredWidth: Math.round(170 * Theme.scale)
                        Component.onCompleted: currentIndex = indexOfValue(person.role)
                        onActivated: if (currentValue !== person.role) page.staff.setRole(person.id, currentValue)
                        Connections {
                            target: person
                            function onRoleChanged() { parent.currentIndex = parent.indexOfValue(person.role) }
                        }
                    }
                    // Where a wealth manager receives customers: the lobby tells the customer once they accept.
                    DeskTextField {
                        objectName: "staffPlace_" + person.staffNo
                        visible: person.receives
                        text: person.place
                        placeholderText: qsTr("Desk or room")
                        Accessible.name: qsTr("Where %1 receives customers").arg(person.name)
                        font.pixelSize: Theme.deskBody
                        Layout.preferredWidth: Math.round(150 * Theme.scale)
                        onEditingFinished: if (text.trim() !== person.place) page.staff.setPlace(person.id, text)
                    }
                    Item { visible: !person.receives; Layout.preferredWidth: Math.round(150 * Theme.scale) }
                    Label {
                        text: person.stateText
                        font.pixelSize: Theme.deskBody
                        color: person.active ? Theme.urgent : Theme.muted
                        Layout.preferredWidth: Math.round(170 * Theme.scale)
                    }
                    DeskButton {
                        objectName: "resetPin_" + person.staffNo
                        enabled: person.active
                        text: qsTr("New PIN")
                        font.pixelSize: Theme.deskSmall
                        onClicked: {
                            page.chosenId = person.id
                            page.chosenName = person.name
                            resetDialog.open()
                        }
                    }
                    DeskButton {
                        objectName: "deactivate_" + person.staffNo
                        enabled: person.active && !person.me
                        text: qsTr("Deactivate")
                        font.pixelSize: Theme.deskSmall
                        kind: "danger"
                        onClicked: {
                            page.chosenId = person.id
                            page.chosenName = person.name
                            deactivateDialog.open()
                        }
                    }
                }
            }
        }
    }

    Popup {
        id: resetDialog
        objectName: "resetPinDialog"
        modal: true
        focus: true
        anchors.centerIn: Overlay.overlay
        width: Math.round(480 * Theme.grow)
        padding: 16
        closePolicy: Popup.CloseOnEscape
        Overlay.modal: Rectangle { color: Theme.scrim }
        background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }
        onOpened: { resetPin.text = ""; resetPinAgain.text = ""; resetPin.forceActiveFocus() }
        contentItem: ColumnLayout {
            spacing: 8
            Label { text: qsTr("A new PIN for %1").arg(page.chosenName); font.pixelSize: Theme.deskTitle; font.bold: true; color: Theme.text }
            Label {
                text: qsTr("Check who is asking. Their old PIN stops working and their sign-ins end on every device; they choose their own PIN with this one.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.deskSmall
                color: Theme.muted
                Layout.fillWidth: true
            }
            DeskTextField { id: resetPin; objectName: "resetPinField"; placeholderText: qsTr("One-time PIN"); echoMode: TextInput.Password; inputMethodHints: Qt.ImhDigitsOnly; font.pixelSize: Theme.deskBody; Layout.fillWidth: true }
            DeskTextField { id: resetPinAgain; objectName: "resetPinAgain"; placeholderText: qsTr("One-time PIN again"); echoMode: TextInput.Password; inputMethodHints: Qt.ImhDigitsOnly; font.pixelSize: Theme.deskBody; Layout.fillWidth: true }
            FieldError { objectName: "resetPinError"; text: page.errors.reset_pin || ""; font.pixelSize: Theme.deskBody; Layout.fillWidth: true }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }  // the main button on the right, Back on its left
                DeskButton { text: qsTr("Back"); font.pixelSize: Theme.deskBody; onClicked: resetDialog.close() }
                DeskButton {
                    objectName: "resetPinSave"
                    highlighted: true
                    text: qsTr("Give this PIN")
                    font.pixelSize: Theme.deskBody
                    onClicked: {
                        page.staff.resetPin(page.chosenId, resetPin.text, resetPinAgain.text)
                        resetPin.text = ""
                        resetPinAgain.text = ""
                        if (!page.errors.reset_pin)
                            resetDialog.close()
                    }
                }
            }
        }
    }

    Popup {
        id: deactivateDialog
        objectName: "deactivateDialog"
        modal: true
        focus: true
        anchors.centerIn: Overlay.overlay
        width: Math.round(480 * Theme.grow)
        padding: 16
        closePolicy: Popup.CloseOnEscape
        Overlay.modal: Rectangle { color: Theme.scrim }
        background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }
        contentItem: ColumnLayout {
            spacing: 8
            Label { text: qsTr("Deactivate %1?").arg(page.chosenName); font.pixelSize: Theme.deskTitle; font.bold: true; color: Theme.text }
            Label {
                text: qsTr("They can no longer sign in on any device. A customer they hold goes back to the queue, to the next free colleague. Their history and credit stay.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.deskBody
                color: Theme.text
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }  // the main button on the right, Back on its left
                DeskButton { text: qsTr("Back"); font.pixelSize: Theme.deskBody; onClicked: deactivateDialog.close() }
                DeskButton {
                    objectName: "deactivateConfirm"
                    highlighted: true  // filled red: the button that deactivates
                    text: qsTr("Deactivate")
                    font.pixelSize: Theme.deskBody
                    kind: "danger"
                    onClicked: {
                        deactivateDialog.close()
                        page.staff.deactivate(page.chosenId)
                    }
                }
            }
        }
    }
}
