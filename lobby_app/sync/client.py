"""One device's link to the branch hub (httpx, asyncio).

`sync_once` pushes the outbox in order (each entry: pending → sent → confirmed or refused), pulls the
hub's feed from this device's cursor, then takes the hub's current version of every row that the
just-decided entries wrote here. Pulled rows land in one transaction per page together with the new
cursor, so a device stopped at any moment resumes where it was. The device never decides: whatever
it showed optimistically, the hub's rows replace.

Given an executor (the app's sync loop gives one thread), every store step runs there: the screens'
thread then never waits for a page of the hub's rows being written. Without one they run in line.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from sqlalchemy import Connection, text, update
from sqlmodel import col, func, select

from ..protocol.versions import WAITING_HEADER
from ..services.context import Changed, Changes, Ctx
from ..services.remote import apply_remote
from ..store.local import read_local, write_local
from ..store.replication import SHARED, core
from ..store.tables import Outbox

CURSOR, CURSOR_STAMP = "hub_cursor", "hub_cursor_stamp"
ROWS_TO_TAKE = "hub_rows_to_take"  # [table, key] written here by changes the hub has decided since
WAITING = ("pending", "sent", "resend")
# A resent change the restored hub cannot place yet (it needs another device's change first) is put off
# this many times at most; after that it is sent as new, and the hub decides it for good.
MAX_DEFERRALS = 50
PUSH_BATCH = 50
PULL_PAGE = 1000
UPGRADE_REQUIRED = 426  # the hub speaks another protocol version (lobby_app.protocol.versions)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Round:
    """What one round of sync did: the screens refresh what `changes` names when `changed`."""

    pushed: int
    refused: int
    pulled: int
    duplicates: int = 0  # decided by the hub before: a reply lost on the way, answered again
    kinds: Changed = Changed.NONE  # what the hub's rows taken here touched

    @property
    def changed(self) -> bool:
        return bool(self.pushed or self.pulled or self.kinds)

    @property
    def changes(self) -> Changes:
        """For the screens: what the hub's rows touched, and where this device's changes stand (SYNC)."""
        return Changes(self.kinds | (Changed.SYNC if self.pushed else Changed.NONE))

    def __add__(self, other: Round) -> Round:
        return Round(
            self.pushed + other.pushed,
            self.refused + other.refused,
            self.pulled + other.pulled,
            self.duplicates + other.duplicates,
            self.kinds | other.kinds,
        )


class HubLink:
    def __init__(self, ctx: Ctx, http: httpx.AsyncClient, store: Executor | None = None) -> None:
        self._ctx = ctx
        self._http = http
        self._executor = store

    async def _store(self, step: Callable[..., T], *args: Any) -> T:
        return await in_store(self._executor, step, *args)

    async def sync_once(self, *, pull: bool = True) -> Round:
        """Push, pull, take the hub's rows. `pull=False` for a device that follows the hub's event stream
        and wants only its own changes sent: the stream brings the feed, the decided rows are taken here."""
        done = Round(0, 0, 0)
        try:
            done += await self._push_all()
        except httpx.HTTPError:
            # Pull all the same: on a flaky link a busy device must still hear of others' changes.
            # The entries stay "sent" and go again next round; a replay is answered, not redone.
            if pull:
                await self._pull()
            raise
        if not pull:
            return done + Round(0, 0, 0, kinds=await self._take_hub_rows())
        pulled, reset = await self._pull()
        if reset:  # the hub was restored from a backup: what it lacks goes again, in this device's order
            done += await self._push_all()
            pulled += (await self._pull())[0]
        return done + pulled + Round(0, 0, 0, kinds=await self._take_hub_rows())

    # -- push -----------------------------------------------------------------------------------

    async def _push_all(self) -> Round:
        """Every waiting entry once, oldest first, in batches."""
        pushed = refused = duplicates = 0
        after = 0
        while batch := await self._store(self._send_after, after):
            results = await self._push(batch)
            pushed += len(results)
            refused += sum(1 for r in results if r["status"] == "refused")
            duplicates += sum(1 for r in results if r["duplicate"])
            after = batch[-1].seq or 0
        return Round(pushed, refused, 0, duplicates)

    def _send_after(self, seq: int) -> list[Outbox]:
        """The next waiting entries past `seq`, oldest first, marked "sent" in the same step (a change made
        meanwhile waits for the next batch). The entries are as they were before the mark: a resent one
        still says so. "sent": the hub may have it; a replay is answered, not redone. Not durable: should a
        power cut lose the mark, the entry is "pending" again and goes again, answered as a replay."""
        with self._ctx.db.write(durable=False) as s:
            batch = list(
                s.exec(
                    select(Outbox)
                    .where(col(Outbox.state).in_(WAITING), col(Outbox.seq) > seq)
                    .order_by(col(Outbox.seq))
                    .limit(PUSH_BATCH)
                ).all()
            )
            _set_state(core(s), [e.seq for e in batch], "pending", "sent")
            return batch

    async def _push(self, batch: list[Outbox]) -> list[dict[str, Any]]:
        body = {"mutations": [as_sent(e) for e in batch]}
        reply = await self._http.post("/v1/push", json=body)
        if reply.status_code == UPGRADE_REQUIRED:  # the hub read none of it: not "sent" after all
            await self._store(self._unsend, batch)
        reply.raise_for_status()
        results: list[dict[str, Any]] = reply.json()["results"]
        await self._store(self._record_decisions, batch, results)
        return results

    def _unsend(self, batch: list[Outbox]) -> None:
        """Back to "pending": the hub refused to read the push (another protocol version)."""
        with self._ctx.db.write(durable=False) as s:
            _set_state(core(s), [e.seq for e in batch], "sent", "pending")

    def _record_decisions(self, batch: list[Outbox], results: list[dict[str, Any]]) -> None:
        by_id = {r["id"]: r for r in results}
        now = self._ctx.now()
        with self._ctx.db.write() as s:
            to_take = {tuple(k) for k in _to_take(core(s))}
            for entry in batch:
                result = by_id.get(entry.mutation_id)
                row = s.get(Outbox, entry.seq)
                if result is None or row is None:
                    continue
                if result["status"] == "deferred":
                    row.deferrals += 1
                else:
                    row.state = "confirmed" if result["status"] == "applied" else "refused"
                    row.refusal = json.dumps(result["refusal"], ensure_ascii=False) if result["refusal"] else ""
                    row.decided_at = now
                    to_take |= {(t, k) for t, k in entry.rows}
                s.add(row)
            # Kept with the decisions, so a round cut short after them still takes the hub's rows later.
            write_local(core(s), {ROWS_TO_TAKE: sorted(to_take)})

    # -- pull -----------------------------------------------------------------------------------

    async def _pull(self) -> tuple[Round, bool]:
        """(what the pull took, whether the hub's feed was reset under this device)."""
        pulled, reset = Round(0, 0, 0), False
        waiting = {WAITING_HEADER: str(await self._store(self.waiting))}  # for the head's list of devices
        while True:
            since, stamp = await self._store(cursor, self._ctx)
            params: dict[str, Any] = {"since": since, "limit": PULL_PAGE} | ({"stamp": stamp} if stamp else {})
            reply = await self._http.get("/v1/pull", params=params, headers=waiting)
            reply.raise_for_status()
            page = reply.json()
            if page.get("reset"):
                await self._store(self._start_over)
                reset = True
                continue
            if not page["changes"] and page["last_seq"] == since:
                return pulled, reset  # nothing new: no write
            taken = await self._store(take_feed, self._ctx, (since, stamp), page["changes"], page["last_seq"])
            if taken is None:
                continue  # the event stream moved the cursor meanwhile: pull from where it is now
            pulled += taken
            if len(page["changes"]) < PULL_PAGE:
                return pulled, reset  # a short page is the end of the feed: no second request to learn it

    def _start_over(self) -> None:
        """The hub no longer has what this device pulled: take its whole feed again, and mark every change
        it had confirmed to be sent again (a replay of one it still has is answered, not redone)."""
        with self._ctx.db.write() as s:
            write_local(core(s), {CURSOR: 0, CURSOR_STAMP: ""})
            for row in s.exec(select(Outbox).where(Outbox.state == "confirmed")):
                row.state, row.deferrals = "resend", 0
                s.add(row)

    async def _take_hub_rows(self) -> Changed:
        """The hub's version of the rows this device wrote for changes now decided; gone if the hub has none.
        This replaces whatever the device showed optimistically (its routing, an accept that lost)."""
        keys = await self._store(self._rows_to_take)
        touched = Changed.NONE
        for start in range(0, len(keys), PULL_PAGE):
            page = keys[start : start + PULL_PAGE]
            reply = await self._http.post("/v1/rows", json={"keys": page})
            reply.raise_for_status()
            touched |= await self._store(self._take_rows, page, reply.json()["rows"])
        return touched

    def _rows_to_take(self) -> list[list[str]]:
        with self._ctx.db.read() as s:
            return _to_take(core(s))

    def _take_rows(self, page: list[list[str]], replied: list[dict[str, Any]]) -> Changed:
        with self._ctx.db.write(durable=False) as s:  # the hub's rows: fetched again if a power cut loses them
            conn = core(s)
            conn.execute(text("PRAGMA defer_foreign_keys=ON"))
            touched = apply_remote(s, [(r["table"], r["key"], r["data"]) for r in replied], keep=_held_here(conn))
            taken = {tuple(k) for k in page}
            left = [k for k in _to_take(conn) if tuple(k) not in taken]
            write_local(conn, {ROWS_TO_TAKE: left})
        _purged_leave_the_disk(self._ctx, touched.kinds)
        return touched.kinds

    # -- what the screens show ------------------------------------------------------------------

    def waiting(self) -> int:
        """Changes made here that the hub has not decided yet."""
        with self._ctx.db.read() as s:
            return s.exec(select(func.count()).select_from(Outbox).where(col(Outbox.state).in_(WAITING))).one()


async def in_store(executor: Executor | None, step: Callable[..., T], *args: Any) -> T:
    """One step on a device's store (a transaction or a read): on the executor's thread, or in line without one."""
    if executor is None:
        return step(*args)
    return await asyncio.get_running_loop().run_in_executor(executor, step, *args)


def take_feed(ctx: Ctx, after: tuple[int, str], changes: list[dict[str, Any]], last_seq: int) -> Round | None:
    """Feed changes that follow on from `after` (seq, stamp), taken with the new cursor in one transaction:
    how many rows and what they touched, or None (nothing taken) when this device's cursor is not at
    `after`. Not durable (`Database.write`): a power cut may lose the rows and the cursor together, and
    they are pulled again."""
    with ctx.db.write(durable=False) as s:
        conn = core(s)
        if _cursor(conn) != after:
            return None
        conn.execute(text("PRAGMA defer_foreign_keys=ON"))  # a page may hold a child before its parent
        touched = apply_remote(s, [(c["table"], c["key"], c["data"]) for c in changes], keep=_held_here(conn))
        write_local(conn, {CURSOR: last_seq} | ({CURSOR_STAMP: changes[-1]["stamp"]} if changes else {}))
    _purged_leave_the_disk(ctx, touched.kinds)
    return Round(0, 0, sum(1 for c in changes if c["table"] in SHARED), kinds=touched.kinds)


def _purged_leave_the_disk(ctx: Ctx, kinds: Changed) -> None:
    """After taking a purge from the hub, as after making one here (services.privacy): secure_delete has
    zeroed the old values in the store's file, and the checkpoint empties the WAL that still held them."""
    if Changed.PURGED in kinds:
        ctx.db.checkpoint()


def cursor(ctx: Ctx) -> tuple[int, str]:
    """The feed seq pulled up to, and that change's stamp (empty before the first change)."""
    with ctx.db.read() as s:
        return _cursor(core(s))


def _cursor(conn: Connection) -> tuple[int, str]:
    kept = read_local(conn, CURSOR, CURSOR_STAMP)
    return int(kept.get(CURSOR, 0)), str(kept.get(CURSOR_STAMP, ""))


def _to_take(conn: Connection) -> list[list[str]]:
    """[table, key] of the rows whose hub version this device is still to take (ROWS_TO_TAKE)."""
    return list(read_local(conn, ROWS_TO_TAKE).get(ROWS_TO_TAKE, []))


_OUTBOX = Outbox.__table__  # type: ignore[attr-defined]
_HELD = select(_OUTBOX.c.rows).where(_OUTBOX.c.state.in_(WAITING))


def _held_here(conn: Connection) -> set[tuple[str, str]]:
    """Rows that changes made here and not yet decided wrote: they keep this device's version until the
    hub decides those changes; then the hub's version is taken (ROWS_TO_TAKE)."""
    return {(t, k) for (rows,) in conn.execute(_HELD) for t, k in rows}


def _set_state(conn: Connection, seqs: list[int | None], was: str, state: str) -> None:
    """Entries `seqs` that are still `was` become `state`."""
    if seqs:
        conn.execute(update(_OUTBOX).where(_OUTBOX.c.seq.in_(seqs), _OUTBOX.c.state == was).values(state=state))


def as_sent(entry: Outbox) -> dict[str, Any]:
    return {
        "id": entry.mutation_id,
        "name": entry.name,
        "args": entry.args,
        "staff_id": entry.staff_id,
        "session_id": entry.session_id,
        "proof": entry.proof,
        "resend": entry.state == "resend" and entry.deferrals < MAX_DEFERRALS,
    }
