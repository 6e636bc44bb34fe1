// The window. Its first frame shows the sign-in form, ready for typing; the rest of the app
// (Workspace.qml, made from Python with the view-models) comes in once the store is open, so that
// first frame waits for neither the store nor the screens' code.
import QtQuick
import QtQuick.Controls.Basic

ApplicationWindow {
    id: window
    required property bool kiosk
    required property bool virtualKeyboard
    required property int fontScale  // per cent, from this device's settings: until the workspace's shell is here
    // Set from Python once the store is open (app.open_workspace), and placed here: parented in QML,
    // as PySide would delete an item parented from Python together with a temporary wrapper.
    property Item workspace: null
    property string startError: ""  // set from Python when this device's store cannot be opened
    onWorkspaceChanged: if (window.workspace) window.workspace.parent = window.contentItem

    width: 1280
    height: 800
    visible: true
    color: Theme.page
    title: qsTr("Lobby referral")
    font.family: "Noto Sans CJK SC"
    font.pointSize: Theme.controlPoints  // what a control without a size of its own shows: scales too

    // Every type size follows the text size chosen on this device, at once (ShellViewModel.fontScale).
    Binding {
        target: Theme
        property: "scale"
        value: (window.workspace ? window.workspace.shell.fontScale : window.fontScale) / 100
    }
    visibility: window.kiosk ? Window.FullScreen : Window.AutomaticVisibility
    flags: window.kiosk ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window

    // Kiosk mode ends only with a branch head's PIN, which a store that cannot be opened cannot check.
    onClosing: close => {
        if (window.kiosk && window.startError === "") {
            close.accepted = false
            if (window.workspace)
                window.workspace.askKioskExit()
        }
    }

    header: window.workspace ? window.workspace.headerBar : null
    // Until the workspace brings its status bar, an empty one holds its place: the form never jumps.
    footer: window.workspace ? window.workspace.footerBar : startingBar
    property ToolBar startingBar: ToolBar {
        height: Theme.statusBarHeight
        background: Rectangle { color: Theme.statusBar; border.color: Theme.line }
    }

    SignInPage {
        parent: window.workspace ? window.workspace.signInSlot : window.contentItem
        anchors.fill: parent
        visible: window.startError === ""
        session: window.workspace ? window.workspace.session : null
        notice: window.workspace ? window.workspace.signInNotice : ""
        suggestedStaffNo: window.workspace ? window.workspace.signInStaffNo : ""
    }

    Label {
        objectName: "startError"
        visible: window.startError !== ""
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 640)
        text: window.startError
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        color: Theme.urgent
        font.pixelSize: Theme.title
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
