// The branch head's console: the day (figures, hall, funnel, evening meeting), the referral
// standards, the referral credit, staff, devices, the audit log, and the settings, one tab each.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    objectName: "branchPage"
    required property QtObject branch
    required property QtObject settings
    required property QtObject standards
    required property QtObject credit
    required property QtObject admin
    required property QtObject staff
    // 0: the day · 1: standards · 2: credit · 3: staff · 4: devices (with a hub) · 5: the audit log
    // · 6: settings (and the purge)
    property alias section: sections.currentIndex

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Changes of mine the hub refused (standards that arrived after their start time): until seen.
        Frame {
            objectName: "branchHubRefusals"
            visible: page.branch.hubRefusalText.length > 0
            Layout.fillWidth: true
            padding: 8
            background: Rectangle { color: Theme.urgentLight; border.color: Theme.urgent }
            RowLayout {
                width: parent.width
                spacing: 10
                Label {
                    text: qsTr("Not accepted by the hub")
                    font.pixelSize: Theme.deskBody
                    font.bold: true
                    color: Theme.urgent
                }
                Label {
                    objectName: "branchHubRefusalText"
                    text: page.branch.hubRefusalText
                    font.pixelSize: Theme.deskBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                DeskButton {
                    objectName: "branchHubRefusalsSeen"
                    text: qsTr("Seen")
                    Accessible.name: qsTr("Seen")
                    font.pixelSize: Theme.deskSmall
                    onClicked: page.branch.dismissHubRefusals()
                }
            }
        }

        DeskTabBar {
            id: sections
            objectName: "branchSections"
            Layout.fillWidth: true
            DeskTabButton { objectName: "sectionDay"; text: qsTr("The day"); font.pixelSize: Theme.deskBody; Accessible.name: text; Accessible.role: Accessible.PageTab }
            DeskTabButton { objectName: "sectionStandards"; text: qsTr("Referral standards"); font.pixelSize: Theme.deskBody; Accessible.name: text; Accessible.role: Accessible.PageTab }
            DeskTabButton { objectName: "sectionCredit"; text: qsTr("Referral credit"); font.pixelSize: Theme.deskBody; Accessible.name: text; Accessible.role: Accessible.PageTab }
            DeskTabButton { objectName: "sectionStaff"; text: qsTr("Staff"); font.pixelSize: Theme.deskBody; Accessible.name: text; Accessible.role: Accessible.PageTab }
            DeskTabButton { objectName: "sectionDevices"; text: qsTr("Devices"); font.pixelSize: Theme.deskBody; Accessible.name: text; Accessible.role: Accessible.PageTab }
            DeskTabButton { objectName: "sectionAudit"; text: qsTr("Audit log"); font.pixelSize: Theme.deskBody; Accessible.name: text; Accessible.role: Accessible.PageTab }
            DeskTabButton {
                objectName: "sectionSettings"
                text: qsTr("Settings")
                font.pixelSize: Theme.deskBody
                Accessible.name: text
                Accessible.role: Accessible.PageTab
            }
        }

        StackLayout {
            currentIndex: sections.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true
            BranchDay {
                branch: page.branch
                settings: page.settings
                onOpenSettings: page.section = 6
            }
            StandardsPage { standards: page.standards }
            CreditPage { credit: page.credit }
            StaffPage { staff: page.staff }
            DevicesPage { admin: page.admin }
            AuditPage { admin: page.admin }
            SettingsPage { settings: page.settings }
        }
    }
}
