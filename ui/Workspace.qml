// The app inside the window, made once the store is open: the header, the role's home screen, the
// status bar and the overlays. Made from Python with the view-models (app.open_workspace) and put
// into the window (Main.qml), over the sign-in form's place.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: workspace
    objectName: "workspace"
    anchors.fill: parent
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
    required property QtObject admin
    required property QtObject staff
    required property QtObject setup  // a standalone device's first run: the branch is set up first
    required property QtObject myCredit  // my credit this month, the team's first
    property int tab: 0   // 0: tag a customer · 1: my referrals today · 2: the branch today (branch head)
    readonly property bool lobbyRole: session.role !== "wealth_manager"
    readonly property Item signInSlot: signInArea
    // Under the sign-in form once the branch is set up: the head's staff number, and what to do next.
    readonly property string signInNotice: setup.doneText
    readonly property string signInStaffNo: setup.headNo

    function askKioskExit() {
        kioskExit.open()
    }

    property ToolBar headerBar: ToolBar {
        id: headerBar
        // Hidden under the lock, as the page is: a screen reader reads nothing a locked screen covers.
        visible: workspace.session.signedIn && !workspace.session.locked
        // One row when the tabs and the buttons fit (with a little room for the name); else the buttons on a
        // second row, so that a larger text size never pushes "Sign out" off a portrait tablet.
        readonly property bool oneRow: tabsRow.implicitWidth + toolsRow.implicitWidth
                                       - signedInAs.implicitWidth
                                       + Math.min(signedInAs.implicitWidth, 48) + 2 * Theme.gap + 8 <= width
        height: visible ? (oneRow ? Theme.touch + 8 : 2 * Theme.touch + 16) : 0
        background: Rectangle { color: Theme.card; border.color: Theme.line }
        GridLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            anchors.topMargin: headerBar.oneRow ? 0 : 4
            anchors.bottomMargin: headerBar.oneRow ? 0 : 4
            columns: headerBar.oneRow ? 2 : 1
            columnSpacing: 8
            rowSpacing: 8
            RowLayout {
                id: tabsRow
                spacing: 8
                Label {
                    text: qsTr("Lobby referral")
                    color: Theme.primary
                    font.pixelSize: Theme.title
                    font.bold: true
                    visible: workspace.width >= 1000 * Theme.scale
                }
                Chip {
                    objectName: "tabTag"
                    visible: workspace.lobbyRole
                    text: qsTr("Tag a customer")
                    checked: workspace.tab === 0
                    onClicked: workspace.tab = 0
                }
                Chip {
                    objectName: "tabReferrals"
                    visible: workspace.lobbyRole
                    text: qsTr("My referrals (%1)").arg(workspace.referrals.count)
                    checked: workspace.tab === 1
                    onClicked: workspace.tab = 1
                }
                Chip {
                    objectName: "tabBranch"
                    visible: workspace.session.role === "branch_head"
                    text: qsTr("The branch")
                    checked: workspace.tab === 2
                    onClicked: workspace.tab = 2
                }
            }
            RowLayout {
                id: toolsRow
                spacing: 8
                Layout.fillWidth: true
                Label {
                    id: signedInAs
                    objectName: "signedInAs"
                    text: workspace.session.name + " · " + workspace.session.roleTitle
                    font.pixelSize: Theme.body
                    color: Theme.text
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignRight
                    // Gives way before the buttons do: on a narrow tablet the name is elided, "Sign out" stays whole.
                    // It takes all the room left (no spacer beside it to share it with), aligned right.
                    Layout.fillWidth: true
                    Layout.minimumWidth: 48
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
                    text: workspace.shell.language === "zh_CN" ? "English" : "中文"
                    font.pixelSize: Theme.body
                    Layout.preferredHeight: Theme.touch
                    onClicked: workspace.shell.setLanguage(workspace.shell.language === "zh_CN" ? "en" : "zh_CN")
                }
                TextSizeButton {
                    objectName: "textSizeButton"
                    shell: workspace.shell
                    Layout.preferredHeight: Theme.touch
                }
                ToolButton {
                    objectName: "lockButton"
                    text: qsTr("Lock")
                    font.pixelSize: Theme.body
                    Layout.preferredHeight: Theme.touch
                    onClicked: workspace.session.lockNow()
                }
                ToolButton {
                    objectName: "signOutButton"
                    text: qsTr("Sign out")
                    font.pixelSize: Theme.body
                    Layout.preferredHeight: Theme.touch
                    onClicked: workspace.session.signOut()
                }
            }
        }
    }

    property ToolBar footerBar: ToolBar {
        height: Theme.statusBarHeight
        background: Rectangle { color: Theme.statusBar; border.color: Theme.line }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            Label {
                objectName: "syncState"
                text: "● " + workspace.shell.syncText
                color: workspace.shell.syncTrouble ? Theme.urgent : Theme.muted
                font.pixelSize: Theme.small
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                objectName: "kioskExitOpen"
                visible: workspace.shell.kiosk
                text: qsTr("Exit kiosk")
                font.pixelSize: Theme.small
                onClicked: kioskExit.open()
            }
            Label {
                objectName: "clock"
                text: workspace.shell.clock
                color: Theme.text
                font.pixelSize: Theme.body
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        // Under the lock every field keeps what was typed, out of sight, out of a screen reader's
        // reach and out of the keyboard's (a hidden field loses the focus).
        visible: !workspace.session.locked

        Rectangle {
            objectName: "hubBanner"
            visible: workspace.shell.hubBanner.length > 0
            color: Theme.warningLight
            border.color: Theme.warning
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 40 : 0
            Label {
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                verticalAlignment: Text.AlignVCenter
                text: "⚠ " + workspace.shell.hubBanner
                color: Theme.pending
                font.pixelSize: Theme.body
                elide: Text.ElideRight
            }
        }

        NoticeStrip {
            notices: workspace.notices
            Layout.fillWidth: true
        }

        StackLayout {
            // The branch tab only for the branch head: the next person to sign in here may be someone else.
            currentIndex: workspace.setup.needed ? 5 : !workspace.session.signedIn ? 0 : !workspace.lobbyRole ? 3
                : workspace.tab === 2 && workspace.session.role === "branch_head" ? 4 : 1 + Math.min(workspace.tab, 1)
            Layout.fillWidth: true
            Layout.fillHeight: true

            Item { id: signInArea }  // the window's sign-in form moves in here, with what was typed
            PageLoader {
                sourceComponent: LobbyPage { form: workspace.form; handoff: workspace.handoff; callback: workspace.callback }
            }
            PageLoader {
                sourceComponent: MyReferralsPage { referrals: workspace.referrals; callback: workspace.callback; myCredit: workspace.myCredit }
            }
            PageLoader {
                sourceComponent: DeskPage {
                    session: workspace.session; desk: workspace.desk; outcome: workspace.outcome
                    myCredit: workspace.myCredit
                }
            }
            // Made only while the branch head is signed in: no one else needs it, and its charts
            // (Qt Graphs) cost the start of every tablet time and memory. Named by file, not as a
            // type here, so that no other start even loads its type and the libraries it imports.
            Loader {
                active: workspace.session.role === "branch_head"
                Component.onCompleted: setSource("BranchPage.qml", {
                    branch: workspace.branch,
                    settings: workspace.settings,
                    standards: workspace.standards,
                    credit: workspace.credit,
                    admin: workspace.admin,
                    staff: workspace.staff
                })
            }
            // Made only on a standalone device's first run, until the branch is set up; named by file, so
            // that every other start never even loads its type.
            Loader {
                active: workspace.setup.needed
                Component.onCompleted: setSource("SetupPage.qml", { setup: workspace.setup, shell: workspace.shell })
            }
        }
    }

    LockScreen {
        // Over the header and any open sheet too. The workspace's overlay: made before it joins the
        // window, this item's own would stay null.
        parent: workspace.Overlay.overlay
        anchors.fill: parent
        z: 1000
        visible: workspace.session.locked
        session: workspace.session
    }

    ChangePinScreen {
        parent: workspace.Overlay.overlay
        anchors.fill: parent
        z: 999  // under the lock: a locked screen stays locked
        visible: workspace.session.changingPin
        session: workspace.session
    }

    // Made the first time they are opened, and named by file: most starts never open either (~3 MB of
    // every start). Each loader fills the workspace: it is the popup's parent, whose width it follows.
    Loader {
        id: roleCard
        objectName: "roleCardLoader"
        anchors.fill: parent
        active: false
        function open() {
            active = true
            item.open()
        }
        Component.onCompleted: setSource("RoleCard.qml", { session: workspace.session })
    }
    Loader {
        id: kioskExit
        objectName: "kioskExitLoader"
        anchors.fill: parent
        active: false
        function open() {
            active = true
            item.open()
        }
        Component.onCompleted: setSource("KioskExit.qml", { shell: workspace.shell })
    }
}
