// Colours and sizes shared by every screen: one place to tune the hall tablet's look.
pragma Singleton
import QtQuick

QtObject {
    readonly property color primary: "#00695c"
    readonly property color primaryLight: "#e0f2f1"
    readonly property color scrim: "#66000000"  // behind a modal dialog: the page dimmed, still seen
    readonly property color eligible: "#2e7d32"
    readonly property color eligibleLight: "#e8f5e9"
    readonly property color lobby: "#8d6e63"
    readonly property color lobbyLight: "#efebe9"
    readonly property color urgent: "#c62828"
    readonly property color error: "#b00020"
    readonly property color text: "#1f2933"
    readonly property color muted: "#5f6b76"
    readonly property color line: "#d5dbe1"
    readonly property color page: "#f5f7f8"
    readonly property color card: "#ffffff"
    readonly property int touch: 56     // touch targets: at least 48 px
    readonly property int gap: 12
    readonly property int radius: 8
    readonly property int body: 18
    readonly property int small: 15
    readonly property int title: 22
    // The desk PC: mouse and keyboard, denser than the tablet.
    readonly property int deskBody: 15
    readonly property int deskSmall: 13
    readonly property int deskTitle: 18
    readonly property int deskRow: 34
    readonly property color urgentLight: "#ffebee"
    readonly property color offer: "#1565c0"
    readonly property color offerLight: "#e3f2fd"
    readonly property color pending: "#e65100"       // waiting on the hub: unreachable, or not yet confirmed
}
