// Colours and sizes shared by every screen: one place to tune the hall tablet's look.
// Every colour a screen uses is a token here (no colour literal elsewhere in ui/). Text colours meet
// WCAG AA (4.5:1) on the backgrounds they are drawn on: tests/gui/test_theme_contrast.py lists the pairs.
pragma Singleton
import QtQuick

QtObject {
    readonly property color primary: "#00695c"
    readonly property color primaryLight: "#e0f2f1"
    readonly property color scrim: "#66000000"  // behind a modal dialog: the page dimmed, still seen
    readonly property color eligible: "#2d7b31"   // a touch darker than #2e7d32: 4.5:1 on urgentLight and offerLight
    readonly property color eligibleLight: "#e8f5e9"
    readonly property color lobby: "#80635a"      // darker than #8d6e63: 4.5:1 as badge text on lobbyLight
    readonly property color lobbyLight: "#efebe9"
    readonly property color urgent: "#c62828"
    readonly property color error: "#b00020"
    readonly property color text: "#1f2933"
    readonly property color muted: "#5f6b76"
    readonly property color line: "#d5dbe1"
    readonly property color page: "#f5f7f8"
    readonly property color card: "#ffffff"
    // The text size chosen on the device (1.0, 1.25, 1.5): bound to the shell's fontScale in Main.qml.
    // Every type size below is a base times it; so are the heights that hold one line of text.
    property real scale: 1.0
    readonly property real grow: 1 + (scale - 1) / 2   // heights around text grow half as fast as the text
    readonly property int touch: Math.max(48, Math.round(56 * grow))  // touch targets: never under 48 px
    readonly property int statusBarHeight: Math.round(40 * grow)  // the status bar under every screen
    readonly property int gap: 12
    readonly property int radius: 8
    readonly property int body: Math.round(18 * scale)
    readonly property int small: Math.round(15 * scale)
    readonly property int title: Math.round(22 * scale)
    readonly property int heading: Math.round(28 * scale)  // a page's one big heading (set up, a new PIN)
    readonly property int display: Math.round(36 * scale)  // the app's name on the sign-in and lock screens
    readonly property real controlPoints: 12 * scale       // the window's default font (start.py: 12 pt)
    // The desk PC: mouse and keyboard, denser than the tablet.
    readonly property int deskBody: Math.round(15 * scale)
    readonly property int deskSmall: Math.round(13 * scale)
    readonly property int deskTitle: Math.round(18 * scale)
    readonly property int deskRow: Math.round(34 * grow)
    // The desk's controls (the wealth manager's and the branch head's PCs, and the dialogs on them):
    // a mouse and a keyboard, so denser than the tablet, yet easy to hit and to see.
    readonly property int deskControl: Math.round(36 * grow)  // a button's, a field's and a combo box's height
    readonly property int deskIndicator: Math.round(20 * grow)  // a check box's or a radio button's box
    readonly property int deskGap: 8         // between controls in a row or a column
    readonly property int deskPad: 12        // inside a button or a field, left and right
    readonly property int smallRadius: 4     // a check box, a badge
    readonly property int focusWidth: 2      // the ring round the control the keyboard is on
    readonly property int tabMark: 3         // the bar under the chosen tab
    readonly property color focusRing: "#1565c0"     // the keyboard focus ring: 5.7:1 on card, plain to see
    readonly property color fieldBorder: "#7b8794"   // a field's or a box's edge: 3.6:1 on card (WCAG 1.4.11 asks 3:1)
    readonly property color hover: "#eef2f4"         // an outlined or quiet button under the mouse
    readonly property color urgentLight: "#ffebee"
    readonly property color offer: "#1565c0"
    readonly property color offerLight: "#e3f2fd"
    readonly property color pending: "#bd4300"       // waiting on the hub: unreachable, or not yet confirmed
                                                     // (#e65100 gave 3.3–3.8:1 as text; darkened to 4.5:1 on every light)
    readonly property color onAccent: "#ffffff"      // text and icons on a filled accent (primary, urgent, eligible, offer, lobby)
    readonly property color primaryDark: "#004d40"   // a filled button on a primary background (the lock screen's Unlock)
    readonly property color errorOnPrimary: "#ffcdd2" // an error's text on a primary background (the lock screen)
    readonly property color statusBar: "#eceff1"     // the status bar under every screen
    readonly property color warning: "#ef6c00"       // the amber strips' border: everyone busy, the hub away
    readonly property color warningLight: "#fff3e0"  // the amber strips' background
    readonly property color callback: "#6a1b9a"      // a referral waiting for a call: a callback or a follow-up
    readonly property color callbackLight: "#f3e5f5"
    readonly property color disabled: "#dde3e7"      // a filled button that cannot be pressed now
    readonly property color disabledText: "#525d67"  // its label: still readable (4.5:1), though WCAG exempts it
    // A wealth manager's presence dot; the state is also in words beside it.
    readonly property color busy: "#ef6c00"          // with a customer
    readonly property color away: "#9e9e9e"
    readonly property color offDuty: "#cfd8dc"
    // The branch head's bar charts: the first and the second bar of each name.
    readonly property color chartFirst: "#00695c"
    readonly property color chartSecond: "#90a4ae"
}
