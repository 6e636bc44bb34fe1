"""`lobby-app screenshot`: any screen rendered with demo data, in either language, at any size."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtQuick import QQuickWindow

from ..app_setup import open_store
from ..demo import DEMO_STAFF, make_hall_busy, seed_demo
from ..domain.roles import Role
from ..services.context import Ctx, changes
from ..settings import Settings
from .app import Screens, build_engine, build_screens, make_app
from .live import EVERYTHING


def _pin(role: Role) -> tuple[str, str]:
    number, _, _, pin = next(s for s in DEMO_STAFF if s[2] is role)
    return number, pin


def _fill_eligible(s: Screens) -> None:
    s.form.setPurpose("deposit")
    for key in ("8", "万"):
        s.form.key(key)
    s.form.toggleProduct("fund")
    s.form.setAddressAs("王先生")
    s.form.setTicket("A023")
    s.handoff.setNote("王先生 80万定期到期，想了解基金定投")


def _fill_not_eligible(s: Screens) -> None:
    s.form.setPurpose("other")
    s.form.toggleProduct("mobile_banking")
    s.form.setAddressAs("李女士")


def _all_busy(ctx: Ctx, s: Screens) -> None:
    make_hall_busy(ctx)
    s.bus.publish(changes(*EVERYTHING))
    _fill_eligible(s)


def _callback(s: Screens, root: QObject) -> None:
    _fill_eligible(s)
    s.form.setInHurry(True)
    sheet = root.findChild(QObject, "callbackSheet")
    assert sheet is not None
    s.callback.open()
    s.callback.setPhone("138 0013 8000")
    s.callback.setConsent(True)
    sheet.setProperty("visible", True)


def _sent(s: Screens) -> None:
    _fill_eligible(s)
    s.handoff.send()


def _popup(name: str) -> Callable[[Screens, QObject], None]:
    def show(s: Screens, root: QObject) -> None:
        found = root.findChild(QObject, name)
        assert found is not None, name
        found.setProperty("visible", True)

    return show


# A Friday afternoon in the branch (15:30 in Shanghai): the same pictures on every run.
SCREENSHOT_TIME = datetime(2026, 11, 27, 7, 30, tzinfo=UTC)

SCREENS: dict[str, Callable[[Ctx, Screens, QObject], None]] = {
    "sign-in": lambda ctx, s, root: s.session.signOut(),
    "lobby": lambda ctx, s, root: None,
    "eligible": lambda ctx, s, root: _fill_eligible(s),
    "not-eligible": lambda ctx, s, root: _fill_not_eligible(s),
    "all-busy": lambda ctx, s, root: _all_busy(ctx, s),
    "callback": lambda ctx, s, root: _callback(s, root),
    "sent": lambda ctx, s, root: _sent(s),
    "my-referrals": lambda ctx, s, root: root.setProperty("tab", 1),
    "role-card": lambda ctx, s, root: _popup("roleCard")(s, root),
    "locked": lambda ctx, s, root: s.session.lockNow(),
    "kiosk-exit": lambda ctx, s, root: _popup("kioskExit")(s, root),
}


def screenshot(*, screen: str, language: str, size: tuple[int, int], out: Path) -> list[str]:
    """Render `screen` to `out` (PNG); returns any QML warnings."""
    if screen not in SCREENS:
        raise ValueError(f"screen must be one of {', '.join(SCREENS)}")
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_store(Settings(data_dir=Path(tmp)), clock=lambda: SCREENSHOT_TIME)
        seed_demo(ctx)
        app = make_app()
        screens = build_screens(app, ctx, language=language, kiosk=screen == "kiosk-exit")
        warnings: list[str] = []
        engine = build_engine(screens, on_warnings=lambda ws: warnings.extend(w.toString() for w in ws))
        root = engine.rootObjects()[0]
        assert isinstance(root, QQuickWindow)
        root.setProperty("visibility", 2)  # windowed, whatever kiosk asked for: the size is the point here
        root.resize(*size)
        try:
            number, pin = _pin(Role.LOBBY_MANAGER)
            screens.session.signIn(number, pin)
            SCREENS[screen](ctx, screens, root)
            for _ in range(5):
                QCoreApplication.processEvents()
            image = root.grabWindow()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(out)):
                raise OSError(f"could not write {out}")
        finally:
            screens.close()
            ctx.db.dispose()
    return warnings
