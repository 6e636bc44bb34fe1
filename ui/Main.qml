// The window. Its first frame shows the sign-in form, ready for typing; the rest of the app
// (Workspace.qml, with the view-models) is loaded by file once the store is open, so that first
// frame waits for neither the store nor the screens' code.
import QtQuick
import QtQuick.Controls.Basic

ApplicationWindow {
    id: window
    required property bool kiosk
    required property bool virtualKeyboard
    // Set once from Python when the store is open: the view-models by name (see Workspace.qml).
    property var views: null
    readonly property Item workspace: workspaceLoader.item

    width: 1280
    height: 800
    visible: true
    color: Theme.page
    title: qsTr("Lobby referral")
    font.family: "Noto Sans CJK SC"
    visibility: window.kiosk ? Window.FullScreen : Window.AutomaticVisibility
    flags: window.kiosk ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window

    onViewsChanged: if (window.views) workspaceLoader.setSource("Workspace.qml", window.views)

    onClosing: close => {
        if (window.kiosk) {
            close.accepted = false
            if (window.workspace)
                window.workspace.askKioskExit()
        }
    }

    header: window.workspace ? window.workspace.headerBar : null
    // Until the workspace brings its status bar, an empty one holds its place: the form never jumps.
    footer: window.workspace ? window.workspace.footerBar : startingBar
    property ToolBar startingBar: ToolBar {
        height: 40
        background: Rectangle { color: "#eceff1"; border.color: Theme.line }
    }

    Loader {
        id: workspaceLoader
        anchors.fill: parent
    }

    SignInPage {
        parent: window.workspace ? window.workspace.signInSlot : window.contentItem
        anchors.fill: parent
        session: window.workspace ? window.workspace.session : null
    }

    Loader {
        id: keyboard
        active: window.virtualKeyboard
        source: "KeyboardPanel.qml"
        z: 20
        width: parent.width
        y: item && Qt.inputMethod.visible ? parent.height - item.height : parent.height
    }
}
