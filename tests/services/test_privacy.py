"""Personal data of customers who did not convert goes after the retention period (default 90 days);
the figures stay, and so does everything about customers who converted."""

from __future__ import annotations

import pytest
from sqlmodel import select

from lobby_app.domain.errors import DomainError
from lobby_app.domain.money import yuan
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.branch_settings import set_value
from lobby_app.services.day_report import day_report
from lobby_app.services.lobby import tag_and_book_callback, tag_and_refer
from lobby_app.services.privacy import RETENTION_DAYS, purge_now
from lobby_app.services.staff import sign_in
from lobby_app.services.tagging import save_without_referral
from lobby_app.store.tables import Callback, CustomerTag, Handoff, Outbox
from tests.conftest import row_counts

TAG = {"purpose": "deposit", "amount_fen": yuan(80_000), "phone": "13800138000", "phone_consent": True}


def test_purge_now_clears_who_the_customer_was_after_the_retention_period(ctx, team, clock):
    sign_in(ctx, staff_no="1001", pin="580274")
    svc.set_presence(ctx, team.wm1, presence="available")
    tagged_on = clock.now
    bought, _ = tag_and_refer(ctx, team.lobby, TagCustomer(**TAG | {"address_as": "王先生"}), note="王先生想买基金")
    svc.accept(ctx, team.wm1, handoff_id=bought.id)
    svc.meet(ctx, team.wm1, handoff_id=bought.id)
    svc.record_outcome(ctx, team.wm1, handoff_id=bought.id, outcome="converted", sales=[("fund", yuan(50_000))])
    left, _ = tag_and_refer(ctx, team.lobby, TagCustomer(**TAG | {"address_as": "李女士"}), note="李女士考虑中")
    svc.accept(ctx, team.wm1, handoff_id=left.id)
    svc.meet(ctx, team.wm1, handoff_id=left.id)
    svc.record_outcome(ctx, team.wm1, handoff_id=left.id, outcome="not_converted", reason="再考虑")
    tag_and_book_callback(
        ctx,
        team.lobby,
        TagCustomer(**TAG | {"address_as": "张先生"}),
        address_as="张先生",
        phone="13900139000",
        phone_consent=True,
        note="张先生下午有空",
    )
    clock.advance(days=89)
    sign_in(ctx, staff_no="1001", pin="580274")  # another day, another sign-in
    tag_and_refer(ctx, team.lobby, TagCustomer(**TAG | {"address_as": "赵先生"}))  # recent: not due for years yet
    figures = day_report(ctx, tagged_on.astimezone(ctx.tz).date())

    before = row_counts(ctx)
    with pytest.raises(DomainError) as refused:
        purge_now(ctx, team.lobby)
    assert refused.value.rule == "wrong_role"
    assert purge_now(ctx, team.head)[1] == 0  # 89 days: nothing due yet
    assert row_counts(ctx) == before

    clock.advance(days=1, seconds=1)
    assert purge_now(ctx, team.head)[1] == 2  # 李女士 (not converted) and 张先生 (a callback)
    with ctx.db.read() as s:
        tags = {t.ticket or t.id: t for t in s.exec(select(CustomerTag))}
        by_handoff = {h.id: h for h in s.exec(select(Handoff))}
        callback = s.exec(select(Callback)).one()
        sent = [o.args for o in s.exec(select(Outbox).where(Outbox.name.in_(("tag_customer", "refer"))))]
    kept = {t.address_as for t in tags.values()}
    assert kept == {"王先生", "", "赵先生"}
    purged = [t for t in tags.values() if t.purged_at is not None]
    assert len(purged) == 2 and all(t.phone is None and not t.phone_consent for t in purged)
    assert all(t.amount_fen == yuan(80_000) and t.eligible for t in purged)  # the figures stay
    assert by_handoff[left.id].note == "" and by_handoff[bought.id].note == "王先生想买基金"
    assert (callback.address_as, callback.phone, callback.note) == ("", None, "")
    assert not any("李女士" in str(args) or "张先生" in str(args) for args in sent)  # nor in what was sent
    assert day_report(ctx, tagged_on.astimezone(ctx.tz).date()) == figures  # the day's numbers hold
    assert purge_now(ctx, team.head)[1] == 0  # once only


def test_the_retention_period_is_the_heads_setting_within_bounds(ctx, team):
    for bad, rule in ((0, "out_of_range"), (3651, "out_of_range"), (None, "not_a_number")):
        with pytest.raises(DomainError) as refused:
            set_value(ctx, team.head, RETENTION_DAYS, bad)
        assert (refused.value.field, refused.value.rule) == ("retention_days", rule)
    set_value(ctx, team.head, RETENTION_DAYS, 30)


def test_the_words_for_not_referring_a_customer_go_with_them_and_the_reason_stays(ctx, team, clock):
    said = TagCustomer(
        **TAG | {"address_as": "周女士"}, not_referred_reason="other", not_referred_text="周女士说下周带丈夫再来"
    )
    tag_id = save_without_referral(ctx, team.lobby, said)[0].id
    clock.advance(days=90, seconds=1)
    assert purge_now(ctx, team.head)[1] == 1
    with ctx.db.read() as s:
        tag = s.get(CustomerTag, tag_id)
        sent = [o.args for o in s.exec(select(Outbox).where(Outbox.name == "tag_customer"))]
    assert (tag.address_as, tag.not_referred_text, tag.not_referred_reason) == ("", "", "other")
    assert not any("周女士" in str(args) for args in sent)
