"""A demo branch: staff of every role, the default featured products, and one day of traffic.

Everything goes through the services, so the demo data obeys the same rules as real use.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlmodel import select

from ..domain import credit
from ..domain.errors import ValidationError
from ..domain.roles import Actor, Role
from ..domain.routing import Presence
from ..domain.tags import Purpose
from ..protocol.commands import BookCallback, Refer, SetPlace, TagCustomer
from ..services import handoffs, rules
from ..services.context import Ctx
from ..services.staff import create_staff
from ..services.staff_admin import set_place
from ..services.tagging import tag_customer
from ..store.tables import CreditException, Handoff, PresenceRow, Staff

DEMO_STAFF = (
    ("8001", "周敏", Role.BRANCH_HEAD, "246810"),
    ("1001", "李娜", Role.LOBBY_MANAGER, "135790"),
    ("1002", "王强", Role.LOBBY_MANAGER, "112233"),
    ("2001", "陈晨", Role.TELLER, "221144"),
    ("2002", "刘洋", Role.TELLER, "330055"),
    ("3001", "李明", Role.WEALTH_MANAGER, "314159"),
    ("3002", "赵雪", Role.WEALTH_MANAGER, "271828"),
    ("3003", "孙浩", Role.WEALTH_MANAGER, "161803"),
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
FEATURED = ("wealth_product", "fund", "insurance", "large_cd", "precious_metals")
SIMPLE = ("online_banking", "mobile_banking", "sms_alerts")


@dataclass
class _Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


def has_staff(ctx: Ctx) -> bool:
    with ctx.db.read() as s:
        return s.exec(select(Staff.id).limit(1)).first() is not None


DAY = timedelta(hours=8)  # a working day's traffic, when the branch-local day has had that long
SHORTEST_DAY = timedelta(hours=1)  # just after midnight the day before lends the rest
SCENE = timedelta(minutes=45)  # the last stretch, placed by hand: what the live screens show at once


def seed_demo(ctx: Ctx, *, customers: int = 36, seed: int = 7) -> list[tuple[str, str, Role, str]]:
    """Seed an empty store; returns (staff number, name, role, PIN) for printing.

    The traffic is placed relative to the moment it is made, within the branch-local day so far (up to
    a working day of it; squeezed when the day is young), so the demo opens in a believable state at any
    hour: earlier customers served one after another, then the last stretch (`_now_scene`): outcomes
    minutes ago, two wealth managers with a customer, a customer waiting for each of them, and one
    wealth manager free. No offer is left ringing: nothing the watchdog would escalate."""
    if has_staff(ctx):
        raise ValidationError("data_dir", "not_empty", "this store already has staff; demo data goes into an empty one")
    rng = random.Random(seed)
    end = ctx.now()
    local = end.astimezone(ctx.tz)
    since_midnight = local - local.replace(hour=0, minute=0, second=0, microsecond=0)
    span = max(min(DAY, since_midnight), SHORTEST_DAY)
    squeeze = span / DAY  # meetings and gaps shrink with the day
    scene = SCENE * min(1.0, span / (3 * SCENE))
    clock = _Clock(end - span)
    c = replace(ctx, clock=clock)
    head: Actor | None = None
    actors: dict[str, Actor] = {}
    for number, name, role, pin in DEMO_STAFF:
        create_staff(c, head, staff_no=number, name=name, role=role, pin=pin)
        with c.db.read() as s:
            staff_id = s.exec(select(Staff.id).where(Staff.staff_no == number)).one()
        actors[number] = Actor(staff_id, role)
        head = head or actors[number]
    wms = [a for a in actors.values() if a.role is Role.WEALTH_MANAGER]
    referrers = [a for a in actors.values() if a.role in (Role.LOBBY_MANAGER, Role.TELLER)]
    for room, wm in enumerate(wms, start=1):
        handoffs.set_presence(c, wm, presence=Presence.AVAILABLE)
        set_place(c, actors["8001"], SetPlace(staff_id=wm.staff_id, place=f"{room}号理财室"))

    earlier = end - scene - clock.now  # before the scene: one customer after another, each seen to its end
    count = max(8, round(customers * squeeze))
    start = clock.now
    for i in range(count):
        planned = start + earlier * (i + 0.5) / count
        if clock.now >= end - scene:
            break  # the customers before ran long: the scene starts on time
        clock.now = max(clock.now, planned)
        _one_customer(c, clock, rng, rng.choice(referrers), wms, squeeze=squeeze)
    _now_scene(c, clock, end, scene / SCENE, actors)
    clock.now = end
    return [(n, name, role, pin) for n, name, role, pin in DEMO_STAFF]


def _now_scene(c: Ctx, clock: _Clock, end: datetime, k: float, actors: dict[str, Actor]) -> None:
    """The last minutes before `end` (scaled by `k`): 李明 booked a follow-up and is free since; 赵雪 sold
    and 孙浩 advised someone, and each is now with another customer, with one more waiting for each of
    them by choice (special situation 1). Three outcomes, two customers met, a queue of two, no offer."""
    from ..services.lobby import tag_and_refer

    lobby, teller = actors["1001"], actors["2001"]
    free, first, second = actors["3001"], actors["3002"], actors["3003"]

    def at(minutes_before: float) -> None:
        clock.now = max(clock.now, end - timedelta(minutes=minutes_before * k))

    def served(minutes_before: float, referrer: Actor, wm: Actor, tag: dict[str, object], note: str = "") -> str:
        at(minutes_before)
        change, _ = tag_and_refer(c, referrer, TagCustomer(**tag), note=note, wm_id=wm.staff_id)
        handoff_id = str(change.id)
        at(minutes_before - 1)
        handoffs.accept(c, wm, handoff_id=handoff_id)
        at(minutes_before - 2)
        handoffs.meet(c, wm, handoff_id=handoff_id)
        return handoff_id

    booked = served(45, teller, free, {"purpose": "deposit", "amount_fen": 150_000_00, "address_as": "徐女士"})
    sold = served(44, lobby, first, {"purpose": "deposit", "amount_fen": 200_000_00, "address_as": "黄女士"})
    advised = served(40, teller, second, {"purpose": "transfer", "amount_fen": 80_000_00, "address_as": "马先生"})
    at(28)
    next_week = (end + timedelta(days=6)).astimezone(c.tz).replace(hour=10, minute=0, second=0, microsecond=0)
    handoffs.record_outcome(c, free, handoff_id=booked, outcome="follow_up", follow_up_at=next_week)
    at(24)
    handoffs.record_outcome(c, first, handoff_id=sold, outcome="converted", sales=[("large_cd", 200_000_00)])
    at(21)
    handoffs.record_outcome(c, second, handoff_id=advised, outcome="not_converted", reason="需要和家人商量")
    served(
        15,
        lobby,
        first,
        {"purpose": "other", "amount_fen": 0, "products": ["fund"], "address_as": "林女士"},
        "想了解基金定投",
    )
    served(10, teller, second, {"purpose": "withdrawal", "amount_fen": 120_000_00, "address_as": "郭先生"})
    for minutes_before, referrer, wm, tag in (
        (6, lobby, first, {"purpose": "deposit", "amount_fen": 60_000_00, "address_as": "何女士", "ticket": "A031"}),
        (
            3,
            lobby,
            second,
            {"purpose": "remittance", "amount_fen": 90_000_00, "address_as": "罗先生", "ticket": "A034"},
        ),
    ):
        at(minutes_before)  # the customer chose to wait for the one they know (special situation 1)
        tag_and_refer(c, referrer, TagCustomer(**tag), wm_id=wm.staff_id, wait_for_wm=True)
    assert free.staff_id not in (first.staff_id, second.staff_id)


def _one_customer(c: Ctx, clock: _Clock, rng: random.Random, who: Actor, wms: list[Actor], *, squeeze: float) -> None:
    """One customer from tagging to the end of what happens to them; `squeeze` shortens the steps."""

    def wait(low: float, high: float) -> None:
        clock.advance(rng.uniform(low, high) * squeeze)

    purpose = rng.choice(list(Purpose))
    big = rng.random() < 0.35
    amount = rng.randrange(50_000_00, 500_000_00, 100) if big else rng.randrange(200_00, 49_000_00, 100)
    if purpose is Purpose.OTHER:
        amount = 0
    products: list[str] = []
    roll = rng.random()
    if roll < 0.3:
        products = [rng.choice(FEATURED)]
    elif roll < 0.55:
        products = [rng.choice(SIMPLE)]
    hurry = rng.random() < 0.15
    tagged, verdict = tag_customer(
        c,
        who,
        TagCustomer(
            purpose=purpose,
            amount_fen=amount,
            products=products,
            six_month_flow_fen=rng.choice([None, rng.randrange(1_000_00, 300_000_00, 100)]),
            clear_intent=rng.random() < 0.15,
            in_a_hurry=hurry,
            address_as=rng.choice(SURNAMES) + rng.choice(["先生", "女士"]),
            ticket=f"A{100 + rng.randrange(900)}",
        ),
    )
    tag_id = tagged.id
    assert tag_id is not None
    if not verdict.eligible or rng.random() < 0.15:  # some eligible customers are not referred: the execution check
        return
    if hurry:
        address = rng.choice(SURNAMES) + "先生"
        handoffs.book_callback(
            c,
            who,
            BookCallback(
                tag_id=tag_id,
                address_as=address,
                phone=f"139{rng.randrange(10**8):08d}",
                phone_consent=True,
                preferred_time=clock.now + timedelta(hours=rng.randrange(2, 30)),
            ),
        )
        return
    handoffs.refer(c, who, Refer(tag_id=tag_id, note=rng.choice(["", "客户对稳健型产品感兴趣", "刚到期一笔定期"])))
    with c.db.read() as s:
        row = s.exec(select(Handoff).where(Handoff.tag_id == tag_id)).one()
    assert row.assignee_id is not None, "one customer at a time: someone is always free"
    wm = next(w for w in wms if w.staff_id == row.assignee_id)
    wait(0.5, 3)
    if rng.random() < 0.15:
        handoffs.decline(c, wm, handoff_id=row.id, reason="not_my_speciality")
        with c.db.read() as s:
            row = s.exec(select(Handoff).where(Handoff.tag_id == tag_id)).one()
        assert row.assignee_id is not None, "declined by one, offered to the next"
        wm = next(w for w in wms if w.staff_id == row.assignee_id)
        wait(0.5, 2)
    handoffs.accept(c, wm, handoff_id=row.id)
    wait(1, 4)
    handoffs.meet(c, wm, handoff_id=row.id)
    wait(8, 25)
    roll = rng.random()
    if roll < 0.45:
        product = rng.choice(FEATURED)
        handoffs.record_outcome(
            c,
            wm,
            handoff_id=row.id,
            outcome="converted",
            sales=[(product, rng.randrange(50_000_00, 300_000_00, 1000_00))],
        )
    elif roll < 0.8:
        handoffs.record_outcome(
            c,
            wm,
            handoff_id=row.id,
            outcome="not_converted",
            reason=rng.choice(["收益要求高于产品", "需要和家人商量", "暂无闲置资金"]),
        )
    else:
        handoffs.record_outcome(
            c, wm, handoff_id=row.id, outcome="follow_up", follow_up_at=clock.now + timedelta(days=rng.randrange(1, 5))
        )


def make_hall_busy(ctx: Ctx) -> None:
    """Every wealth manager on duty takes a customer, through the services: a busy morning for screenshots."""
    lobby_no, _, _, pin = DEMO_STAFF[1]
    from ..services.staff import sign_in

    lobby = sign_in(ctx, staff_no=lobby_no, pin=pin).actor
    for _ in range(2 * len(DEMO_STAFF)):
        with ctx.db.read() as s:
            offered = s.exec(select(Handoff).where(Handoff.state == "offered")).all()
            free = s.exec(select(PresenceRow.staff_id).where(PresenceRow.presence == Presence.AVAILABLE)).all()
        for row in offered:
            assert row.assignee_id is not None
            handoffs.accept(ctx, Actor(row.assignee_id, Role.WEALTH_MANAGER), handoff_id=row.id)
        if not offered and not free:
            return
        if not offered:
            tag_id = tag_customer(ctx, lobby, TagCustomer(purpose="deposit", amount_fen=6_000_000))[0].id
            assert tag_id is not None
            handoffs.refer(ctx, lobby, Refer(tag_id=tag_id))


def make_desk_busy(ctx: Ctx, *, offer_age: timedelta = timedelta(minutes=1)) -> Actor:
    """李明's desk mid-afternoon, through the services; returns 李明.

    His colleagues are with customers (the seeded day's last stretch); a callback is overdue; his last
    customer got a follow-up; a fast-track customer was offered to him `offer_age` ago, and two more wait
    in the queue behind her.
    """
    from ..services.lobby import tag_and_book_callback, tag_and_refer

    lobby, teller, wm = (_signed_in(ctx, n) for n in ("1001", "2001", "3001"))
    now = ctx.now()
    clock = _Clock(now - timedelta(minutes=40))
    c = replace(ctx, clock=clock)
    handoffs.set_presence(c, wm, presence=Presence.AVAILABLE)
    hurry = {"purpose": "transfer", "amount_fen": 120_000_00, "in_a_hurry": True, "address_as": "周先生"}
    tag_and_book_callback(
        c,
        lobby,
        TagCustomer(**hurry),
        address_as="周先生",
        phone="13800138000",
        phone_consent=True,
        preferred_time=clock.now + timedelta(minutes=25),
        note="赶时间去接孩子，对大额存单感兴趣",
    )
    clock.advance(5)
    change, _ = tag_and_refer(
        c,
        lobby,
        TagCustomer(purpose="deposit", amount_fen=300_000_00, products=["large_cd"], address_as="钱女士"),
        note="定期到期，想比较大额存单和理财",
    )
    handoffs.accept(c, wm, handoff_id=str(change.id))
    clock.advance(2)
    handoffs.meet(c, wm, handoff_id=str(change.id))
    waiting = [
        (teller, {"purpose": "withdrawal", "amount_fen": 60_000_00, "address_as": "吴先生", "ticket": "B112"}, ""),
        (
            lobby,
            {"purpose": "remittance", "amount_fen": 85_000_00, "address_as": "冯先生", "ticket": "A037"},
            "汇款给在外地读书的孩子",
        ),
        (
            lobby,
            {"purpose": "other", "amount_fen": 0, "products": ["fund"], "clear_intent": True, "address_as": "郑女士"},
            "看好基金定投，今天就想办",
        ),
    ]
    clock.now = now - offer_age - timedelta(minutes=9)
    for referrer, tag, note in waiting:
        tag_and_refer(c, referrer, TagCustomer(**tag), note=note)
        clock.advance(3)
    # His meeting ends: the fast-track customer, first in the queue, is offered to him at once.
    clock.now = now - offer_age
    tomorrow_ten = (now.astimezone(ctx.tz) + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
    handoffs.record_outcome(c, wm, handoff_id=str(change.id), outcome="follow_up", follow_up_at=tomorrow_ten)
    return wm


def _signed_in(ctx: Ctx, number: str) -> Actor:
    from ..services.staff import sign_in

    pin = next(p for n, _, _, p in DEMO_STAFF if n == number)
    return sign_in(ctx, staff_no=number, pin=pin).actor


def make_lost_accept(ctx: Ctx) -> None:
    """A race 李明 lost while his desk was cut off from the hub: he took 陈先生 from the queue, but a
    colleague's accept had reached the hub first. Written as the hub's answer lands on a device."""
    from ..services.lobby import tag_and_refer
    from ..store.tables import Outbox

    lobby, wm, colleague = _signed_in(ctx, "1001"), _signed_in(ctx, "3001"), _signed_in(ctx, "3002")
    clock = _Clock(ctx.now() - timedelta(minutes=55))
    c = replace(ctx, clock=clock)
    tag = {"purpose": "deposit", "amount_fen": 500_000_00, "address_as": "陈先生", "ticket": "A029"}
    # Cut off from the hub, his desk showed him away there: 陈先生 went to a colleague, or to the queue.
    handoffs.set_presence(c, wm, presence=Presence.AWAY, away_reason="meeting")
    change, _ = tag_and_refer(c, lobby, TagCustomer(**tag))
    with ctx.db.read() as s:
        row = s.get(Handoff, change.id)
        winner = s.get(Staff, row.assignee_id if row and row.assignee_id else colleague.staff_id)
    assert winner is not None and winner.id is not None and winner.id != wm.staff_id, "taken by a colleague"
    clock.advance(1)
    handoffs.accept(c, Actor(winner.id, Role.WEALTH_MANAGER), handoff_id=str(change.id))
    handoffs.set_presence(c, wm, presence=Presence.AVAILABLE)
    refusal = {"field": "handoff_id", "rule": "illegal_transition", "message": "", "taken_by": winner.name}
    with ctx.db.write() as s:
        s.add(
            Outbox(
                mutation_id=f"lost-{change.id}",
                name="accept",
                args={"id": str(change.id)},
                staff_id=wm.staff_id,
                created_at=clock.now,
                state="refused",
                refusal=json.dumps(refusal, ensure_ascii=False),
                decided_at=ctx.now() - timedelta(minutes=2),
            )
        )


def make_credit_month(ctx: Ctx) -> None:
    """Earlier days of this month on the credit screen: sales each week, two of them shared with a
    teller (one allocated by the branch head, one still waiting)."""
    lobby, teller, wm, wm2 = (_signed_in(ctx, n) for n in ("1001", "2001", "3001", "3002"))
    head = _signed_in(ctx, "8001")
    today = ctx.now().astimezone(ctx.tz)
    clock = _Clock(ctx.now())
    c = replace(ctx, clock=clock)
    # The branch rolled referring out on 1 September: phase 1 (80%) runs to the end of November.
    rollout = today.date().replace(month=9, day=1)
    agreed = replace(
        credit.default_schedule(rollout),
        agreed_on=min(rollout, today.date()),
        agreement_note="全员会议：按默认三阶段执行",
    )
    rules.edit_credit_phases(ctx, head, data=credit.schedule_to_dict(agreed))
    sales = [  # (day of the month, customer, referrer, seller, product, yuan, shared with the teller)
        (3, "黄女士", lobby, wm, "fund", 200_000, False),
        (5, "马先生", teller, wm2, "insurance", 80_000, False),
        (10, "林女士", lobby, wm2, "large_cd", 500_000, False),
        (12, "郭先生", lobby, wm, "wealth_product", 150_000, True),
        (18, "何女士", teller, wm, "fund", 60_000, False),
        (20, "罗先生", lobby, wm2, "precious_metals", 120_000, True),
    ]
    for day, customer, referrer, seller, product, yuan, shared in sales:
        if day >= today.day:
            continue
        clock.now = today.replace(day=day, hour=10, minute=0, second=0, microsecond=0).astimezone(ctx.tz)
        for w in (wm, wm2):
            handoffs.set_presence(c, w, presence=Presence.AWAY, away_reason="meeting")
        handoffs.set_presence(c, seller, presence=Presence.AVAILABLE)
        tagged, _ = tag_customer(
            c, referrer, TagCustomer(purpose=Purpose.DEPOSIT, amount_fen=yuan * 100, address_as=customer)
        )
        assert tagged.id is not None
        row_id = handoffs.refer(c, referrer, Refer(tag_id=tagged.id, wm_id=seller.staff_id)).id
        handoffs.accept(c, seller, handoff_id=str(row_id))
        handoffs.meet(c, seller, handoff_id=str(row_id))
        clock.advance(30)
        shared_with = [teller.staff_id] if shared else []
        handoffs.record_outcome(
            c,
            seller,
            handoff_id=str(row_id),
            outcome="converted",
            sales=[(product, yuan * 100)],
            shared_with=shared_with,
        )
        if shared and day == 12:
            with c.db.read() as s:
                exc = s.exec(select(CreditException).where(CreditException.handoff_id == str(row_id))).one()
            shares = [(referrer.staff_id, 60), (teller.staff_id, 40)]
            handoffs.allocate_exception(c, head, exception_id=exc.id, shares=shares, reason="大堂识别，柜员促成开户")
    for w in (wm, wm2):
        handoffs.set_presence(ctx, w, presence=Presence.AVAILABLE)
