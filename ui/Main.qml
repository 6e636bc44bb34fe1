// The window: header (who, role card, language, lock), the role's home screen, the status bar
// (sync state, clock), and the overlays: lock screen, role card, kiosk exit, virtual keyboard.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

ApplicationWindow {
    id: window
    required property QtObject session
    required property QtObject shell
    required property QtObject form
    required property QtObject handoff
    required property QtObject callback
    required property QtObject referrals
    required property QtObject desk
    required property QtObject outcome
    required property QtObject notices
    required property QtObject branch
    required property QtObject settings
    required property QtObject standards
    required property QtObject credit
    property int tab: 0   // 0: tag a customer · 1: my referrals today · 2: the branch today (branch head)
    readonly property bool lobbyRole: session.role !== "wealth_manager"

    width: 1280
    height: 800
    visible: true
    color: Theme.page
    title: qsTr("Lobby referral")
    font.family: "Noto Sans CJK SC"
    visibility: shell.kiosk ? Window.FullScreen : Window.AutomaticVisibility
    flags: shell.kiosk ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window

    onClosing: close => {
        if (window.shell.kiosk) {
            close.accepted = false
            kioskExit.open()
        }
    }

    header: ToolBar {
        visible: window.session.signedIn
        height: visible ? 64 : 0
        background: Rectangle { color: Theme.card; border.color: Theme.line }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            spacing: 8
            Label {
                text: qsTr("Lobby referral")
                color: Theme.primary
                font.pixelSize: Theme.title
                font.bold: true
                visible: window.width >= 1000
            }
            Chip {
                objectName: "tabTag"
                visible: window.lobbyRole
                text: qsTr("Tag a customer")
                checked: window.tab === 0
                onClicked: window.tab = 0
            }
            Chip {
                objectName: "tabReferrals"
                visible: window.lobbyRole
                text: qsTr("My referrals (%1)").arg(window.referrals.count)
                checked: window.tab === 1
                onClicked: window.tab = 1
            }
            Chip {
                objectName: "tabBranch"
                visible: window.session.role === "branch_head"
                text: qsTr("The branch")
                checked: window.tab === 2
                onClicked: window.tab = 2
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "signedInAs"
                text: window.session.name + " · " + window.session.roleTitle
                font.pixelSize: Theme.body
                color: Theme.text
                elide: Text.ElideRight
                Layout.maximumWidth: 220
            }
            ToolButton {
                objectName: "roleCardButton"
                text: qsTr("My role")
                font.pixelSize: Theme.body
                Layout.preferredHeight: Theme.touch
                onClicked: roleCard.open()
            }
            ToolButton {
                objectName: "languageButton"
                text: window.shell.language === "zh_CN" ? "English" : "中文"
                font.pixelSize: Theme.body
                Layout.preferredHeight: Theme.touch
                onClicked: window.shell.setLanguage(window.shell.language === "zh_CN" ? "en" : "zh_CN")
            }
            ToolButton {
                objectName: "lockButton"
                text: qsTr("Lock")
                font.pixelSize: Theme.body
                Layout.preferredHeight: Theme.touch
                onClicked: window.session.lockNow()
            }
            ToolButton {
                objectName: "signOutButton"
                text: qsTr("Sign out")
                font.pixelSize: Theme.body
                Layout.preferredHeight: Theme.touch
                onClicked: window.session.signOut()
            }
        }
    }

    footer: ToolBar {
        height: 40
        background: Rectangle { color: "#eceff1"; border.color: Theme.line }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            Label {
                objectName: "syncState"
                text: "● " + window.shell.syncText
                color: window.shell.syncTrouble ? Theme.urgent : Theme.muted
                font.pixelSize: Theme.small
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                objectName: "kioskExitOpen"
                visible: window.shell.kiosk
                text: qsTr("Exit kiosk")
                font.pixelSize: Theme.small
                onClicked: kioskExit.open()
            }
            Label {
                objectName: "clock"
                text: window.shell.clock
                color: Theme.text
                font.pixelSize: Theme.body
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            objectName: "hubBanner"
            visible: window.shell.hubBanner.length > 0
            color: "#fff3e0"
            border.color: "#ef6c00"
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 40 : 0
            Label {
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                verticalAlignment: Text.AlignVCenter
                text: "⚠ " + window.shell.hubBanner
                color: Theme.pending
                font.pixelSize: Theme.body
                elide: Text.ElideRight
            }
        }

        NoticeStrip {
            notices: window.notices
            Layout.fillWidth: true
        }

        StackLayout {
            // The branch tab only for the branch head: the next person to sign in here may be someone else.
            currentIndex: !window.session.signedIn ? 0 : !window.lobbyRole ? 3
                : window.tab === 2 && window.session.role === "branch_head" ? 4 : 1 + Math.min(window.tab, 1)
            Layout.fillWidth: true
            Layout.fillHeight: true

            SignInPage { session: window.session }
            PageLoader {
                sourceComponent: LobbyPage { form: window.form; handoff: window.handoff; callback: window.callback }
            }
            PageLoader {
                sourceComponent: MyReferralsPage { referrals: window.referrals }
            }
            PageLoader {
                sourceComponent: DeskPage { session: window.session; desk: window.desk; outcome: window.outcome }
            }
            // Made only while the branch head is signed in: no one else needs it, and its charts
            // (Qt Graphs) cost the start of every tablet time and memory. Named by file, not as a
            // type here, so that no other start even loads its type and the libraries it imports.
            Loader {
                active: window.session.role === "branch_head"
                Component.onCompleted: setSource("BranchPage.qml", {
                    branch: window.branch,
                    settings: window.settings,
                    standards: window.standards,
                    credit: window.credit
                })
            }
        }
    }

    LockScreen {
        parent: Overlay.overlay  // over the header and any open sheet too
        anchors.fill: parent
        z: 1000
        visible: window.session.locked
        session: window.session
    }

    RoleCard { id: roleCard; session: window.session }
    KioskExit { id: kioskExit; shell: window.shell }

    Loader {
        id: keyboard
        active: window.shell.virtualKeyboard
        source: "KeyboardPanel.qml"
        z: 20
        width: parent.width
        y: item && Qt.inputMethod.visible ? parent.height - item.height : parent.height
    }
}
