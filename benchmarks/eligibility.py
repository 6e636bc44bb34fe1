"""Figure 6: eligibility verdicts per second, for one tag and for a batch, and what the lobby tablet's live
verdict card costs per keystroke (the path the issue is really about: the verdict is only part of it);
and what a tap on "refer" costs the tablet itself (6-tap), without the 30-device rig of figure 1.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
import timeit
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lobby_app.domain.roles import Role
from lobby_app.domain.standards import DEFAULT_PRODUCTS, ProductKind, Standards, default_standards, evaluate
from lobby_app.domain.tags import CustomerTag, Purpose
from lobby_app.protocol.commands import TagCustomer

from .report import Figure, Scale, median, percentile

FRAME_MS = 16.0  # one frame at 60 Hz: the card must never make the tablet drop one
TAP_TARGET_MS = 5.0  # the refer call, p50 (issue 23)
REPEATS = 20  # timeit-style: the single-call figures are the median of this many runs of many calls
PASSES = 3  # the batch is evaluated this many times; the median pass counts
FEATURED = tuple(p.code for p in DEFAULT_PRODUCTS if p.kind is ProductKind.FEATURED)
OTHERS = tuple(p.code for p in DEFAULT_PRODUCTS if p.kind is not ProductKind.FEATURED)
LOBBY = ("1001", "李娜", Role.LOBBY_MANAGER, "135790")
HEAD = ("8001", "周敏", Role.BRANCH_HEAD, "246810")


def tags(n: int, seed: int = 6) -> list[CustomerTag]:
    """Walk-in customers as the lobby tags them: about two in five meet a rule, some only for simple products."""
    rng = random.Random(seed)
    at = datetime(2025, 6, 30, 2, 0, tzinfo=UTC)
    out = []
    for _ in range(n):
        purpose = rng.choice(tuple(Purpose))
        big = rng.random() < 0.2
        amount = (
            0 if purpose is Purpose.OTHER else rng.randrange(*((50_000_00, 500_000_00) if big else (100, 49_900_00)))
        )
        roll = rng.random()
        products = rng.sample(FEATURED, 1) if roll < 0.22 else rng.sample(OTHERS, 1) if roll < 0.45 else []
        out.append(
            CustomerTag(
                purpose=purpose,
                amount_fen=amount,
                products=tuple(products),
                six_month_flow_fen=None if rng.random() < 0.7 else rng.randrange(1_000_00, 200_000_00),
                clear_intent=rng.random() < 0.05,
                in_a_hurry=rng.random() < 0.1,
                address_as="王先生",
                phone=None,
                phone_consent=False,
                ticket="A023",
                tagged_by=2,
                tagged_by_role=Role.LOBBY_MANAGER,
                tagged_at=at,
            )
        )
    return out


def per_call_s(call: Callable[[], object], calls: int) -> list[float]:
    """Seconds per call: REPEATS runs of calls/REPEATS calls each (timeit: garbage collection off)."""
    number = max(1, calls // REPEATS)
    return [t / number for t in timeit.Timer(call).repeat(repeat=REPEATS, number=number)]


def batch_per_s(batch: list[CustomerTag], standards: Standards) -> float:
    passes = []
    for _ in range(PASSES):
        t0 = time.perf_counter()
        for tag in batch:
            evaluate(tag, standards)
        passes.append(time.perf_counter() - t0)
    return len(batch) / median(passes)


def _lookup(table: dict[str, int], key: str) -> int | None:
    """The floor: one plain Python call doing one dict lookup."""
    return table.get(key)


# ---- the live card: the tag form's view-model on a real store -------------------------------------------


def live_card(keystrokes: int) -> dict[str, list[float]]:
    """ms per keystroke on the lobby tablet's tag form, and per preview_verdict call alone.

    A keystroke runs TagFormViewModel's update: preview_verdict against the standards the form holds (it
    re-reads them on a 'standards' change), which makes the tag and judges it, then one `changed` signal,
    on which QML re-reads every property of the form and of the two view-models following it (handoff and
    callback); so does this, through Qt's meta-object system.
    """
    from PySide6.QtCore import QCoreApplication, QObject

    from lobby_app.app_setup import open_store
    from lobby_app.gui.callback_vm import CallbackViewModel
    from lobby_app.gui.handoff_vm import HandoffViewModel
    from lobby_app.gui.session_vm import SessionViewModel
    from lobby_app.gui.tag_form_vm import TagFormViewModel
    from lobby_app.services.bus import ChangeBus
    from lobby_app.services.rules import current_standards
    from lobby_app.services.staff import create_staff, sign_in
    from lobby_app.services.tagging import preview_verdict
    from lobby_app.settings import Settings

    _app = QCoreApplication.instance() or QCoreApplication([])  # signals and timers need one
    with tempfile.TemporaryDirectory(prefix="bench-eligibility-") as tmp:
        ctx = open_store(Settings(data_dir=Path(tmp)))
        create_staff(ctx, None, staff_no=HEAD[0], name=HEAD[1], role=HEAD[2], pin=HEAD[3])
        head = sign_in(ctx, staff_no=HEAD[0], pin=HEAD[3]).actor
        create_staff(ctx, head, staff_no=LOBBY[0], name=LOBBY[1], role=LOBBY[2], pin=LOBBY[3])
        session = SessionViewModel(ctx)
        session.signIn(LOBBY[0], LOBBY[3])
        assert session.signedIn
        bus = ChangeBus()
        form = TagFormViewModel(ctx, session)
        following: tuple[QObject, ...] = (
            form,
            HandoffViewModel(ctx, session, form, bus),
            CallbackViewModel(ctx, session, form, bus),
        )
        form.setPurpose("deposit")
        # Typing an amount and taking it back, now and then a product: the verdict turns over as it would.
        steps: list[Callable[[], None]] = [lambda k=k: form.key(k) for k in ("5", "万", "back", "back", "1", "2", "0")]
        steps += [lambda: form.toggleProduct("fund"), lambda: form.toggleProduct("fund")]
        steps += [lambda: form.key("back")] * 3
        card = []
        for i in range(keystrokes + len(steps)):  # the first round warms up
            t0 = time.perf_counter()
            steps[i % len(steps)]()
            for vm in following:
                _read_properties(vm)
            if i >= len(steps):
                card.append((time.perf_counter() - t0) * 1000)
        actor = session.actor
        assert actor is not None
        fields: dict[str, Any] = {"purpose": "deposit", "amount_fen": 6_000_000, "products": ["fund"]}
        held = current_standards(ctx)
        service = [
            s * 1000 for s in per_call_s(lambda: preview_verdict(ctx, actor, TagCustomer(**fields), held), keystrokes)
        ]
        standards = [s * 1000 for s in per_call_s(lambda: current_standards(ctx), keystrokes)]
        session.idle_timer.stop()
        for vm in (*following, session):
            vm.deleteLater()
        ctx.db.dispose()
    return {"card": card, "preview_verdict": service, "current_standards": standards}


# ---- the tap: the refer call on the lobby tablet's own store --------------------------------------------


def tap(taps: int) -> dict[str, list[float]]:
    """ms per refer call on a lobby tablet's store (a real file, WAL, synchronous=FULL) seeded with a demo
    branch's day, the lobby manager signed in: services.lobby.tag_and_refer as the tablet calls it (the
    tag and its verdict, the handoff, the routing, two signed outbox entries, one commit with an fsync).
    The first half find a wealth manager free, so the call also offers the customer to them (the customer
    then leaves, untimed, which frees them again); the second half queue, everyone holding an offer.
    Floor: one row committed into a table of its own in a file beside it (sqlite3, WAL, synchronous=FULL)."""
    from lobby_app.app_setup import open_store
    from lobby_app.services.handoffs import cancel
    from lobby_app.services.lobby import tag_and_refer
    from lobby_app.services.staff import sign_in
    from lobby_app.settings import Settings
    from lobby_app.tooling.demo import DEMO_STAFF, seed_demo

    with tempfile.TemporaryDirectory(prefix="bench-tap-") as tmp:
        ctx = open_store(Settings(data_dir=Path(tmp) / "tablet"))
        seed_demo(ctx)
        number, _, _, pin = DEMO_STAFF[1]
        lobby = sign_in(ctx, staff_no=number, pin=pin).actor
        offered: list[float] = []
        queued: list[float] = []
        for i in range(taps + 10):  # the first 10 warm up
            fields = {"purpose": "deposit", "amount_fen": 8_000_000 + i * 100, "address_as": "王先生", "ticket": "A023"}
            t0 = time.perf_counter()
            change, _ = tag_and_refer(ctx, lobby, TagCustomer(**fields), require_name_or_ticket=True)
            ms = (time.perf_counter() - t0) * 1000
            if i < 10 + taps // 2:
                cancel(ctx, lobby, handoff_id=str(change.id), reason="left")  # a wealth manager free again
                if i >= 10:
                    offered.append(ms)
            else:
                queued.append(ms)
        ctx.db.dispose()
        floor = _commit_floor(Path(tmp) / "floor.db", taps)
    return {"offered": offered, "queued": queued, "floor": floor}


def _commit_floor(path: Path, n: int) -> list[float]:
    import sqlite3

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    times = []
    for i in range(n):
        t0 = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t (body) VALUES (?)", (f"tap {i}",))
        db.execute("COMMIT")
        times.append((time.perf_counter() - t0) * 1000)
    db.close()
    return times


# What py-spy showed in the refer call, what was changed, and the figures before and after.
TAP_PROFILE = (
    "Before (commit c1ef94b): p50 6.4 ms on a quiet machine, 8–12.5 ms while other work ran; figure 1 reported"
    " 12–18 ms for the same call during its rig. py-spy: ~35% of the call"
    " in SQLAlchemy's ORM flushes (the tag, the handoff, two history rows and two outbox entries, each an"
    " object through the unit of work), ~21% in Session.get (the tag read back, the kept session and the"
    " person for each proof), ~15% in reading the wealth managers' states as ORM objects, 11% the commit's"
    " fsync. Changed: those rows are inserted through SQLAlchemy Core (store.replication.insert_row; an"
    " outbox entry is given the rows its transaction wrote at the commit, as before), and the tag, the"
    " kept session, the person and the wealth managers' states are read as columns through Core. After (quiet"
    " machine, 3 December, this measure both ways): p50 6.4 ms before, 2.7–3.5 ms after (with a wealth manager"
    " free 3.0–4.6, queued 1.7–2.2); the fsync of the one commit is some 0.3 ms of it."
)


def _tap_figure(scale: Scale, taps: dict[str, list[float]]) -> Figure:
    calls = taps["offered"] + taps["queued"]
    p50, floor50 = median(calls), median(taps["floor"])
    return Figure(
        key="6-tap",
        title="The lobby tablet's refer call (a tap)",
        measured={
            "refer_call_p50_ms": round(p50, 2),
            "refer_call_p95_ms": round(percentile(calls, 95), 2),
            "offered_p50_ms": round(median(taps["offered"]), 2),
            "queued_p50_ms": round(median(taps["queued"]), 2),
        },
        floor={"commit_p50_ms": round(floor50, 3)},
        ratio=round(p50 / floor50, 1),
        target=f"p50 ≤ {TAP_TARGET_MS:g} ms",
        met=p50 <= TAP_TARGET_MS,
        headline=("refer_call_p50_ms",),
        how=(
            f"{len(calls)} refer calls (services.lobby.tag_and_refer, as the tablet's hand-off calls it) on a"
            " lobby tablet's store, a real file (WAL, synchronous=FULL), seeded with a demo branch's day, the lobby"
            " manager signed in: the tag and its verdict, the handoff, the routing, two signed outbox entries,"
            " one commit. Half find a wealth manager free and offer the customer (who then leaves, untimed);"
            " half queue. Floor: one row committed by the sqlite3 module in a file beside it, same settings."
        ),
        notes=TAP_PROFILE,
    )


def _read_properties(obj: Any) -> None:
    meta = obj.metaObject()
    for i in range(meta.propertyOffset(), meta.propertyCount()):
        meta.property(i).read(obj)


def run(scale: Scale) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    standards = default_standards()
    sample = tags(scale.verdicts)
    one = sample[1]  # a deposit customer: ruled on every threshold
    single = per_call_s(lambda: evaluate(one, standards), scale.verdicts)
    table = {p.code: i for i, p in enumerate(DEFAULT_PRODUCTS)}
    floor = per_call_s(lambda: _lookup(table, "fund"), scale.verdicts)
    batch = batch_per_s(sample, standards)
    live = live_card(max(200, scale.verdicts // 100))
    taps = tap(max(40, scale.verdicts // 500))
    verdict_us, floor_us = median(single) * 1e6, median(floor) * 1e6
    card_ms = median(live["card"])
    return [
        Figure(
            key="6-eligibility",
            title="Eligibility verdicts",
            measured={
                "verdict_us": round(verdict_us, 2),
                "verdicts_per_s": round(1e6 / verdict_us),
                "batch_verdicts_per_s": round(batch),
                "preview_verdict_ms": round(median(live["preview_verdict"]), 3),
                "live_card_ms": round(card_ms, 3),
                "live_card_p95_ms": round(percentile(live["card"], 95), 3),
            },
            floor={"verdict_us": round(floor_us, 3), "verdicts_per_s": round(1e6 / floor_us)},
            ratio=round(verdict_us / floor_us, 1),
            target="a verdict well under one frame (16 ms)",
            met=card_ms < FRAME_MS,
            headline=("live_card_ms",),
            how=(
                "evaluate(tag, default_standards()) timeit-style (median of 20 runs of many calls) for one tag, and "
                f"over {scale.verdicts:,} varied tags in a loop (median of 3 passes). The live card: a keystroke on "
                "TagFormViewModel on a real store, i.e. preview_verdict (against the standards the form holds, "
                "re-read on a 'standards' change or when the clock brings a later version in force; tag made, "
                "judged) plus QML's re-read of every property of the form and of the handoff and callback "
                "view-models it signals; met when its median is under a frame. Floor: a plain Python call doing "
                "one dict lookup, timed like the verdict, so the ratio is how many plain calls one verdict costs."
            ),
            notes=_notes(verdict_us, live),
            extra={
                "keystrokes": len(live["card"]),
                "current_standards_ms": round(median(live["current_standards"]), 3),
                "batch_eligible_share": round(sum(evaluate(t, standards).eligible for t in sample) / len(sample), 3),
            },
        ),
        _tap_figure(scale, taps),
    ]


def _notes(verdict_us: float, live: dict[str, list[float]]) -> str:
    card, service, read = (median(live[k]) for k in ("card", "preview_verdict", "current_standards"))
    return (
        f"The rule itself is {verdict_us / 1000 / card:.1%} of a keystroke ({card:.2f} ms). preview_verdict takes "
        f"{service:.2f} ms against the standards the form holds; until 3 December it read them from the store on "
        f"every keystroke (services/rules.current_standards, {read:.2f} ms now, 0.85 ms on 29 November, when "
        "preview_verdict took 1.23 ms). The rest of the keystroke is the view-models and their properties."
    )
