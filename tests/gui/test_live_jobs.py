"""A device without a hub runs the branch's nightly jobs itself, on its clock: the purge and a backup
beside its store, and the screens hear what the purge changed."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from lobby_app.domain.money import yuan
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.context import Changed, changes
from lobby_app.services.housekeeping import last_backup, last_purge
from lobby_app.services.lobby import tag_and_refer
from lobby_app.services.staff import sign_in
from lobby_app.store.tables import CustomerTag


def test_a_device_without_a_hub_purges_and_backs_up_at_the_branchs_hours(window, ctx, team, clock):
    sign_in(ctx, staff_no="1001", pin="580274")
    tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(80_000), address_as="李女士"))
    heard: list[Changed] = []
    window.screens.bus.subscribe(lambda change: heard.append(change.kinds))
    live = window.screens.live
    live.run_jobs()  # 10:00 branch time: nothing due
    assert heard == [] and last_purge(ctx) is None

    local = (clock.now + timedelta(days=91)).astimezone(ctx.tz).replace(hour=23, minute=0)
    clock.now = local.astimezone(clock.now.tzinfo)
    live.run_jobs()
    assert last_purge(ctx) == (clock.now, 1)
    with ctx.db.read() as s:
        assert s.exec(select(CustomerTag)).one().address_as == ""
    done = last_backup(ctx)
    assert done is not None and done.ok and done.path.parent == ctx.db.path.parent / "backups"
    assert heard and Changed.TAGS in heard[-1] and Changed.HANDOFFS in heard[-1]


def test_the_console_reports_the_nightly_purge_and_warns_without_a_backup_from_the_last_day(window, ctx, team, clock):
    window.sign_in("8001")
    window.click("tabBranch")
    assert window.item("backupWarningDay").isVisible()  # the day's page says it too, and leads to the settings
    window.click("backupWarningDay")
    assert window.item("settingsPage").isVisible()
    assert window.text("lastPurgeText") == "定时清除尚未运行"
    assert window.text("backupText") == "⚠ 尚无备份：请执行 lobby-app hub backup"
    local = (clock.now + timedelta(days=1)).astimezone(ctx.tz).replace(hour=23, minute=0)
    clock.now = local.astimezone(clock.now.tzinfo)
    window.screens.live.run_jobs()  # the purge (nobody due) and the backup, as at 23:00
    assert window.text("lastPurgeText") == "定时清除03-11 23:00：已清除0位客户的个人信息"
    assert window.text("backupText") == "最近备份：03-11 23:00"
    clock.now += timedelta(days=1, minutes=1)  # a day on, no backup since
    window.screens.bus.publish(changes(Changed.CLOCK, Changed.SETTINGS))
    assert window.text("backupText").startswith("⚠ 最近备份")
