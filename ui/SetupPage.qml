// The first run of a standalone device (no branch hub, nobody on its staff): the branch head sets the
// branch up (name, code, time zone, the credit's roll-out day) and their own sign-in, then signs in.
// Each refusal shows under the field it names; nothing is kept until every field is right.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Rectangle {
    id: page
    required property QtObject setup
    required property QtObject shell
    objectName: "setupPage"
    color: Theme.page
    readonly property bool wide: width >= 900
    property string zone: setup.defaultZone
    property string rollout: setup.today

    function submit() {
        page.setup.setUp(branchName.text, branchCode.text, page.zone, page.rollout,
                         staffNo.text, headName.text, pin.text, pinAgain.text)
        // The first field refused comes into sight (on a portrait tablet the form is longer than the screen).
        const fields = [branchName, branchCode, zoneField, rolloutField, staffNo, headName, pin, pinAgain]
        const first = fields.find(f => f.error !== "")
        if (first !== undefined) {
            const y = first.mapToItem(column, 0, 0).y
            if (y < flick.contentY || y + first.height > flick.contentY + flick.height)
                flick.contentY = Math.max(0, Math.min(y - Theme.gap, flick.contentHeight - flick.height))
        }
    }

    // A field with its name above and its refusal, if any, below.
    component Field: ColumnLayout {
        id: field
        property string label
        property string hint
        property string error
        property alias text: input.text
        property alias echoMode: input.echoMode
        property alias inputMethodHints: input.inputMethodHints
        property string name   // objectName of the text field; its error is name + "Error"
        signal accepted()
        function focusInput() { input.forceActiveFocus() }
        spacing: 2
        Layout.fillWidth: true
        Label {
            text: field.label
            color: Theme.text
            font.pixelSize: Theme.body
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        TextField {
            id: input
            objectName: field.name
            Accessible.name: field.label
            // Qt withholds a password field's name from screen readers: its label goes in the description.
            Accessible.description: echoMode === TextInput.Normal ? field.hint : field.label + " · " + field.hint
            placeholderText: field.hint
            font.pixelSize: Theme.title
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onAccepted: field.accepted()
        }
        FieldError {
            objectName: field.name + "Error"
            text: field.error
            Layout.fillWidth: true
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.y + column.implicitHeight + Theme.gap
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            width: Math.min(flick.width - 4 * Theme.gap, page.wide ? 1000 : 520)
            x: (flick.width - width) / 2
            y: Math.max(Theme.gap, (flick.height - implicitHeight) / 2)  // on a large screen, in the middle
            spacing: 8

            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Set up this branch")
                    color: Theme.primary
                    font.pixelSize: Theme.heading
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                ToolButton {
                    objectName: "setupLanguage"
                    text: page.shell.language === "zh_CN" ? "English" : "中文"
                    font.pixelSize: Theme.body
                    Layout.preferredHeight: Theme.touch
                    onClicked: page.shell.setLanguage(page.shell.language === "zh_CN" ? "en" : "zh_CN")
                }
                TextSizeButton {
                    objectName: "setupTextSize"
                    shell: page.shell
                    Layout.preferredHeight: Theme.touch
                }
            }
            Label {
                text: qsTr("No branch on this device yet. As its branch head, set it up once; then sign in with the staff number and PIN you choose here.")
                color: Theme.muted
                font.pixelSize: Theme.body
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            GridLayout {
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.gap * 3
                rowSpacing: Theme.gap * 2
                Layout.fillWidth: true

                ColumnLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1  // the two columns share the width equally
                    SectionLabel { text: qsTr("The branch") }
                    Field {
                        id: branchName
                        name: "setupBranchName"
                        label: qsTr("Branch name")
                        hint: qsTr("e.g. 城东支行")
                        error: page.setup.errors.branch_name || ""
                        onAccepted: branchCode.focusInput()
                    }
                    Field {
                        id: branchCode
                        name: "setupBranchCode"
                        label: qsTr("Branch code (the bank's, letters and digits)")
                        hint: qsTr("e.g. CD0101")
                        error: page.setup.errors.branch_code || ""
                        inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                        onAccepted: staffNo.focusInput()
                    }
                    ColumnLayout {
                        id: zoneField
                        readonly property string error: page.setup.errors.timezone || ""
                        spacing: 2
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Time zone: the branch's day and times follow it")
                            color: Theme.text
                            font.pixelSize: Theme.body
                            font.bold: true
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Flow {
                            spacing: 8
                            Layout.fillWidth: true
                            Repeater {
                                model: page.setup.zones
                                Chip {
                                    required property var modelData
                                    objectName: "zone_" + modelData.zone
                                    text: modelData.label
                                    checked: page.zone === modelData.zone
                                    onClicked: page.zone = modelData.zone
                                }
                            }
                        }
                        FieldError {
                            objectName: "setupZoneError"
                            text: zoneField.error
                            Layout.fillWidth: true
                        }
                    }
                    ColumnLayout {
                        id: rolloutField
                        readonly property string error: page.setup.errors.rollout || ""
                        spacing: 2
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Credit roll-out date")
                            color: Theme.text
                            font.pixelSize: Theme.body
                            font.bold: true
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("From this day the referrer gets 80% of each sale's credit for 3 months, then 60% for 3 months, then 50%. The head can change this later.")
                            color: Theme.muted
                            font.pixelSize: Theme.small
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: 8
                            Label {
                                objectName: "setupRollout"
                                text: page.rollout
                                color: Theme.text
                                font.pixelSize: Theme.title
                                font.bold: true
                            }
                            ActionButton {
                                objectName: "setupPickRollout"
                                primary: false
                                text: qsTr("Pick another day…")
                                font.pixelSize: Theme.body
                                onClicked: rolloutPicker.open()
                                DayPicker {
                                    id: rolloutPicker
                                    y: parent.height
                                    margins: Theme.gap  // low on the page: kept inside the window
                                    day: page.rollout
                                    today: page.setup.today
                                    latest: page.setup.latest
                                    onPicked: iso => page.rollout = iso
                                }
                            }
                        }
                        FieldError {
                            objectName: "setupRolloutError"
                            text: rolloutField.error
                            Layout.fillWidth: true
                        }
                    }
                }

                ColumnLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    SectionLabel { text: qsTr("You, the branch head") }
                    Field {
                        id: staffNo
                        name: "setupStaffNo"
                        label: qsTr("Your staff number")
                        hint: qsTr("e.g. 8001")
                        error: page.setup.errors.staff_no || ""
                        inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                        onAccepted: headName.focusInput()
                    }
                    Field {
                        id: headName
                        name: "setupHeadName"
                        label: qsTr("Your name")
                        hint: qsTr("e.g. 周敏")
                        error: page.setup.errors.name || ""
                        onAccepted: pin.focusInput()
                    }
                    Field {
                        id: pin
                        name: "setupPin"
                        label: qsTr("Your PIN")
                        hint: qsTr("6 to 12 digits")
                        error: page.setup.errors.pin || ""
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhDigitsOnly
                        onAccepted: pinAgain.focusInput()
                    }
                    Field {
                        id: pinAgain
                        name: "setupPinAgain"
                        label: qsTr("Your PIN again")
                        hint: qsTr("the same PIN")
                        error: page.setup.errors.pin_again || ""
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhDigitsOnly
                        onAccepted: page.submit()
                    }
                    Label {
                        text: qsTr("6 to 12 digits. Not one digit repeated, not a run like 123456, not your staff number.")
                        color: Theme.muted
                        font.pixelSize: Theme.small
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    // At the end of the form, which ends here (the left column is read first): on a tablet
                    // it stays on screen with a refusal or two showing.
                    FieldError {
                        objectName: "setupError"
                        text: page.setup.error
                        font.pixelSize: Theme.body
                        Layout.fillWidth: true
                    }
                    ActionButton {
                        objectName: "setUpButton"
                        text: qsTr("Set up the branch")
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.gap
                        onClicked: page.submit()
                    }
                }
            }
        }
    }
}
