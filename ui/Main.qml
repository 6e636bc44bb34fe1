// The window. Its first frame shows the sign-in form, ready for typing; the rest of the app
// (Workspace.qml, made from Python with the view-models) comes in once the store is open, so that
// first frame waits for neither the store nor the screens' code.
import QtQuick
import QtQuick.Controls.Basic

ApplicationWindow {
    id: window
    required property bool kiosk
    required property bool virtualKeyboard
    // Set from Python once the store is open (app.open_workspace), and placed here: parented in QML,
    // as PySide would delete an item parented from Python together with a temporary wrapper.
    property Item workspace: null
    onWorkspaceChanged: if (window.workspace) window.workspace.parent = window.contentItem

    width: 1280
    height: 800
    visible: true
    color: Theme.page
    title: qsTr("Lobby referral")
    font.family: "Noto Sans CJK SC"
    visibility: window.kiosk ? Window.FullScreen : Window.AutomaticVisibility
    flags: window.kiosk ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window

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
