// A small bar chart on the branch head's pages (Qt Graphs): one or two bars per name, and the
// branch median as a red line when there is one. Below it, the legend.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtGraphs

ColumnLayout {
    id: chart
    property string title
    property var names: []
    property var first: []          // one value per name
    property var second: []         // optional second bar per name
    property string firstLabel
    property string secondLabel
    property real median: -1        // below zero: no median line
    property string medianLabel
    // The axis runs to a round number above the highest bar, in about five steps.
    readonly property real step: {
        let most = Math.max(1, chart.median)
        for (const v of chart.first.concat(chart.second)) most = Math.max(most, v)
        const raw = most / 5
        const power = Math.pow(10, Math.floor(Math.log10(raw)))
        for (const m of [1, 2, 5, 10])
            if (m * power >= raw) return m * power
        return 10 * power
    }
    readonly property real highest: Math.ceil(Math.max(1, chart.median, ...chart.first, ...chart.second) / step + 0.2) * step

    function drawMedian() {
        medianLine.clear()
        if (chart.median >= 0) {
            medianLine.append(-0.5, chart.median)
            medianLine.append(chart.names.length - 0.5, chart.median)
        }
    }
    onMedianChanged: drawMedian()
    onNamesChanged: drawMedian()
    Component.onCompleted: drawMedian()
    spacing: 2

    Label { text: chart.title; font.pixelSize: Theme.deskBody; font.bold: true }
    GraphsView {
        // One item for a screen reader: the title, and each bar in words (its points are not controls).
        Accessible.role: Accessible.Chart
        Accessible.name: chart.title
        Accessible.description: chart.names.map((n, i) => n + " " + chart.firstLabel + " " + chart.first[i]
            + (chart.second.length ? ", " + chart.secondLabel + " " + chart.second[i] : "")).join("; ")
        Layout.fillWidth: true
        Layout.preferredHeight: 200
        marginLeft: 4
        marginRight: 4
        theme: GraphsTheme {
            colorScheme: GraphsTheme.ColorScheme.Light
            seriesColors: [Theme.chartFirst, Theme.chartSecond]
            backgroundVisible: false
            plotAreaBackgroundColor: Theme.card
            labelTextColor: Theme.muted
            grid.mainColor: Theme.line
            grid.subColor: "transparent"
        }
        axisX: BarCategoryAxis { categories: chart.names; gridVisible: false }
        axisY: ValueAxis {
            min: 0
            max: chart.highest
            tickInterval: chart.step
            labelDecimals: chart.step < 1 ? 1 : 0
            subTickCount: 0
        }
        BarSeries {
            BarSet { label: chart.firstLabel; values: chart.first }
            BarSet { label: chart.secondLabel; values: chart.second.length ? chart.second : [] }
        }
        LineSeries {
            id: medianLine
            color: Theme.urgent
            width: 2
        }
    }
    Flow {
        spacing: 12
        Layout.fillWidth: true
        Repeater {
            model: [
                { text: chart.firstLabel, color: Theme.chartFirst, shown: true },
                { text: chart.secondLabel, color: Theme.chartSecond, shown: chart.second.length > 0 },
                { text: chart.medianLabel, color: Theme.urgent, shown: chart.median >= 0 }
            ]
            Row {
                required property var modelData
                visible: modelData.shown
                spacing: 4
                Rectangle { width: 12; height: 12; radius: 2; color: modelData.color; anchors.verticalCenter: parent.verticalCenter }
                Label { text: modelData.text; font.pixelSize: Theme.deskSmall; color: Theme.muted }
            }
        }
    }
}
