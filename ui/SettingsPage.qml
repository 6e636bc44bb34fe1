// The branch head's settings, away from the day's figures: how long an offer rings, how far coaching
// looks back, how long the details of customers who did not buy are kept; "purge now" behind a
// confirmation that first says how many customers it will clear; the last purge and backup.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    objectName: "settingsPage"
    required property QtObject settings

    Rectangle { anchors.fill: parent; color: Theme.page }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: 12
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth, 820)
            spacing: 10

            BranchPanel {
                objectName: "settingsPanel"
                title: qsTr("Settings")
                Layout.fillWidth: true
                Repeater {
                    model: [
                        { key: "response_time_s", label: qsTr("An offer rings for"), unit: qsTr("seconds"), value: page.settings.responseTime },
                        { key: "coaching_days", label: qsTr("Coaching looks back"), unit: qsTr("days"), value: page.settings.coachingDays },
                        { key: "retention_days", label: qsTr("Keep the details of customers who did not buy for"), unit: qsTr("days"), value: page.settings.retentionDays }
                    ]
                    ColumnLayout {
                        required property var modelData
                        spacing: 2
                        Layout.fillWidth: true
                        RowLayout {
                            spacing: 8
                            Layout.fillWidth: true
                            Label {
                                id: label
                                text: modelData.label
                                font.pixelSize: Theme.deskBody
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                            DeskTextField {
                                id: field
                                objectName: "setting_" + modelData.key
                                text: String(modelData.value)
                                inputMethodHints: Qt.ImhDigitsOnly
                                horizontalAlignment: Text.AlignRight
                                font.pixelSize: Theme.deskBody
                                Layout.preferredWidth: Math.round(80 * Theme.scale)
                                Accessible.name: modelData.label + " (" + modelData.unit + ")"
                                onAccepted: page.settings.save(modelData.key, text)
                            }
                            Label { text: modelData.unit; font.pixelSize: Theme.deskBody; color: Theme.muted }
                            DeskButton {
                                objectName: "save_" + modelData.key
                                text: qsTr("Save")
                                font.pixelSize: Theme.deskBody
                                enabled: field.text !== String(modelData.value)
                                Accessible.name: qsTr("Save: %1").arg(modelData.label)
                                onClicked: page.settings.save(modelData.key, field.text)
                            }
                        }
                        FieldError {
                            objectName: "error_" + modelData.key
                            text: page.settings.errors[modelData.key] || ""
                            font.pixelSize: Theme.deskSmall
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            BranchPanel {
                objectName: "privacyPanel"
                title: qsTr("Customers' personal details")
                Layout.fillWidth: true
                Label {
                    text: qsTr("Every night the details of customers who did not buy are cleared once the period above has passed. Purge now clears them at once; their figures stay.")
                    font.pixelSize: Theme.deskBody
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    DeskButton {
                        objectName: "purgeNow"
                        kind: "danger"
                        text: qsTr("Purge now…")
                        font.pixelSize: Theme.deskBody
                        Accessible.name: qsTr("Purge now: asks first")
                        onClicked: {
                            page.settings.askPurge()
                            confirm.open()
                        }
                    }
                    Label {
                        objectName: "purgeText"
                        text: page.settings.purgeText
                        font.pixelSize: Theme.deskBody
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                Label {
                    objectName: "lastPurgeText"
                    text: page.settings.lastPurgeText
                    font.pixelSize: Theme.deskBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "backupText"
                    text: (page.settings.backupWarning ? "⚠ " : "") + page.settings.backupText
                    font.pixelSize: Theme.deskBody
                    font.bold: page.settings.backupWarning
                    color: page.settings.backupWarning ? Theme.urgent : Theme.muted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    // Count first, then confirm: an irreversible step says what it will do, and Cancel is the default.
    Popup {
        id: confirm
        objectName: "purgeConfirm"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(Overlay.overlay ? Overlay.overlay.width - 48 : 560, 560)
        padding: 20
        onClosed: if (page.settings.purgeDue >= 0) page.settings.cancelPurge()
        background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }
        Overlay.modal: Rectangle { color: Theme.scrim }
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 16
            Accessible.role: Accessible.Dialog
            Accessible.name: qsTr("Purge now")
            Label {
                text: qsTr("Purge now")
                font.pixelSize: Theme.deskTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                objectName: "purgeQuestion"
                text: page.settings.purgeQuestion
                font.pixelSize: Theme.deskBody
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                DeskButton {
                    objectName: "purgeCancel"
                    text: page.settings.purgeDue > 0 ? qsTr("Cancel") : qsTr("Close")
                    font.pixelSize: Theme.deskBody
                    focus: true
                    Accessible.name: text
                    onClicked: {
                        page.settings.cancelPurge()
                        confirm.close()
                    }
                }
                DeskButton {
                    id: clearButton
                    objectName: "purgeConfirmButton"
                    kind: "danger"
                    highlighted: true  // filled red: the one irreversible button on the console; its words say what it does
                    visible: page.settings.purgeDue > 0
                    text: qsTr("Clear %1 customers").arg(page.settings.purgeDue)
                    font.pixelSize: Theme.deskBody
                    font.bold: true
                    Accessible.name: text
                    onClicked: {
                        page.settings.purgeNow()
                        confirm.close()
                    }
                }
            }
        }
    }
}
