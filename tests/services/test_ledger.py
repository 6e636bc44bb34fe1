"""The credit ledger against sums worked out by hand (the test store's phases: 80% from 1 January,
60% from 1 April, 50% from 1 July; the referrer's share rounded half-up to the fen).

    31 March  王先生  10,000,003 fen  phase 1: lobby 8,000,002 (8,000,002.4)   wm1 2,000,001
    1 April   李女士   1,000,000 fen  phase 2: lobby   600,000                  wm1   400,000
    1 April   张先生     300,000 fen  shared with the teller: an exception, then 50/50 by the head
Team: 11,300,003 fen; lobby 8,750,002, wm1 2,400,001, teller 150,000.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from lobby_app.protocol.commands import Refer, TagCustomer
from lobby_app.services import handoffs as svc
from lobby_app.services.ledger import ledger
from lobby_app.services.tagging import tag_customer


def convert(ctx, team, name: str, fen: int, **outcome) -> str:
    tag_id = tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=8_000_000, address_as=name))[0].id
    h = svc.refer(ctx, team.lobby, Refer(tag_id=tag_id, wm_id=team.wm1.staff_id)).id
    svc.accept(ctx, team.wm1, handoff_id=h)
    svc.meet(ctx, team.wm1, handoff_id=h)
    svc.record_outcome(ctx, team.wm1, handoff_id=h, outcome="converted", sales=[("fund", fen)], **outcome)
    return h


def test_the_ledger_shows_the_team_first_each_person_by_part_and_the_open_exceptions(ctx, team, clock):
    svc.set_presence(ctx, team.wm1, presence="available")
    clock.now = datetime(2026, 3, 31, 2, 0, tzinfo=UTC)  # 10:00 on 31 March, branch time
    convert(ctx, team, "王先生", 10_000_003)
    clock.now = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)
    convert(ctx, team, "李女士", 1_000_000)
    shared = convert(ctx, team, "张先生", 300_000, shared_with=[team.teller.staff_id])

    before = ledger(ctx, date(2026, 3, 31), date(2026, 4, 1))
    assert before.team_total_fen == 11_000_003  # the exception is not credited until allocated
    [waiting] = before.open_exceptions
    assert (waiting.handoff_id, waiting.total_fen, waiting.address_as) == (shared, 300_000, "张先生")

    svc.allocate_exception(
        ctx,
        team.head,
        exception_id=waiting.id,
        shares=[(team.lobby.staff_id, 50), (team.teller.staff_id, 50)],
        reason="两人共同接待",
    )
    book = ledger(ctx, date(2026, 3, 31), date(2026, 4, 1))
    assert book.team_total_fen == 11_300_003 and book.open_exceptions == ()
    [done] = book.exceptions
    assert (done.id, done.reason, done.allocated_by, done.allocated_at) == (
        waiting.id,
        "两人共同接待",
        "员工8001",
        clock.now,
    )
    assert done.parts == (("员工1001", 150_000), ("员工2001", 150_000))
    people = {p.staff_id: (p.as_referrer_fen, p.as_seller_fen, p.allocated_fen, p.total_fen) for p in book.people}
    assert people == {
        team.lobby.staff_id: (8_600_002, 0, 150_000, 8_750_002),
        team.wm1.staff_id: (0, 2_400_001, 0, 2_400_001),
        team.teller.staff_id: (0, 0, 150_000, 150_000),
    }
    assert [p.staff_id for p in book.people] == [team.lobby.staff_id, team.wm1.staff_id, team.teller.staff_id]
    assert book.by_day == ((date(2026, 3, 31), 10_000_003), (date(2026, 4, 1), 1_300_000))
    assert book.by_month == (("2026-03", 10_000_003), ("2026-04", 1_300_000))
    assert ledger(ctx, date(2026, 4, 1), date(2026, 4, 1)).team_total_fen == 1_300_000  # the days chosen only
