"""Composition root of the GUI: the view-models, handed to the window `start.py` made, and the qasync loop."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field

import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlComponent, QQmlError
from PySide6.QtQuick import QQuickItem, QQuickWindow

from ..paths import ui_dir
from ..services.branch_setup import is_set_up
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..settings import save_font_scale
from ..sync.config import HubConfig
from ..sync.loop import SyncLoop, SyncStatus
from .admin_vm import AdminViewModel
from .alerts import Alerts
from .branch_vm import BranchViewModel
from .callback_vm import CallbackViewModel
from .credit_vm import CreditViewModel
from .desk_vm import DeskViewModel
from .handoff_vm import HandoffViewModel
from .live import ActivityFilter, LiveUpdates
from .my_credit_vm import MyCreditViewModel
from .notices_vm import NoticesViewModel
from .outcome_vm import OutcomeViewModel
from .referrals_vm import MyReferralsViewModel
from .session_vm import SessionViewModel
from .settings_vm import SettingsViewModel
from .setup_vm import SetupViewModel
from .shell_vm import ShellViewModel
from .staff_vm import StaffViewModel
from .standards_vm import StandardsViewModel
from .start import Translations, load_window
from .tag_form_vm import TagFormViewModel

QUIT_WAIT_S = 5.0  # the sync's goodbye when the app quits; changes not yet sent wait in the outbox


@dataclass
class Screens:
    """The view-models of one window, built in Python and handed to QML."""

    session: SessionViewModel
    shell: ShellViewModel
    form: TagFormViewModel
    handoff: HandoffViewModel
    callback: CallbackViewModel
    referrals: MyReferralsViewModel
    desk: DeskViewModel
    outcome: OutcomeViewModel
    notices: NoticesViewModel
    branch: BranchViewModel
    settings: SettingsViewModel
    standards: StandardsViewModel
    credit: CreditViewModel
    admin: AdminViewModel
    staff: StaffViewModel
    setup: SetupViewModel
    my_credit: MyCreditViewModel
    alerts: Alerts
    bus: ChangeBus
    live: LiveUpdates
    translations: Translations
    engine: QQmlApplicationEngine | None = None
    workspace: QQuickItem | None = None
    # Kept as long as the workspace: once PySide frees the component, the workspace is deleted, and
    # once it frees the dict of view-models it was made with, QML reads them as null (seen in both).
    workspace_made_with: tuple[QQmlComponent, dict[str, QObject]] | None = None
    unsubscribe: list[Callable[[], None]] = field(default_factory=list)

    def qml_properties(self) -> dict[str, QObject]:
        return {
            "session": self.session,
            "shell": self.shell,
            "form": self.form,
            "handoff": self.handoff,
            "callback": self.callback,
            "referrals": self.referrals,
            "desk": self.desk,
            "outcome": self.outcome,
            "notices": self.notices,
            "branch": self.branch,
            "settings": self.settings,
            "standards": self.standards,
            "credit": self.credit,
            "admin": self.admin,
            "staff": self.staff,
            "setup": self.setup,
            "myCredit": self.my_credit,
        }

    def view_models(self) -> tuple[QObject, ...]:
        return (
            self.session,
            self.form,
            self.handoff,
            self.callback,
            self.referrals,
            self.desk,
            self.outcome,
            self.notices,
            self.branch,
            self.settings,
            self.standards,
            self.credit,
            self.admin,
            self.staff,
            self.setup,
            self.my_credit,
        )

    def set_sync_status(self, status: SyncStatus) -> None:
        """The sync's word after each round: the status bar, and the others' states as of when."""
        self.shell.set_sync_status(status)
        # The hub away: what the others' states show is as of the last time it answered.
        as_of = (status.last_ok or status.down_since) if status.reachable is False else None
        self.handoff.set_stale_since(as_of)
        self.branch.set_stale_since(as_of)

    def switch_language(self, language: str) -> None:
        self.translations.install(language)
        if self.engine is not None:
            self.engine.retranslate()  # every qsTr in QML
        for vm in self.view_models():
            vm.retranslate()  # every string made in Python

    def close(self) -> None:
        """The engine goes before the view-models it binds to, or teardown prints binding errors."""
        for unsubscribe in self.unsubscribe:
            unsubscribe()
        if self.workspace is not None:  # first, while the window and the view-models it binds to live
            self.workspace.deleteLater()
            self.workspace = self.workspace_made_with = None
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if self.engine is not None:
            for root in self.engine.rootObjects():  # the window and its items first, explicitly
                root.deleteLater()
            self.engine.deleteLater()
            self.engine = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.alerts.close()
        self.translations.remove()


def build_screens(
    app: QCoreApplication,
    ctx: Ctx,
    *,
    language: str,
    font_scale: int = 100,
    kiosk: bool = False,
    virtual_keyboard: bool = False,
    idle_lock_s: int = 300,
    hub: bool = False,
    hub_link: HubConfig | None = None,
    translations: Translations | None = None,
) -> Screens:
    """`hub`: the screens say where changes stand with a hub; `hub_link`: the hub that checks sign-ins.
    `translations`: the ones the window was made with, already installed for `language`. `font_scale`: per
    cent of the type sizes; a new choice is saved in the store's data directory (display.json)."""
    if translations is None:
        translations = Translations(app)
        translations.install(language)
    bus = ChangeBus()
    session = SessionViewModel(ctx, idle_lock_s=idle_lock_s, hub=hub_link)
    form = TagFormViewModel(ctx, session)
    handoff = HandoffViewModel(ctx, session, form, bus)
    callback = CallbackViewModel(ctx, session, form, bus)
    referrals = MyReferralsViewModel(ctx, session, bus, hub=hub)
    alerts = Alerts()
    desk = DeskViewModel(ctx, session, bus, alerts, hub=hub)
    outcome = OutcomeViewModel(ctx, session, bus)
    notices = NoticesViewModel(ctx, session, bus)
    exports = ctx.db.path.parent / "exports" if ctx.db.path is not None else None
    branch = BranchViewModel(ctx, session, bus, exports=exports, hub=hub)
    settings = SettingsViewModel(ctx, session, bus)
    standards = StandardsViewModel(ctx, session, bus)
    credit = CreditViewModel(ctx, session, bus)
    admin = AdminViewModel(ctx, session, hub=hub_link, exports=exports)
    staff = StaffViewModel(ctx, session, bus)
    # A standalone device with nobody on its staff sets its branch up here; one with a hub takes it from there.
    setup = SetupViewModel(ctx, session, bus, needed=not hub and hub_link is None and not is_set_up(ctx))
    my_credit = MyCreditViewModel(ctx, session, bus)
    screens: Screens
    data_dir = ctx.db.path.parent if ctx.db.path is not None else None
    shell = ShellViewModel(
        ctx,
        language=language,
        switch_language=lambda lang: screens.switch_language(lang),
        font_scale=font_scale,
        save_font_scale=(lambda scale: save_font_scale(data_dir, scale)) if data_dir is not None else None,
        kiosk=kiosk,
        virtual_keyboard=virtual_keyboard,
        hub=hub,
        hub_link=hub_link,
    )
    screens = Screens(
        session,
        shell,
        form,
        handoff,
        callback,
        referrals,
        desk,
        outcome,
        notices,
        branch,
        settings,
        standards,
        credit,
        admin,
        staff,
        setup,
        my_credit,
        alerts,
        bus,
        LiveUpdates(ctx, bus, session, linked=hub),
        translations,
    )
    listeners = (form, handoff, referrals, desk, notices, branch, settings, standards, credit, staff, my_credit)
    screens.unsubscribe = [bus.subscribe(vm.on_changes) for vm in listeners]
    screens.unsubscribe.append(bus.subscribe(lambda change: shell.tick() if Changed.CLOCK in change else None))
    session.changed.connect(form.retranslate)  # the verdict preview needs the signed-in actor
    return screens


def open_workspace(engine: QQmlApplicationEngine, screens: Screens) -> None:
    """ui/Workspace.qml made with the view-models (never made inside QML) and put into the window."""
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    views = screens.qml_properties()
    component = QQmlComponent(engine, QUrl.fromLocalFile(str(ui_dir() / "Workspace.qml")))
    workspace = component.createWithInitialProperties(views)
    if not isinstance(workspace, QQuickItem):
        raise RuntimeError(f"ui/Workspace.qml: {component.errorString()}")
    window.setProperty("workspace", workspace)
    screens.engine, screens.workspace, screens.workspace_made_with = engine, workspace, (component, views)


def find_object(window: QObject, name: str) -> QObject | None:
    """An object of the window's, or of its workspace's: made apart from the window, the workspace is no
    QObject child of it (see `open_workspace`), so the window's own findChild misses it."""
    workspace = window.property("workspace")
    return window.findChild(QObject, name) or (workspace.findChild(QObject, name) if workspace else None)


def build_engine(
    screens: Screens, *, on_warnings: Callable[[list[QQmlError]], None] | None = None
) -> QQmlApplicationEngine:
    """The window and its workspace at once (tests, screenshots)."""
    shell = screens.shell
    engine = load_window(
        kiosk=shell.kiosk, virtual_keyboard=shell.virtualKeyboard, font_scale=shell.fontScale, on_warnings=on_warnings
    )
    open_workspace(engine, screens)
    return engine


def open_app(
    app: QGuiApplication,
    engine: QQmlApplicationEngine,
    translations: Translations,
    ctx: Ctx,
    *,
    language: str,
    font_scale: int = 100,
    kiosk: bool = False,
    virtual_keyboard: bool = False,
    idle_lock_s: int = 300,
    hub: HubConfig | None = None,
) -> Screens:
    """The view-models over the open store, handed to the window already shown."""
    screens = build_screens(
        app,
        ctx,
        language=language,
        font_scale=font_scale,
        kiosk=kiosk,
        virtual_keyboard=virtual_keyboard,
        idle_lock_s=idle_lock_s,
        hub=hub is not None,
        hub_link=hub,
        translations=translations,
    )
    activity = ActivityFilter(screens.session)
    app.installEventFilter(activity)
    screens.unsubscribe.append(lambda: app.removeEventFilter(activity))
    open_workspace(engine, screens)
    screens.live.start()
    return screens


def serve(app: QGuiApplication, ctx: Ctx, screens: Screens, hub: HubConfig | None) -> int:
    """The app runs until it quits: Qt's loop, or with a hub qasync's with the sync beside it."""
    code = app.exec() if hub is None else _run_with_hub(app, ctx, screens, hub)
    screens.close()
    return code


def _run_with_hub(app: QGuiApplication, ctx: Ctx, screens: Screens, hub: HubConfig) -> int:
    """The Qt loop as an asyncio loop (qasync), with the device's sync running beside the screens."""
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    sync = SyncLoop(
        ctx,
        hub,
        on_round=lambda done: screens.bus.publish(done.changes),  # what the hub's rows touched, no more
        on_status=screens.set_sync_status,
    )

    def local_change(change: Changes) -> None:  # push soon; not for the clock, nor for what a pull brought
        if change.kinds & ~Changed.CLOCK and Changed.SYNC not in change:
            sync.wake()

    screens.unsubscribe.append(screens.bus.subscribe(local_change))

    stop = asyncio.Event()
    with loop:
        task = loop.create_task(sync.run(stop))
        loop.run_forever()  # until Qt quits (the window closed, kiosk mode ended)
        # Qt's loop has ended, not asyncio's: run it once more for the sync's goodbye (its open
        # requests and stream closed), or quitting ends in a traceback and exit code 1.
        stop.set()
        with contextlib.suppress(TimeoutError):
            loop.run_until_complete(asyncio.wait_for(task, QUIT_WAIT_S))
    return 0
