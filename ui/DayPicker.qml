// A calendar for picking a day: a month at a time, days after `latest` (by default today) greyed out.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Popup {
    id: picker
    objectName: "dayPicker"
    property string day      // YYYY-MM-DD shown now
    property string today    // YYYY-MM-DD
    property string latest: today  // YYYY-MM-DD: nothing later can be picked
    signal picked(string iso)
    property int year: Number(day.slice(0, 4))
    property int month: Number(day.slice(5, 7)) - 1   // 0-based, as Date and MonthGrid count
    onOpened: { year = Number(day.slice(0, 4)); month = Number(day.slice(5, 7)) - 1 }

    function iso(d) {
        return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0")
    }
    function step(months) {
        const d = new Date(picker.year, picker.month + months, 1)
        picker.year = d.getFullYear()
        picker.month = d.getMonth()
    }

    padding: 10
    background: Rectangle { radius: Theme.radius; color: Theme.card; border.color: Theme.line }

    ColumnLayout {
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            DeskButton { objectName: "pickerPrevious"; text: "◀"; Accessible.name: qsTr("Previous month"); onClicked: picker.step(-1) }
            Label {
                objectName: "pickerMonth"
                text: picker.year + "-" + String(picker.month + 1).padStart(2, "0")
                font.pixelSize: Theme.deskBody
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            DeskButton {
                objectName: "pickerNext"
                Accessible.name: qsTr("Next month")
                text: "▶"
                enabled: picker.year * 12 + picker.month < Number(picker.latest.slice(0, 4)) * 12 + Number(picker.latest.slice(5, 7)) - 1
                onClicked: picker.step(1)
            }
        }
        DayOfWeekRow {
            locale: grid.locale
            font.pixelSize: Theme.deskSmall
            Layout.fillWidth: true
        }
        MonthGrid {
            id: grid
            month: picker.month
            year: picker.year
            locale: Qt.locale(Qt.uiLanguage || "zh_CN")
            font.pixelSize: Theme.deskBody
            Layout.preferredWidth: 300
            delegate: Label {
                required property var model
                readonly property string iso: picker.iso(model.date)
                readonly property bool later: iso > picker.latest
                objectName: "pickDay_" + iso
                text: model.day
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                opacity: model.month === picker.month ? 1 : 0.35
                color: later ? Theme.line : iso === picker.day ? Theme.onAccent : Theme.text
                background: Rectangle {
                    radius: Theme.smallRadius
                    color: iso === picker.day ? Theme.primary : "transparent"
                }
            }
            onClicked: date => {
                const iso = picker.iso(date)
                if (iso <= picker.latest) {
                    picker.picked(iso)
                    picker.close()
                }
            }
        }
    }
}
