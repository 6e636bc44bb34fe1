// The audit log: every change (who, what, when, from which device) and every request the hub accepted
// or refused, newest first, filtered by person, device, day and kind; read-only, exported as a CSV.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    objectName: "auditPage"
    required property QtObject admin

    Rectangle { anchors.fill: parent; color: Theme.page }
    function show() {
        page.admin.showAudit(person.currentValue || 0, device.currentValue || "", day.text.trim(), kind.currentValue || "")
    }
    onVisibleChanged: if (visible) show()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 10

        Flow {
            spacing: 10
            Layout.fillWidth: true
            DeskComboBox {
                id: person
                objectName: "auditPerson"
                model: page.admin.people
                textRole: "name"
                valueRole: "id"
                font.pixelSize: Theme.deskBody
                implicitWidth: Math.round(170 * Theme.scale)
            }
            DeskComboBox {
                id: device
                objectName: "auditDevice"
                model: page.admin.deviceChoices
                textRole: "name"
                valueRole: "id"
                font.pixelSize: Theme.deskBody
                implicitWidth: Math.round(190 * Theme.scale)
            }
            DeskTextField {
                id: day
                objectName: "auditDay"
                Accessible.name: placeholderText
                placeholderText: qsTr("Day: YYYY-MM-DD (empty: every day)")
                font.pixelSize: Theme.deskBody
                implicitWidth: Math.round(280 * Theme.scale)
                onAccepted: page.show()
            }
            DeskComboBox {
                id: kind
                objectName: "auditKind"
                model: [
                    { value: "", text: qsTr("Everything") },
                    { value: "change", text: qsTr("Changes") },
                    { value: "refused", text: qsTr("Refused requests") },
                    { value: "accepted", text: qsTr("Accepted requests") }
                ]
                textRole: "text"
                valueRole: "value"
                font.pixelSize: Theme.deskBody
                implicitWidth: Math.round(190 * Theme.scale)
            }
            DeskButton {
                objectName: "auditShow"
                highlighted: true
                text: page.admin.busy ? qsTr("Asking the hub…") : qsTr("Show")
                enabled: !page.admin.busy
                font.pixelSize: Theme.deskBody
                onClicked: page.show()
            }
            DeskButton {
                objectName: "auditExport"
                text: qsTr("Export CSV")
                font.pixelSize: Theme.deskBody
                onClicked: page.admin.exportAudit()
            }
        }
        FieldError {
            objectName: "auditError"
            text: page.admin.error
            font.pixelSize: Theme.deskBody
            Layout.fillWidth: true
        }
        Label {
            objectName: "auditExportText"
            visible: text.length > 0
            text: page.admin.exportText
            font.pixelSize: Theme.deskSmall
            color: Theme.muted
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
        TableRow {
            header: true
            figureWidth: 150
            cells: [qsTr("What happened"), qsTr("When"), qsTr("Who"), qsTr("Device"), qsTr("On"), qsTr("Before → after"), qsTr("Kind")]
        }
        ListView {
            objectName: "auditList"
            model: page.admin.audit
            clip: true
            spacing: 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}
            delegate: TableRow {
                required property string at
                required property string kindText
                required property string action
                required property string who
                required property string device
                required property string what
                required property string change
                required property bool refused
                width: ListView.view.width
                figureWidth: 150
                cells: [action, at, who, device, what, change, kindText]
                alerts: [false, false, false, false, false, false, refused]
            }
        }
        Label {
            visible: page.admin.audit.count === 0 && !page.admin.busy
            text: qsTr("Nothing matches these filters")
            font.pixelSize: Theme.deskBody
            color: Theme.muted
        }
    }
}
