"""Issue 21, point 15: the text size (100, 125, 150%) chosen in the header changes every screen's text at
once, on the real QML, and the next start of the app on this device opens at it (display.json)."""

from __future__ import annotations

import json

from PySide6.QtGui import QFont

from lobby_app.settings import DISPLAY_FILE, Settings
from lobby_app.tooling.demo import DEMO_STAFF, seed_demo

from .conftest import Window, open_window


def _pixels(w: Window, name: str) -> int:
    font = w.item(name).property("font")
    assert isinstance(font, QFont)
    return font.pixelSize()


def _sign_in_lobby(w: Window) -> None:
    number, _, _, pin = next(s for s in DEMO_STAFF if s[0] == "1001")
    w.screens.session.signIn(number, pin)
    w.settle()


def test_the_text_size_changes_the_screen_at_once_and_is_there_after_a_restart(qapp, qtbot, ctx):
    seed_demo(ctx)
    data_dir = ctx.db.path.parent
    assert Settings.load({}, data_dir=data_dir).font_scale == 100
    with open_window(qapp, qtbot, ctx, language="en") as w:
        _sign_in_lobby(w)
        before = {name: _pixels(w, name) for name in ("signedInAs", "sendButton", "addressField")}
        assert before == {"signedInAs": 18, "sendButton": 20, "addressField": 18}
        header = w.root.property("header").height()
        w.click("textSizeButton")
        assert w.popup_open("textSizeMenu")
        w.click("textSize_150")
        w.settle()
        assert w.screens.shell.fontScale == 150
        assert {name: _pixels(w, name) for name in before} == {"signedInAs": 27, "sendButton": 29, "addressField": 27}
        assert w.root.property("header").height() > header  # the bar grows with its text
        assert w.item("sendButton").height() >= 48
        w.screens.shell.setFontScale(125)  # the slot QML calls: applied at once too
        w.settle()
        assert _pixels(w, "signedInAs") == 23 and _pixels(w, "staffNo") == 28  # the sign-in form's too
        w.click("textSizeButton")
        w.click("textSize_150")
        w.settle()
    assert json.loads((data_dir / DISPLAY_FILE).read_text()) == {"font_scale": 150}

    settings = Settings.load({}, data_dir=data_dir)  # the next start, as the command line loads it
    assert settings.font_scale == 150
    with open_window(qapp, qtbot, ctx, language="en", font_scale=settings.font_scale) as w:
        assert _pixels(w, "staffNo") == 33  # before anyone signs in
        _sign_in_lobby(w)
        assert _pixels(w, "signedInAs") == 27 and w.screens.shell.fontScale == 150


def test_a_size_not_offered_is_ignored_and_nothing_is_saved(qapp, qtbot, ctx):
    seed_demo(ctx)
    with open_window(qapp, qtbot, ctx) as w:
        w.screens.shell.setFontScale(175)
        w.settle()
        assert w.screens.shell.fontScale == 100
    assert not (ctx.db.path.parent / DISPLAY_FILE).exists()
