"""Issue 21, point 4: with the branch hub away, the wealth managers' states on the lobby tablet, and the
hall now on the head's console, are what the hub last said: they say as of when (the lobby's dots turn
grey), and are live again once it answers."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QAccessible

from lobby_app.sync.loop import SyncStatus
from lobby_app.tooling.demo import DEMO_STAFF, seed_demo

from .conftest import open_window


def _pin(number: str) -> str:
    return next(pin for n, _, _, pin in DEMO_STAFF if n == number)


def test_the_states_say_as_of_when_while_the_hub_is_away_and_are_live_again_after(qapp, qtbot, ctx, clock):
    seed_demo(ctx)
    with open_window(qapp, qtbot, ctx, language="en", hub=True) as w:
        w.screens.session.signIn("1001", _pin("1001"))
        w.settle()
        stale = w.item("staleStates")
        assert not stale.isVisible()  # before the first round: nothing to say yet

        last_answer = clock.now - timedelta(minutes=18)
        w.screens.set_sync_status(SyncStatus(reachable=False, down_since=clock.now, last_ok=last_answer))
        w.settle()
        local = last_answer.astimezone(ctx.tz).strftime("%H:%M")
        assert stale.isVisible()
        assert w.text("staleStates") == f"Branch hub away: states and waits as of {local}, they may have changed"
        QAccessible.setActive(True)  # as with a screen reader: the "next free" choice says it too
        try:
            face = QAccessible.queryAccessibleInterface(w.item("wm_auto"))
            assert face is not None and f"as of {local}" in face.text(QAccessible.Text.Name)
        finally:
            QAccessible.setActive(False)

        w.screens.set_sync_status(SyncStatus(reachable=True, last_ok=clock.now))
        w.settle()
        assert not stale.isVisible() and w.text("staleStates") == ""


def test_a_hub_never_answered_counts_from_when_it_was_first_missed(qapp, qtbot, ctx, clock):
    seed_demo(ctx)
    with open_window(qapp, qtbot, ctx, language="zh_CN", hub=True) as w:
        w.screens.session.signIn("1001", _pin("1001"))
        w.settle()
        w.screens.set_sync_status(SyncStatus(reachable=False, down_since=clock.now))
        w.settle()
        local = clock.now.astimezone(ctx.tz).strftime("%H:%M")
        assert w.text("staleStates") == f"网点服务器已断开：以下状态和等候时间截至{local}，可能已有变化"


def test_the_heads_hall_now_says_as_of_when_while_the_hub_is_away(qapp, qtbot, ctx, clock):
    seed_demo(ctx)
    with open_window(qapp, qtbot, ctx, language="en", hub=True) as w:
        w.screens.session.signIn("8001", _pin("8001"))
        w.settle()
        live = w.screens.branch.property("queueText")
        assert "as of" not in live
        last_answer = clock.now - timedelta(minutes=18)
        w.screens.set_sync_status(SyncStatus(reachable=False, down_since=clock.now, last_ok=last_answer))
        local = last_answer.astimezone(ctx.tz).strftime("%H:%M")
        assert w.screens.branch.property("queueText") == f"{live} · branch hub away: as of {local}"
        w.screens.set_sync_status(SyncStatus(reachable=True, last_ok=clock.now))
        assert w.screens.branch.property("queueText") == live
