"""The branch head's day, clicked on the real window."""

from __future__ import annotations

from ..services.test_day_report import the_day
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
    assert not window.item("branchPage").isVisible()


def test_the_head_changes_a_setting_and_a_wrong_one_is_refused_under_its_field(window: Window, ctx, team):
    from lobby_app.services.branch_settings import COACHING_DAYS, value

    window.sign_in("8001")
    window.click("tabBranch")
    field = window.item("setting_coaching_days")
    for typed, error in (("abc", "请填整数"), ("200", "须在 1 到 90 之间")):
        field.setProperty("text", "")
        window.type_into("setting_coaching_days", typed)
        window.click("save_coaching_days")
        assert window.text("error_coaching_days") == error
        assert value(ctx, COACHING_DAYS) == 7  # the setting in force stays
    field.setProperty("text", "")
    window.type_into("setting_coaching_days", "14")
    window.click("save_coaching_days")
    assert value(ctx, COACHING_DAYS) == 14 and window.text("error_coaching_days") == ""
    window.click("purgeNow")
    assert window.text("purgeText") == "没有到期需清除的客户信息"
