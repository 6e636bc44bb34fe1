// The lobby tablet's home: tag on the left, the live verdict and the handoff on the right
// (stacked in one column on a portrait tablet). Scrolls with a finger when the screen is short.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: page
    required property QtObject form
    required property QtObject handoff
    required property QtObject callback
    readonly property bool wide: width >= 1000

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: grid.implicitHeight + 2 * Theme.gap
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        GridLayout {
            id: grid
            x: Theme.gap
            y: Theme.gap
            width: flick.width - 2 * Theme.gap
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.gap * 2
            rowSpacing: Theme.gap

            // Confirmation of the last action: who receives the customer and the wait.
            Rectangle {
                objectName: "confirmation"
                visible: page.handoff.confirmation.length > 0
                Layout.columnSpan: grid.columns
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                radius: Theme.radius
                color: Theme.eligibleLight
                border.color: Theme.eligible
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.gap
                    Label {
                        objectName: "confirmationText"
                        text: page.handoff.confirmation
                        color: Theme.eligible
                        font.pixelSize: Theme.body
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Button {
                        text: qsTr("OK")
                        flat: true
                        font.pixelSize: Theme.body
                        Layout.preferredHeight: Theme.touch
                        Layout.preferredWidth: 80
                        onClicked: page.handoff.dismissConfirmation()
                    }
                }
            }

            TagForm {
                form: page.form
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: page.wide ? grid.width * 0.58 : grid.width
            }

            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: page.wide ? grid.width * 0.42 : grid.width
                spacing: Theme.gap
                VerdictCard { form: page.form; Layout.fillWidth: true }
                HandoffPanel {
                    form: page.form
                    handoff: page.handoff
                    Layout.fillWidth: true
                    onCallbackWanted: callbackSheet.openFor()
                }
            }
        }
    }

    CallbackSheet {
        id: callbackSheet
        callback: page.callback
        onBooked: message => page.handoff.showConfirmation(message)
    }
}
