"""The window comes first: its sign-in form takes typing before the store is open, and signing in works once
the workspace is in, with what was typed kept."""

from __future__ import annotations

import gc

from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from lobby_app.gui.app import build_screens, open_workspace
from lobby_app.gui.start import load_window, wait_for_first_frame

from .conftest import Window


def test_typing_starts_before_the_store_and_signing_in_waits_for_it(qapp, qtbot, ctx, team):
    warnings: list[str] = []
    engine = load_window(
        kiosk=False, virtual_keyboard=False, on_warnings=lambda ws: warnings.extend(w.toString() for w in ws)
    )
    root = engine.rootObjects()[0]
    assert isinstance(root, QQuickWindow)
    root.resize(1280, 800)
    wait_for_first_frame(root)
    w = Window(root, None, qtbot)  # type: ignore[arg-type]  (no screens yet: that is the point)
    assert w.find("workspace") is None and w.find("tabTag") is None  # nothing but the form
    w.type_into("staffNo", "10")
    w.type_into("pin", "5802")
    assert w.item("signInButton").property("enabled") is False
    QTest.keyClick(root, "\r")  # Enter in the PIN field: nothing happens yet, and nothing is lost
    assert w.text("pin") == "5802" and w.text("signInError") == ""

    screens = build_screens(qapp, ctx, language="zh_CN")
    open_workspace(engine, screens)
    try:
        assert w.find("workspace") is not None
        assert (w.text("staffNo"), w.text("pin")) == ("10", "5802")  # the form moved into the workspace as it was
        assert w.item("signInButton").property("enabled") is True
        for key in "74":  # the PIN field still has the keyboard
            QTest.keyClick(root, key)
        w.type_into("staffNo", "01")
        assert (w.text("staffNo"), w.text("pin")) == ("1001", "580274")
        w.click("signInButton")
        assert screens.session.actor == team.lobby
        assert w.item("tabTag").isVisible() and not w.item("staffNo").isVisible()
        assert warnings == []
    finally:
        screens.close()
        gc.collect()


def test_a_store_that_cannot_be_opened_is_said_on_the_window_and_no_one_signs_in(qapp, caplog):
    from PySide6.QtCore import QTimer

    from lobby_app.gui.start import run

    def broken_store():
        raise OSError("database disk image is malformed")

    seen: dict[str, object] = {}

    def look_then_close() -> None:
        [window] = [w for w in qapp.topLevelWindows() if w.property("startError")]
        seen["error"] = window.property("startError")
        seen["form"] = window.findChild(QQuickItem, "signInButton").isVisible()
        window.close()  # the window closes, kiosk or not: no PIN can be checked without the store

    QTimer.singleShot(200, look_then_close)
    assert run(broken_store, language="zh_CN", kiosk=True) == 1
    said = "本机记录无法打开，暂不能在此登录，请告知网点负责人：database disk image is malformed"
    assert seen == {"error": said, "form": False}
    [record] = [r for r in caplog.records if r.name == "lobby_app.gui.start"]  # the traceback, for support
    assert record.exc_info is not None and str(record.exc_info[1]) == "database disk image is malformed"
