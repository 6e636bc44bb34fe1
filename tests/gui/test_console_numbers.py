"""The branch head's console leads with numbers, clicked on the real window: the summary figures with
the change from the same weekday last week, a funnel step listing exactly its customers, the week
switch, and the purge that counts and asks first.

The days, worked out by hand (branch time, Shanghai):

    Tue 3 March  10:00  周先生 tagged and referred to wm3, accepted 10:02 (waited 2:00), not converted;
                        吴女士 tagged, not eligible
    Mon 9 March  23:59  one customer tagged (tests/services/test_day_report.py's day)
    Tue 10 March        the day of tests/services/test_day_report.py: 6 tagged, 3 referred, 1 converted
                        (credit ¥100,000 in all), 陈先生 waiting since 10:07; now 10:28: 21:00

    day  (10th beside the 3rd):  tagged 6 vs 2 (+4), referred 3 vs 1 (+2), converted 1 vs 0 (+1),
                                 credit ¥100,000 vs 0, longest wait 21:00 vs 2:00 (+19:00: worse)
    week (9–15 March beside 2–8): tagged 7 vs 2 (+5), referred 3 vs 1
"""

from __future__ import annotations

from datetime import UTC, datetime

from lobby_app.domain.money import yuan
from lobby_app.protocol.commands import Refer, TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.lobby import tag_and_refer
from lobby_app.services.purge_preview import purge_count
from lobby_app.services.tagging import tag_customer

from ..services.test_day_report import tag, the_day
from .conftest import Window


def the_tuesday_before(ctx, team, clock) -> None:
    clock.now = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)  # Tue 3 March, 10:00
    svc.set_presence(ctx, team.wm3, presence="available")
    h = svc.refer(ctx, team.lobby, Refer(tag_id=tag(ctx, team.lobby, "周先生", 80_000), wm_id=team.wm3.staff_id))
    tag(ctx, team.lobby, "吴女士", 1_000)
    clock.advance(minutes=2)
    svc.accept(ctx, team.wm3, handoff_id=h.id)
    svc.meet(ctx, team.wm3, handoff_id=h.id)
    svc.record_outcome(ctx, team.wm3, handoff_id=h.id, outcome="not_converted", reason="再考虑")
    svc.set_presence(ctx, team.wm3, presence="offline")  # as the 10th has it
    clock.now = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


def figure(window: Window, stage: str) -> tuple[str, str]:
    return window.text(f"figure_{stage}_value"), window.text(f"figure_{stage}_change")


def test_the_figures_lead_with_the_change_from_the_same_weekday_last_week_and_follow_the_week(
    window: Window, ctx, team, clock
):
    the_tuesday_before(ctx, team, clock)
    the_day(ctx, team, clock)
    window.sign_in("8001")
    window.click("tabBranch")
    assert figure(window, "tagged") == ("6", "较上周二+4")
    assert figure(window, "referred") == ("3", "较上周二+2")
    assert figure(window, "converted") == ("1", "较上周二+1")
    assert figure(window, "credit") == ("¥100,000", "较上周二+¥100,000")
    assert figure(window, "wait") == ("21:00", "较上周二+19:00")
    assert window.item("figure_wait").property("tone") == "bad"  # a longer wait is worse: red, and its sign
    assert window.item("figure_tagged").property("tone") == "good"

    window.click("span_week")
    assert window.text("dayText") == "本周，2026-03-09至03-15"
    assert figure(window, "tagged") == ("7", "较上周+5")
    assert figure(window, "referred") == ("3", "较上周+2")
    assert not window.item("eveningPanel").isVisible()  # the evening meeting is the day's
    window.click("previousDay")  # the week before: 2–8 March, beside 23 February – 1 March (nobody)
    assert window.text("dayText") == "2026-03-02至03-08"
    assert figure(window, "tagged") == ("2", "较上周+2")
    assert figure(window, "wait") == ("2:00", "上周：—")
    window.click("span_month")
    assert window.text("dayText") == "本月，2026-03" and figure(window, "tagged") == ("9", "较上月+9")
    window.click("span_day")
    assert window.item("eveningPanel").isVisible()


def test_a_click_on_a_funnel_step_lists_exactly_its_customers(window: Window, ctx, team, clock):
    the_day(ctx, team, clock)
    window.sign_in("8001")
    window.click("tabBranch")
    window.click("funnelStage_referred")
    assert window.popup_open("figureCustomers")
    assert window.text("figureCustomersTitle") == "转介 · 3位客户"
    rows = window.screens.branch.property("customers").rows
    assert [(r["time"], r["customer"], r["referrer"], r["stateText"]) for r in rows] == [
        ("10:00", "王先生", "员工1001", "已成交"),
        ("10:00", "李女士", "员工1001", "未成交"),
        ("10:07", "陈先生", "员工2001", "已推送，等理财经理确认"),
    ]
    assert window.text("behindCustomer_2") == "陈先生"  # drawn, not only in the model
    window.click("figureCustomersClose")
    assert not window.popup_open("figureCustomers")
    window.click("figure_wait")  # the longest wait first
    assert [(r["customer"], r["extra"]) for r in window.screens.branch.property("customers").rows] == [
        ("陈先生", "21:00"),
        ("李女士", "1:30"),
        ("王先生", "0:30"),
    ]


def test_the_list_masks_a_customers_phone(window: Window, ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    tag_and_refer(
        ctx,
        team.lobby,
        TagCustomer(
            purpose="deposit", amount_fen=yuan(80_000), address_as="钱女士", phone="13800138000", phone_consent=True
        ),
    )
    window.sign_in("8001")
    window.click("tabBranch")
    window.click("figure_referred")
    [row] = window.screens.branch.property("customers").rows
    assert row["phone"] == "138****8000" and window.text("behindPhone_0") == "138****8000"


def test_the_purge_says_how_many_it_will_clear_and_cancel_clears_nothing(window: Window, ctx, team, clock):
    for name in ("王先生", "李女士", "张先生"):
        tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(1_000), address_as=name))
    clock.advance(days=90, seconds=1)  # 10:00:01 on 8 June: three customers past the 90 days
    window.sign_in("8001")
    window.click("tabBranch")
    window.click("sectionSettings")
    window.click("purgeNow")
    assert window.popup_open("purgeConfirm")
    assert window.text("purgeQuestion") == (
        "清除3位未成交客户的个人信息（2026-03-10 10:00之前识别，已超过90天）？统计数字保留，清除后无法恢复。"
    )
    assert window.text("purgeConfirmButton") == "清除3位客户"
    window.click("purgeCancel")
    assert not window.popup_open("purgeConfirm")
    assert purge_count(ctx).customers == 3 and window.text("purgeText") == ""  # nothing cleared
    window.click("purgeNow")
    window.click("purgeConfirmButton")
    assert not window.popup_open("purgeConfirm")
    assert window.text("purgeText") == "已清除3位客户的信息" and purge_count(ctx).customers == 0
