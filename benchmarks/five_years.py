"""Figure 5: five years of a busy branch. The branch head's dashboard and the evening report of one recent
day, on a store holding five years of data, beside the same calls on a store holding that day alone; and
the store's size on disk.

The staff and the defaults go through the services. The five years of customers go straight into the
real tables with SQLAlchemy Core (through the services they would take hours), filled as the services
fill them: every NOT NULL column, a handoff's times in the order its life makes them, credit split by the
phase in force on the referral date, personal data of old customers who did not convert purged.
"""

from __future__ import annotations

import random
import re
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, event, insert
from sqlmodel import SQLModel, select

from lobby_app.app_setup import open_store
from lobby_app.domain import credit
from lobby_app.domain import handoff as dh
from lobby_app.domain.roles import Actor, Role
from lobby_app.domain.routing import Presence
from lobby_app.domain.standards import Standards, evaluate
from lobby_app.domain.tags import CustomerTag as Tag
from lobby_app.domain.tags import Purpose
from lobby_app.services import handoffs
from lobby_app.services.coaching import coaching_flags
from lobby_app.services.context import Ctx
from lobby_app.services.day_report import day_report
from lobby_app.services.evening import evening_meeting
from lobby_app.services.lobby import hall
from lobby_app.services.notifications import Kind
from lobby_app.services.rules import current_schedule, current_standards
from lobby_app.services.staff import create_staff
from lobby_app.settings import Settings
from lobby_app.store.tables import Staff
from lobby_app.tooling.demo import DEMO_STAFF, FEATURED, SIMPLE, SURNAMES

from .report import Figure, Scale, percentile

# The five busy years. The days shrink with the scale, never a day's traffic: the day the reports
# are made for always holds a busy day's customers, so only the years behind it change.
YEAR_DAYS = 1826  # five years; a busy city branch opens every day
TAGS, HANDOFFS, CREDIT_ENTRIES = 450_000, 150_000, 60_000
CONVERSIONS = CREDIT_ENTRIES // 2  # each conversion credits the referrer and the seller: two entries
LAST_DAY = date(2025, 6, 30)  # fixed, so every run builds the same rows
MEETING_AT = clock_time(18, 30)  # the evening meeting, after the last customer has gone
OPEN_MIN, LAST_TAG_MIN = 9 * 60, 16 * 60 + 45  # customers are tagged between these minutes of the day
RETENTION = timedelta(days=90)  # the default: personal data of customers who did not convert is purged
DAY_BATCH = 40  # days per write transaction: ~10k tags, bounded memory and WAL
TARGET_MS = 100.0

PURPOSES = tuple(Purpose)
PURPOSE_WEIGHTS = (30, 22, 15, 10, 23)  # deposit, withdrawal, transfer, remittance, other
OTHER_PRODUCTS = ("credit_card", "personal_loan")
NOT_CONVERTED = ("收益要求高于产品", "需要和家人商量", "暂无闲置资金", "已在他行购买")
NOTES = ("", "", "", "客户对稳健型产品感兴趣", "刚到期一笔定期", "想了解养老规划")
RESPONSE_S = (40, 55, 110)  # each wealth manager's typical answer time: the third is slow (a coaching flag)


@dataclass
class _Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class _Branch:
    tz: ZoneInfo
    head: int
    referrers: tuple[Actor, ...]
    referrer_weights: tuple[int, ...]
    wms: tuple[int, ...]
    device: str
    standards: Standards
    schedule: credit.PhaseSchedule
    now: datetime  # the evening of LAST_DAY: later events have not happened yet


@dataclass
class _Rows:
    customer_tag: list[dict[str, Any]] = field(default_factory=list)
    handoff: list[dict[str, Any]] = field(default_factory=list)
    callback: list[dict[str, Any]] = field(default_factory=list)
    credit_entry: list[dict[str, Any]] = field(default_factory=list)
    notification: list[dict[str, Any]] = field(default_factory=list)

    def extend(self, other: _Rows) -> None:
        for name in ROW_TABLES:
            getattr(self, name).extend(getattr(other, name))

    def insert(self, conn: Connection) -> None:
        for name in ROW_TABLES:  # in foreign-key order; one executemany per table
            rows = getattr(self, name)
            if rows:
                conn.execute(insert(SQLModel.metadata.tables[name]), rows)


ROW_TABLES = ("customer_tag", "handoff", "callback", "credit_entry", "notification")


def _per_day(total: int, i: int) -> int:
    """Day i's share of a five-year total, spread evenly so the full scale hits the total exactly."""
    return (i + 1) * total // YEAR_DAYS - i * total // YEAR_DAYS


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _minutes(m: float) -> timedelta:
    return timedelta(minutes=m)


# ---- one branch day -------------------------------------------------------------------------------------


def _tag(rng: random.Random, at: datetime, b: _Branch) -> Tag:
    purpose = rng.choices(PURPOSES, PURPOSE_WEIGHTS)[0]
    if purpose is Purpose.OTHER:
        amount = 0
    elif rng.random() < 0.2:
        amount = rng.randrange(50_000_00, 500_000_00, 100)
    else:
        amount = rng.randrange(100_00, 49_900_00, 100)
    roll = rng.random()
    if roll < 0.22:
        products = tuple(rng.sample(FEATURED, 1 if rng.random() < 0.8 else 2))
    elif roll < 0.40:
        products = (rng.choice(SIMPLE),)
    elif roll < 0.45:
        products = (rng.choice(OTHER_PRODUCTS),)
    else:
        products = ()
    who = rng.choices(b.referrers, b.referrer_weights)[0]
    return Tag(
        purpose=purpose,
        amount_fen=amount,
        products=products,
        six_month_flow_fen=None if rng.random() < 0.7 else rng.randrange(1_000_00, 200_000_00, 100),
        clear_intent=bool(products) and rng.random() < 0.1,
        in_a_hurry=False,
        address_as=rng.choice(SURNAMES) + rng.choice(("先生", "女士")),
        phone=None,
        phone_consent=False,
        ticket=f"{rng.choice('AB')}{rng.randrange(1, 400):03d}",
        tagged_by=who.staff_id,
        tagged_by_role=who.role,
        tagged_at=at,
    )


def _handoff_row(hid: str, tag: Tag, tag_id: str, created: datetime, day: date, rng: random.Random) -> dict[str, Any]:
    return {
        "id": hid,
        "tag_id": tag_id,
        "referrer_id": tag.tagged_by,
        "referral_date": day,
        "state": dh.State.QUEUED,
        "fast_track": tag.clear_intent,
        "note": rng.choice(NOTES),
        "assignee_id": None,
        "preferred_wm_id": None,
        "wait_for_preferred": False,
        "escalations": 0,
        "declined_by": [],
        "created_at": created,
        "updated_at": created,
        "offered_at": None,
        "accepted_at": None,
        "met_at": None,
        "closed_at": None,
        "outcome_products": [],
        "outcome_amount_fen": 0,
        "outcome_sales": [],
        "response_s": None,
        "outcome_reason": "",
        "follow_up_at": None,
    }


def _close(h: dict[str, Any], rows: _Rows, b: _Branch, rng: random.Random, at: datetime, *, convert: bool) -> None:
    """The outcome recorded at `at`: converted (with its credit split) or not converted."""
    h["updated_at"] = h["closed_at"] = at
    h["follow_up_at"] = None
    if not convert:
        h["state"] = dh.State.NOT_CONVERTED
        h["outcome_reason"] = rng.choice(NOT_CONVERTED)
        return
    sold = rng.sample(FEATURED, 1 if rng.random() < 0.9 else 2)
    sales = [[code, rng.randrange(50_000_00, 300_000_00, 1000_00)] for code in sold]
    total = sum(fen for _, fen in sales)
    h.update(
        state=dh.State.CONVERTED,
        outcome_sales=sales,
        outcome_products=sold,
        outcome_amount_fen=total,
        outcome_reason="",
    )
    index, phase = credit.phase_for(b.schedule, h["referral_date"])
    referrer_fen, seller_fen = credit.split(total, phase.referrer_percent)
    for staff, part, fen in ((h["referrer_id"], "referrer", referrer_fen), (h["assignee_id"], "seller", seller_fen)):
        rows.credit_entry.append(
            {
                "handoff_id": h["id"],
                "staff_id": staff,
                "part": part,
                "amount_fen": fen,
                "referral_date": h["referral_date"],
                "schedule_version": b.schedule.version,
                "phase": index + 1,
                "referrer_percent": phase.referrer_percent,
                "exception_id": None,
                "created_at": at,
            }
        )


def _meeting(h: dict[str, Any], rows: _Rows, b: _Branch, rng: random.Random, *, convert: bool) -> None:
    """Offered (after a decline or an unanswered offer, now and then), accepted, met, then the outcome;
    one in seven goes through a follow-up first."""
    w = rng.randrange(len(b.wms))
    wm = b.wms[w]
    offered = h["created_at"] + _minutes(rng.uniform(0, 1 if h["fast_track"] else 4))
    roll = rng.random()
    if roll < 0.11:
        other = rng.choice([x for x in b.wms if x != wm])
        if roll < 0.08:  # declined: re-routed to the next free wealth manager
            h["declined_by"] = [other]
            offered += _minutes(rng.uniform(0.3, 1.5))
        else:  # not answered in time: escalated, the branch head told, re-routed
            offered += timedelta(seconds=120)
            h["escalations"] = 1
            rows.notification.append(
                {
                    "id": _uuid(rng),
                    "staff_id": b.head,
                    "kind": Kind.NO_ANSWER,
                    "handoff_id": h["id"],
                    "data": {"missed_by": other, "escalations": 1, "response_s": 120},
                    "created_at": offered,
                    "read_at": offered + _minutes(rng.uniform(1, 120)),
                }
            )
    response = max(5, min(600, int(RESPONSE_S[w] * rng.lognormvariate(0, 0.5))))
    accepted = offered + timedelta(seconds=response)
    met = accepted + _minutes(rng.uniform(1, 4))
    outcome_at = met + _minutes(rng.uniform(8, 40))
    h.update(assignee_id=wm, offered_at=offered, accepted_at=accepted, met_at=met, response_s=response)
    if rng.random() < 1 / 7:
        local = outcome_at.astimezone(b.tz)
        follow_up = datetime.combine(
            local.date() + timedelta(days=rng.randint(1, 5)), clock_time(rng.randint(10, 15), 0), tzinfo=b.tz
        )
        final = follow_up + _minutes(rng.uniform(0, 60))
        if final > b.now:  # still to call: shows on the evening's list of calls
            h.update(state=dh.State.FOLLOW_UP, follow_up_at=follow_up, closed_at=outcome_at, updated_at=outcome_at)
            return
        outcome_at = final
    _close(h, rows, b, rng, outcome_at, convert=convert)


def _callback(h: dict[str, Any], rows: _Rows, b: _Branch, rng: random.Random, address: str, *, convert: bool) -> None:
    """The customer in a hurry: a callback task for a wealth manager, done when it fell due (or still to do)."""
    wm = rng.choice(b.wms)
    due = h["created_at"] + timedelta(hours=rng.randint(2, 30))
    done = due + _minutes(rng.uniform(0, 90))
    h.update(state=dh.State.CALLBACK, assignee_id=wm)
    open_ = done > b.now
    rows.callback.append(
        {
            "id": _uuid(rng),
            "handoff_id": h["id"],
            "address_as": address,
            "phone": f"139{rng.randrange(10**8):08d}",
            "phone_consent": True,
            "preferred_time": due,
            "due_at": due,
            "assignee_id": wm,
            "note": h["note"],
            "created_at": h["created_at"],
            "done_at": None if open_ else done,
            "attempts": 0 if open_ else rng.choice((0, 0, 1)),
            "last_attempt_at": None,
        }
    )
    if not open_:
        _close(h, rows, b, rng, done, convert=convert)


def _day(day: date, i: int, b: _Branch, owed: int) -> tuple[_Rows, int]:
    """Day i (0 = five years before LAST_DAY); `owed`: referrals earlier days were short of eligible
    customers for. Returns the day's rows and what it still owes."""
    rng = random.Random(f"five-years/{day.isoformat()}")  # by date: the floor's day is the very same day
    rows = _Rows()
    midnight = datetime.combine(day, clock_time(), tzinfo=b.tz)
    times = sorted(rng.uniform(OPEN_MIN, LAST_TAG_MIN) for _ in range(_per_day(TAGS, i)))
    tags = [_tag(rng, midnight + _minutes(m), b) for m in times]
    verdicts = [evaluate(t, b.standards).to_dict() for t in tags]
    ids = [_uuid(rng) for _ in tags]
    wanted = _per_day(HANDOFFS, i) + owed
    eligible = [k for k, v in enumerate(verdicts) if v["eligible"]]
    referred = sorted(rng.sample(eligible, min(wanted, len(eligible))))
    # How each referral goes: 7% cancelled (the customer left), 10% a callback (in a hurry), the rest a
    # meeting; the day's share of the conversions is drawn among those that can convert.
    paths = {k: "cancel" if (r := rng.random()) < 0.07 else "callback" if r < 0.17 else "meeting" for k in referred}
    can_convert = [k for k in referred if paths[k] != "cancel"]
    converts = set(rng.sample(can_convert, min(_per_day(CONVERSIONS, i), len(can_convert))))
    handoff_of: dict[int, dict[str, Any]] = {}
    for k in referred:
        if paths[k] == "callback":
            tags[k] = replace(tags[k], in_a_hurry=True)
        tag = tags[k]
        created = tag.tagged_at + _minutes(rng.uniform(0.5, 3))
        h = handoff_of[k] = _handoff_row(_uuid(rng), tag, ids[k], created, day, rng)
        if paths[k] == "cancel":
            closed = created + _minutes(rng.uniform(2, 10))
            h.update(state=dh.State.CANCELLED, outcome_reason="客户离开", closed_at=closed, updated_at=closed)
        elif paths[k] == "callback":
            _callback(h, rows, b, rng, tag.address_as, convert=k in converts)
        else:
            _meeting(h, rows, b, rng, convert=k in converts)
        rows.handoff.append(h)
    # The retention purge: customers who did not convert lose their personal data (services/privacy.py).
    callbacks = {cb["handoff_id"]: cb for cb in rows.callback}
    for k, tag in enumerate(tags):
        h = handoff_of.get(k)
        purged = tag.tagged_at < b.now - RETENTION and (h is None or h["state"] != dh.State.CONVERTED)
        rows.customer_tag.append(_tag_row(ids[k], tag, verdicts[k], b, purged=purged))
        if purged and h is not None:
            h["note"] = ""
            if (cb := callbacks.get(h["id"])) is not None:
                cb.update(address_as="", phone=None, phone_consent=False, note="")
    return rows, wanted - len(referred)


def _tag_row(tag_id: str, tag: Tag, verdict: dict[str, Any], b: _Branch, *, purged: bool) -> dict[str, Any]:
    return {
        "id": tag_id,
        "created_at": tag.tagged_at,
        "device_id": b.device,
        "tagged_by": tag.tagged_by,
        "purpose": str(tag.purpose),
        "amount_fen": tag.amount_fen,
        "products": list(tag.products),
        "six_month_flow_fen": tag.six_month_flow_fen,
        "clear_intent": tag.clear_intent,
        "in_a_hurry": tag.in_a_hurry,
        "address_as": "" if purged else tag.address_as,
        "phone": None,
        "phone_consent": False,
        "ticket": tag.ticket,
        "eligible": verdict["eligible"],
        "verdict": verdict,
        "standards_version": verdict["standards_version"],
        "purged_at": min(tag.tagged_at + RETENTION + timedelta(days=1), b.now) if purged else None,
    }


# ---- the store ------------------------------------------------------------------------------------------


def build(where: Path, days: int) -> tuple[Ctx, dict[str, Any]]:
    """A store with the `days` days up to LAST_DAY, its clock at that day's evening meeting."""
    started = time.perf_counter()
    settings = Settings(data_dir=where)
    tz = ZoneInfo(settings.branch_timezone)
    first = LAST_DAY - timedelta(days=days - 1)
    # Opened on the first day: the default standards and the credit roll-out date start then.
    clock = _Clock(datetime.combine(first, clock_time(8), tzinfo=tz))
    ctx = open_store(settings, clock=clock)
    actors: dict[str, Actor] = {}
    for number, name, role, pin in DEMO_STAFF:
        create_staff(ctx, actors.get("8001"), staff_no=number, name=name, role=role, pin=pin)
        with ctx.db.read() as s:
            staff_id = s.exec(select(Staff.id).where(Staff.staff_no == number)).one()
        assert staff_id is not None
        actors[number] = Actor(staff_id, role)
    wms = [a for a in actors.values() if a.role is Role.WEALTH_MANAGER]
    for wm in wms:
        handoffs.set_presence(ctx, wm, presence=Presence.AVAILABLE)
    referrers = tuple(a for a in actors.values() if a.role in (Role.LOBBY_MANAGER, Role.TELLER))
    b = _Branch(
        tz=tz,
        head=actors["8001"].staff_id,
        referrers=referrers,
        referrer_weights=tuple(35 if a.role is Role.LOBBY_MANAGER else 15 for a in referrers),
        wms=tuple(w.staff_id for w in wms),
        device=ctx.device_id,
        standards=current_standards(ctx),
        schedule=current_schedule(ctx),
        now=datetime.combine(LAST_DAY, MEETING_AT, tzinfo=tz),
    )
    loading = time.perf_counter()
    owed = 0
    for start in range(0, days, DAY_BATCH):
        batch = _Rows()
        for d in range(start, min(start + DAY_BATCH, days)):
            rows, owed = _day(first + timedelta(days=d), YEAR_DAYS - days + d, b, owed)
            batch.extend(rows)
        with ctx.db.engine.begin() as conn:  # one transaction per batch of days: ~10k tags and their rows
            batch.insert(conn)
    loaded = time.perf_counter()
    clock.now = b.now
    assert ctx.db.path is not None
    with closing(sqlite3.connect(ctx.db.path)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ROW_TABLES}
    info = {
        "build_s": round(time.perf_counter() - started, 1),
        "bulk_load_s": round(loaded - loading, 1),
        "rows": counts,
        "db_mb": round(_size_mb(ctx.db.path), 1),
    }
    return ctx, info


def _size_mb(path: Path) -> float:
    wal = path.with_name(path.name + "-wal")
    return (path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)) / 1024 / 1024


def _largest(path: Path, n: int = 8) -> dict[str, float]:
    """The tables and indexes that take the most room (SQLite's dbstat), in MB."""
    with closing(sqlite3.connect(path)) as raw:
        rows = raw.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT ?", (n,))
        return {name: round(size / 1024 / 1024, 1) for name, size in rows}


# ---- the timings ----------------------------------------------------------------------------------------

# Indexes the reports' queries want (see `notes`): (table, leading columns). Tried on the five-year store
# in the same run while the app lacks them, so the before and after come from one machine and one store.
PROPOSED_INDEXES = (
    ("handoff", ("assignee_id", "accepted_at")),  # day_report.wealth_manager_day: accepted in the period
    ("handoff", ("assignee_id", "met_at")),  # ... met in the period
    ("handoff", ("assignee_id", "closed_at")),  # ... outcomes in the period
    ("handoff", ("closed_at",)),  # routing.recent_meetings: the last 20 meetings, newest first
    ("credit_entry", ("created_at",)),  # day_report.report: credit in the period
)


def _screens(ctx: Ctx, day: date) -> dict[str, Callable[[], object]]:
    """What the branch head's screens compute: the dashboard is the first three together."""
    return {
        "day_report": lambda: day_report(ctx, day),
        "coaching": lambda: coaching_flags(ctx, day),
        "hall": lambda: hall(ctx),
        "evening": lambda: evening_meeting(ctx, day),
    }


def measure(ctx: Ctx, day: date, runs: int) -> dict[str, list[float]]:
    """ms per call, `runs` times each after one warm-up (compiled statements cached, pages in memory)."""
    screens = _screens(ctx, day)
    for call in screens.values():
        call()
    times: dict[str, list[float]] = {name: [] for name in screens}
    for _ in range(runs):
        for name, call in screens.items():
            t0 = time.perf_counter()
            call()
            times[name].append((time.perf_counter() - t0) * 1000)
    times["dashboard"] = _sum(times, "day_report", "coaching", "hall")
    # What BranchViewModel.refresh really runs on every change it follows: evening + hall + coaching.
    times["branch_refresh"] = _sum(times, "evening", "hall", "coaching")
    return times


def _sum(times: dict[str, list[float]], *names: str) -> list[float]:
    return [sum(run) for run in zip(*(times[n] for n in names), strict=True)]


def _p(times: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(times, 50), 2), "p95_ms": round(percentile(times, 95), 2)}


def slowest_sql(ctx: Ctx, day: date, n: int = 4) -> list[dict[str, Any]]:
    """One pass of the screens with every statement timed; the `n` slowest with SQLite's plan."""
    spent: dict[str, list[Any]] = {}

    def before(conn: Any, _cur: Any, _stmt: str, _params: Any, _ctx: Any, _many: bool) -> None:
        conn.info["bench_t0"] = time.perf_counter()

    def after(conn: Any, _cur: Any, stmt: str, params: Any, _ctx: Any, _many: bool) -> None:
        entry = spent.setdefault(stmt, [0, 0.0, params])
        entry[0] += 1
        entry[1] += time.perf_counter() - conn.info["bench_t0"]

    event.listen(ctx.db.engine, "before_cursor_execute", before)
    event.listen(ctx.db.engine, "after_cursor_execute", after)
    try:
        for call in _screens(ctx, day).values():
            call()
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", before)
        event.remove(ctx.db.engine, "after_cursor_execute", after)
    assert ctx.db.path is not None
    found = []
    with closing(sqlite3.connect(ctx.db.path)) as raw:
        for stmt, (calls, seconds, params) in sorted(spent.items(), key=lambda kv: -kv[1][1])[:n]:
            plan = [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + stmt, params or ())]
            sql = re.sub(r"^SELECT (.{60,}?) FROM ", "SELECT … FROM ", " ".join(stmt.split()))
            found.append({"ms": round(seconds * 1000, 1), "calls": calls, "sql": sql[:200], "plan": "; ".join(plan)})
    return found


def tag_reads(ctx: Ctx, day: date) -> dict[str, bool]:
    """How the reports read the period's customers: whole rows (every JSON column) in day_report, and
    customer rows brought back to Python at all (rather than counted by SQLite) in coaching_flags."""
    seen: list[str] = []

    def note(_conn: Any, _cur: Any, stmt: str, *_: Any) -> None:
        seen.append(stmt)

    def rows_of_tags() -> list[str]:
        return [s for s in seen if s.startswith("SELECT customer_tag.") and "GROUP BY" not in s]

    event.listen(ctx.db.engine, "before_cursor_execute", note)
    try:
        day_report(ctx, day)
        whole = any("customer_tag.verdict" in s for s in rows_of_tags())
        seen.clear()
        coaching_flags(ctx, day)
        coaching = bool(rows_of_tags())
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", note)
    return {"day_report_whole_rows": whole, "coaching_tag_rows": coaching}


def _missing_indexes(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    with closing(sqlite3.connect(path)) as raw:

        def leads(table: str, columns: tuple[str, ...]) -> bool:
            for index in raw.execute(f"PRAGMA index_list({table})").fetchall():
                cols = tuple(r[2] for r in raw.execute(f"PRAGMA index_info({index[1]})"))
                if cols[: len(columns)] == columns:
                    return True
            return False

        return [(t, cols) for t, cols in PROPOSED_INDEXES if not leads(t, cols)]


def _create_indexes(path: Path, wanted: list[tuple[str, tuple[str, ...]]]) -> None:
    with closing(sqlite3.connect(path)) as raw:
        for table, cols in wanted:
            raw.execute(f"CREATE INDEX bench_trial_{table}_{'_'.join(cols)} ON {table} ({', '.join(cols)})")
        raw.commit()


def _notes(key: str, times: dict[str, Any], trial: dict[str, Any], reads: dict[str, bool]) -> str:
    """What the run showed, and the fixes in the app it points to (the benchmark never changes the app)."""
    name = "dashboard" if key == "5-dashboard" else "evening"
    p95 = _p(times[name])["p95_ms"]
    notes = []
    if trial:
        notes.append(
            f"(1) Indexes missing in the app: {', '.join(trial['created'])}; without them the years are scanned "
            "(extra.slowest_sql, with SQLite's plans). Created by hand in this run's five-year store: p95 "
            f"{p95:.0f} → {trial[name]['p95_ms']:.0f} ms. Fix: lobby_app/store/tables.py and a migration."
        )
    if reads["day_report_whole_rows"]:
        notes.append(
            "(2) services/day_report.py report() loads whole CustomerTag and Handoff rows for its period (ORM "
            "objects, every JSON column decoded): select only the columns it uses (tags: id, created_at, "
            "tagged_by, eligible, address_as, ticket, purpose; handoffs: tag_id, state, accepted_at, met_at, "
            "joined to customer_tag on the period instead of IN (every tag id); credit: staff_id, amount_fen)."
        )
    if name == "dashboard" and reads["coaching_tag_rows"]:
        notes.append(
            "(3) services/coaching.py coaching_flags builds a whole 7-day report() (funnel, missed list, "
            "credit) for per-person counts: count them in SQL (tags LEFT JOIN handoff GROUP BY tagged_by) "
            "plus the wealth managers' figures."
        )
    if reads["day_report_whole_rows"] or reads["coaching_tag_rows"]:
        # Measured once (2026-11-28, 20 runs, 2 shared cores) with each fix applied in a scratch copy of the
        # app, on a store this module built at full scale: a record of the before and after, not this run's.
        tried = {
            "dashboard": "as is 1647/2059 ms; (1) 208/389; (1)+(2) 117/174; (1)+(2)+(3) 41/47",
            "evening": "as is 746/986 ms; (1) 49/170; (1)+(2) 41/59 ((3) does not touch it)",
        }
        notes.append(f"Tried in a scratch copy of the app on the full five-year store, p50/p95: {tried[name]}.")
    if not notes:
        notes.append("The reports read only their period through indexes; the years behind it cost little.")
    return " ".join(notes)


def run(scale: Scale) -> list[Figure]:
    days = max(2, round(YEAR_DAYS * scale.years_factor))
    with tempfile.TemporaryDirectory(prefix="bench-five-years-") as tmp:
        big, big_info = build(Path(tmp) / "years", days)
        one, one_info = build(Path(tmp) / "day", 1)
        assert big.db.path is not None
        largest = _largest(big.db.path)
        times = measure(big, LAST_DAY, scale.report_runs)
        floor = measure(one, LAST_DAY, scale.report_runs)
        sql = slowest_sql(big, LAST_DAY)
        reads = tag_reads(big, LAST_DAY)
        trial: dict[str, Any] = {}
        missing = _missing_indexes(big.db.path)
        if missing:
            _create_indexes(big.db.path, missing)
            with_indexes = measure(big, LAST_DAY, scale.report_runs)
            trial = {"created": [f"{t}({', '.join(c)})" for t, c in missing]}
            trial |= {name: _p(with_indexes[name]) for name in ("dashboard", "evening", "branch_refresh")}
            trial["p50_ms_by_call"] = _p50s(with_indexes)
        big.db.dispose()
        one.db.dispose()
    extra = {
        "days": days,
        "store": big_info,
        "floor_store": one_info,
        "largest_mb": largest,
        "p50_ms_by_call": _p50s(times),
        "floor_p50_ms_by_call": _p50s(floor),
        "branch_refresh": {"measured": _p(times["branch_refresh"]), "floor": _p(floor["branch_refresh"])},
        "slowest_sql": sql,
        "tag_reads": reads,
        "with_proposed_indexes": trial,
    }
    figures = []
    for key, title, name, how in (
        (
            "5-dashboard",
            "Dashboard of a day, five years of data",
            "dashboard",
            "The branch head's dashboard for the last of five busy years' days (246 customers a day): "
            "day_report + coaching_flags (a 7-day report) + hall, on a real store file (WAL) holding the "
            "years' rows; p50/p95 of report_runs runs after one warm-up; db_mb is the file after a "
            "checkpoint. Floor: the same calls on a store holding that day alone (so its coaching report "
            "covers one day, not seven).",
        ),
        (
            "5-evening",
            "Evening report of a day, five years of data",
            "evening",
            "evening_meeting (the day's report, the calls due, the day's problems) for the same day and store; "
            "floor: the same call on the one-day store.",
        ),
    ):
        measured = _p(times[name])
        floor_ = _p(floor[name])
        if name == "dashboard":
            measured["db_mb"] = big_info["db_mb"]
        figures.append(
            Figure(
                key=key,
                title=title,
                measured=measured,
                floor=floor_,
                ratio=round(measured["p95_ms"] / floor_["p95_ms"], 2),
                target="p95 < 100 ms",
                met=measured["p95_ms"] < TARGET_MS,
                headline=("p95_ms",),
                how=how,
                notes=_notes(key, times, trial, reads),
                extra=extra if name == "dashboard" else {"store, by call, plans": "see 5-dashboard's extra"},
            )
        )
    return figures


def _p50s(times: dict[str, list[float]]) -> dict[str, float]:
    return {name: round(percentile(times[name], 50), 2) for name in ("day_report", "coaching", "hall", "evening")}
