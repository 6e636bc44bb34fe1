// The amount keypad: digits, 万 and corrections. Keys go to the form view-model, which parses and checks.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

GridLayout {
    id: keypad
    required property QtObject form
    columns: 4
    rowSpacing: 6
    columnSpacing: 6

    Repeater {
        model: [
            { key: "7", label: "7" }, { key: "8", label: "8" }, { key: "9", label: "9" }, { key: "back", label: "←" },
            { key: "4", label: "4" }, { key: "5", label: "5" }, { key: "6", label: "6" }, { key: "万", label: "万" },
            { key: "1", label: "1" }, { key: "2", label: "2" }, { key: "3", label: "3" }, { key: "clear", label: qsTr("Clear") },
            { key: "0", label: "0" }, { key: "00", label: "00" }, { key: ".", label: "." }
        ]
        delegate: Button {
            id: keyButton
            required property var modelData
            objectName: "key_" + modelData.key
            text: modelData.label
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            Layout.columnSpan: modelData.key === "." ? 2 : 1
            font.pixelSize: Theme.title
            focusPolicy: Qt.NoFocus
            // What a screen reader says: the word for the keys whose label is a sign or a character.
            Accessible.role: Accessible.Button
            Accessible.name: ({
                "back": qsTr("Delete last digit"),
                "万": qsTr("Ten thousand"),
                ".": qsTr("Decimal point"),
                "00": qsTr("Double zero"),
                "clear": qsTr("Clear the amount")
            })[modelData.key] || modelData.label
            background: Rectangle {
                radius: Theme.radius
                color: keyButton.down ? Theme.primaryLight : Theme.card
                border.color: Theme.line
            }
            onClicked: keypad.form.key(modelData.key)
        }
    }
}
