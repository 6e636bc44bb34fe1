"""Rates with their bases: the desk's "my day" and the branch head's wealth managers and funnel show
the numbers a rate is made of (the issue's "accepted 8 · met 8 · converted 4 · rate 80%")."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lobby_app.domain.money import yuan
from lobby_app.gui.app import build_screens
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs
from lobby_app.services.lobby import tag_and_refer

from ..services.test_day_report import the_day


def met(ctx, team) -> str:
    handoffs.set_presence(ctx, team.wm1, presence="available")
    change, _ = tag_and_refer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(80_000)))
    handoffs.accept(ctx, team.wm1, handoff_id=change.id)
    handoffs.meet(ctx, team.wm1, handoff_id=change.id)
    return str(change.id)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_my_day_shows_the_outcomes_the_rate_is_over(qapp, ctx, team, clock, language):
    """Accepted 4, met 4: 2 converted, 1 not, 1 follow-up still open. The rate is 2 of the 3 outcomes."""
    ids = [met(ctx, team) for _ in range(4)]
    for i in ids[:2]:
        handoffs.record_outcome(ctx, team.wm1, handoff_id=i, outcome="converted", sales=[("fund", yuan(10_000))])
    handoffs.record_outcome(ctx, team.wm1, handoff_id=ids[2], outcome="not_converted", reason="需要和家人商量")
    handoffs.record_outcome(
        ctx, team.wm1, handoff_id=ids[3], outcome="follow_up", follow_up_at=clock.now + timedelta(days=1)
    )
    screens = build_screens(qapp, ctx, language=language)
    try:
        screens.session.signIn("3001", "580274")
        desk = screens.desk
        if language == "zh_CN":
            assert desk.property("dayRateText") == "2/3（67%）"
            assert desk.property("dayText").startswith("今日：接受4 · 面谈4 · 登记结果3 · 成交2/3（67%） · 平均响应")
        else:
            assert desk.property("dayRateText") == "2/3 (67%)"
            assert desk.property("dayText").startswith(
                "My day: accepted 4 · met 4 · outcomes recorded 3 · converted 2/3 (67%) · average response"
            )
    finally:
        screens.close()


def test_my_day_before_any_outcome_has_no_rate(qapp, ctx, team):
    met(ctx, team)
    screens = build_screens(qapp, ctx, language="en")
    try:
        screens.session.signIn("3001", "580274")
        assert "outcomes recorded 0 · converted —" in screens.desk.property("dayText")
    finally:
        screens.close()


def test_the_heads_table_and_funnel_show_each_rate_with_its_base(qapp, ctx, team, clock):
    the_day(ctx, team, clock)  # tagged 6, eligible 5, referred 3, accepted 2, met 2, converted 1
    screens = build_screens(qapp, ctx, language="zh_CN")
    try:
        screens.session.signIn("8001", "580274")
        branch = screens.branch
        assert [(f["count"], f["stepText"]) for f in branch.property("funnel")] == [
            (6, ""),  # the first step has no step above
            (5, "5/6（83%）"),
            (3, "3/5（60%）"),
            (2, "2/3（67%）"),
            (2, "2/2（100%）"),
            (1, "1/2（50%）"),
        ]
        wms = {r["staffId"]: r for r in branch.property("wealthManagers").rows}
        assert (wms[team.wm1.staff_id]["outcomes"], wms[team.wm1.staff_id]["rateText"]) == (1, "1/1（100%）")
        assert (wms[team.wm2.staff_id]["outcomes"], wms[team.wm2.staff_id]["rateText"]) == (1, "0/1（0%）")
        assert (wms[team.wm3.staff_id]["outcomes"], wms[team.wm3.staff_id]["rateText"]) == (0, "—")
        screens.switch_language("en")
        assert [f["stepText"] for f in branch.property("funnel")][1] == "5/6 (83%)"
    finally:
        screens.close()
