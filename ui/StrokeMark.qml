// A chevron or a tick: one stroke through `points` (fractions of its size). A Canvas rather than a
// Shape: Qt's software renderer draws a Shape past a scrolled page's clip, over the status bar.
import QtQuick

Canvas {
    id: mark
    property var points: []
    property color color
    property real lineWidth: 2
    onPointsChanged: requestPaint()
    onColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()
    onPaint: {
        const g = getContext("2d")
        g.reset()
        g.lineWidth = mark.lineWidth
        g.lineCap = "round"
        g.lineJoin = "round"
        g.strokeStyle = mark.color
        g.beginPath()
        mark.points.forEach((p, i) => i === 0 ? g.moveTo(p[0] * width, p[1] * height) : g.lineTo(p[0] * width, p[1] * height))
        g.stroke()
    }
}
