"""The branch head's day, clicked on the real window."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lobby_app.gui.formatting import money
from lobby_app.services import handoffs as svc

from ..services.test_day_report import the_day
from ..services.test_ledger import convert
from .conftest import Window


def test_the_head_opens_the_branch_today_and_steps_back_a_day(window: Window, ctx, team, clock):
    the_day(ctx, team, clock)
    window.sign_in("8001")
    assert not window.item("branchPage").isVisible()
    window.click("tabBranch")
    assert window.item("branchPage").isVisible() and window.item("hallPanel").isVisible()
    assert window.text("dayText") == "今天，2026-03-10"
    assert window.text("creditTotal") == "团队合计：¥100,000（10万）"
    window.click("previousDay")
    assert window.text("dayText") == "2026-03-09"
    assert not window.item("hallPanel").isVisible()  # the hall is now, not that day
    window.click("showToday")
    assert window.text("dayText") == "今天，2026-03-10"


def test_only_the_branch_head_has_the_branch_tab_even_after_the_head_left_it_open(window: Window, ctx, team):
    window.sign_in("8001")
    window.click("tabBranch")
    window.click("signOutButton")
    window.sign_in("1001")
    assert not window.item("tabBranch").isVisible()
    assert window.find("branchPage") is None  # not even made for anyone else


def test_the_head_changes_a_setting_and_a_wrong_one_is_refused_under_its_field(window: Window, ctx, team):
    from lobby_app.services.branch_settings import COACHING_DAYS, value

    window.sign_in("8001")
    window.click("tabBranch")
    assert not window.item("settingsPanel").isVisible()  # not on the day's page any more: a page of its own
    window.click("sectionSettings")
    field = window.item("setting_coaching_days")
    for typed, error in (("abc", "请填整数"), ("200", "须在1到90之间")):
        field.setProperty("text", "")
        window.type_into("setting_coaching_days", typed)
        window.click("save_coaching_days")
        assert window.text("error_coaching_days") == error
        assert value(ctx, COACHING_DAYS) == 7  # the setting in force stays
    field.setProperty("text", "")
    window.type_into("setting_coaching_days", "14")
    window.click("save_coaching_days")
    assert value(ctx, COACHING_DAYS) == 14 and window.text("error_coaching_days") == ""
    window.click("purgeNow")  # asks first, and says nobody is due
    assert window.popup_open("purgeConfirm")
    assert window.text("purgeQuestion") == "没有到期的客户：未成交客户的信息保留90天。"
    assert not window.item("purgeConfirmButton").isVisible()
    window.click("purgeCancel")
    assert not window.popup_open("purgeConfirm") and window.text("purgeText") == ""


@pytest.mark.parametrize("window", ["en"], indirect=True)
def test_the_head_allocates_an_exception_and_closes_the_month_on_the_credit_screen(window: Window, ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    clock.now = datetime(2026, 3, 31, 2, 0, tzinfo=UTC)
    convert(ctx, team, "王先生", 10_000_003)
    convert(ctx, team, "张先生", 300_000, shared_with=[team.teller.staff_id])
    clock.now = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)
    window.sign_in("8001")
    window.click("tabBranch")
    window.click("sectionCredit")
    assert window.item("creditPage").isVisible() and window.text("monthText") == "2026-04"
    window.click("previousMonth")
    assert window.text("monthTotal") == money(10_000_003)
    [exc] = window.screens.credit.property("exceptions").rows
    window.click(f"allocate_{exc['exceptionId']}")
    assert window.popup_open("allocationForm")
    window.type_into(f"share_{team.lobby.staff_id}", "50")
    window.type_into(f"share_{team.teller.staff_id}", "40")
    assert window.text("sharesTotal") == "Total: 90%"
    window.type_into("allocationReason", "served together")
    assert not window.item("saveAllocation").isEnabled()  # allocated only at exactly 100%
    assert window.popup_open("allocationForm")
    window.item(f"share_{team.teller.staff_id}").setProperty("text", "")
    window.type_into(f"share_{team.teller.staff_id}", "50")
    window.click("saveAllocation")
    assert not window.popup_open("allocationForm")
    assert window.text("monthTotal") == money(10_300_003)
    window.click("closeMonth")
    assert window.text("closedText").startswith("Closed on 2026-04-01 10:00")
    assert not window.item("closeMonth").isVisible()


def test_the_head_picks_an_earlier_day_on_the_calendar_but_not_a_later_one(window: Window, ctx, team, clock):
    the_day(ctx, team, clock)
    window.sign_in("8001")
    window.click("tabBranch")
    window.click("pickDay")
    assert window.popup_open("dayPicker")
    window.click("pickDay_2026-03-11")  # tomorrow: nothing to show yet
    assert window.text("dayText") == "今天，2026-03-10" and window.popup_open("dayPicker")
    window.click("pickerPrevious")
    assert window.text("pickerMonth") == "2026-02"
    window.click("pickDay_2026-02-14")
    assert window.text("dayText") == "2026-02-14" and not window.popup_open("dayPicker")
