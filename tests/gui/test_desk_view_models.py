"""The desk's view-models without the window: amount bands, waits, the outcome form's rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from lobby_app.domain.money import yuan
from lobby_app.gui.app import build_screens
from lobby_app.gui.desk_vm import band_text
from lobby_app.gui.formatting import minutes_seconds
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import tag_and_refer

from ..conftest import row_counts


@pytest.fixture
def screens(qapp, ctx, team):
    s = build_screens(qapp, ctx, language="zh_CN")
    yield s
    s.close()


@pytest.mark.parametrize(
    ("fen", "zh"),
    [
        (0, ""),  # no money moved in this visit
        (yuan(49_999) + 99, "5万以下"),
        (yuan(50_000), "5万–20万"),  # DOMAIN.md's threshold opens the first band above it
        (yuan(199_999), "5万–20万"),
        (yuan(200_000), "20万–100万"),
        (yuan(1_000_000), "100万及以上"),
    ],
)
def test_amount_bands_at_their_edges(screens, fen, zh):
    assert band_text(fen) == zh


def test_waits_read_as_minutes_and_seconds(screens):
    assert [minutes_seconds(s) for s in (0, 59, 60, 75, 3600, -5)] == ["0:00", "0:59", "1:00", "1:15", "60:00", "0:00"]
    start = datetime(2026, 3, 10, 2, 0, tzinfo=UTC).timestamp() * 1000
    assert screens.desk.waitedText(start, start + 125_000) == "已等2:05"


def met_customer(ctx, team, screens) -> str:
    handoffs.set_presence(ctx, team.wm1, presence="available")
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(80_000)))
    handoffs.accept(ctx, team.wm1, handoff_id=change.id)
    handoffs.meet(ctx, team.wm1, handoff_id=change.id)
    screens.session.signIn("3001", "580274")
    screens.outcome.open(change.id, "王先生")
    return str(change.id)


def test_outcome_amounts_follow_the_lobby_screens_rules(screens, ctx, team):
    met_customer(ctx, team, screens)
    vm = screens.outcome
    before = row_counts(ctx)
    for text, error in [
        ("abc", "只能填数字，如50000或5万"),
        ("-5", "不能是负数"),
        ("0", "请填大于零的金额"),
        ("12.345", "最多两位小数"),
    ]:
        vm.setAmount("fund", text)
        assert not vm.submit()
        [fund] = [r for r in vm.property("products").rows if r["code"] == "fund"]
        assert (fund["selected"], fund["amountText"], fund["error"]) == (True, text, error), text
    assert row_counts(ctx) == before
    vm.setAmount("fund", "5万")
    vm.setAmount("insurance", "1,000.50")
    assert vm.property("totalText") == "合计¥51,000.50（5.1万）"
    assert vm.submit()
    assert vm.property("handoffId") == ""  # the form is cleared for the next customer


def test_a_ticked_product_without_an_amount_names_that_product(screens, ctx, team):
    met_customer(ctx, team, screens)
    vm = screens.outcome
    vm.toggleProduct("insurance")
    assert not vm.submit()
    [insurance] = [r for r in vm.property("products").rows if r["code"] == "insurance"]
    assert insurance["error"] == "必填"


def test_a_follow_up_time_must_be_a_time_and_in_the_future(screens, ctx, team, clock):
    met_customer(ctx, team, screens)
    vm = screens.outcome
    vm.setKind("follow_up")
    vm.setDay(0)  # today; it is 10:00 in the branch
    for text, error in [("25:00", "请填时间，如14:30"), ("soon", "请填时间，如14:30"), ("09:59", "请选择之后的时间")]:
        vm.setTime(text)
        assert not vm.submit()
        assert vm.property("followUpError") == error, text
    vm.setTime("10：30")  # a full-width colon from a Chinese keyboard is fine
    assert vm.follow_up_at() == clock.now + timedelta(minutes=30)
    vm.setDate("2026-02-30")
    assert not vm.submit()
    assert vm.property("followUpError") == "请填日期，如2026-12-05"
    vm.setDate("2026-04-01")  # any date can be typed, not only the presets
    assert vm.property("dayIndex") == -1
    assert vm.submit()
    assert vm.property("handoffId") == ""


def test_the_status_bar_says_how_the_hub_link_stands(qapp, ctx, clock):
    from lobby_app.sync.loop import SyncStatus

    screens = build_screens(qapp, ctx, language="zh_CN", hub=True)
    try:
        shell = screens.shell
        assert shell.property("syncText") == "正在连接网点服务器…"
        shell.set_sync_status(SyncStatus(reachable=True, waiting=2))
        assert shell.property("syncText") == "已连接网点服务器 · 2项变更发送中"
        assert shell.property("hubBanner") == "" and not shell.property("syncTrouble")
        shell.set_sync_status(SyncStatus(reachable=False, down_since=clock.now, waiting=3))
        assert shell.property("syncText") == "自10:00起连不上网点服务器 · 本机3项变更待发送"
        assert shell.property("hubBanner").startswith("自10:00起连不上网点服务器") and shell.property("syncTrouble")
        shell.setLanguage("en")
        assert shell.property("syncText") == "Branch hub unreachable since 10:00 · 3 changes wait here"
        # The hub answers, but this store refuses what it sent: said in red and above every screen.
        shell.set_sync_status(SyncStatus(reachable=True, waiting=1, store_error="IntegrityError: …"))
        trouble = "This device cannot save the branch hub's latest changes · 1 changes wait here · tell the branch head"
        assert shell.property("syncText") == trouble and shell.property("hubBanner") == trouble
        assert shell.property("syncTrouble")
        shell.set_sync_status(SyncStatus(reachable=True))
        assert shell.property("hubBanner") == "" and not shell.property("syncTrouble")
        # A hub run with --insecure-http: said on every screen, in red, whatever else the status says.
        shell.set_sync_status(SyncStatus(reachable=True, insecure=True))
        assert (
            shell.property("syncText") == "Branch hub connected · every change confirmed · NOT ENCRYPTED (plain HTTP)"
        )
        assert shell.property("syncTrouble") and shell.property("hubBanner") == ""
    finally:
        screens.close()


def test_the_status_bar_says_which_side_to_update_when_the_hub_speaks_another_protocol(qapp, ctx):
    from lobby_app.sync.loop import SyncStatus

    screens = build_screens(qapp, ctx, language="zh_CN", hub=True)
    try:
        shell = screens.shell
        shell.set_sync_status(SyncStatus(reachable=True, waiting=2, update="update_device"))
        old_app = "本机应用版本过旧，网点服务器无法接收：请升级 · 本机2项变更待发送"
        assert shell.property("syncText") == old_app and shell.property("hubBanner") == old_app
        assert shell.property("syncTrouble")
        shell.setLanguage("en")
        shell.set_sync_status(SyncStatus(reachable=True, waiting=2, update="update_hub"))
        old_hub = "The branch hub needs an update to take this device's changes · 2 wait here"
        assert shell.property("syncText") == old_hub and shell.property("hubBanner") == old_hub
    finally:
        screens.close()


def test_a_tap_publishes_its_changes_once_and_the_desk_refreshes_once(screens, ctx, team, monkeypatch):
    """One runner for every tap (gui/ops.py): the change goes on the bus once, and the desk refreshes
    from it once, not a second time of its own."""
    handoffs.set_presence(ctx, team.wm1, presence="available")
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(80_000)))
    screens.session.signIn("3001", "580274")
    assert screens.session.signedIn
    published, refreshed = [], []
    screens.bus.subscribe(published.append)
    real = screens.desk.refresh
    monkeypatch.setattr(screens.desk, "refresh", lambda **kw: (refreshed.append(kw), real(**kw)))
    assert screens.desk.accept(change.id)
    assert [p.id for p in published] == [change.id] and len(refreshed) == 1
    assert handoffs_state(ctx, change.id) == "accepted"
    published.clear()
    assert not screens.desk.accept(change.id)  # refused: shown on the desk, nothing published
    assert published == [] and screens.desk.property("error")


def handoffs_state(ctx, handoff_id: str) -> str:
    from lobby_app.store.tables import Handoff

    with ctx.db.read() as s:
        row = s.get(Handoff, handoff_id)
    assert row is not None
    return row.state
