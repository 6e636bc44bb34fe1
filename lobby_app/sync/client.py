"""One device's link to the branch hub (httpx, asyncio).

`sync_once` pushes the outbox in order (each entry: pending → sent → confirmed or refused), pulls the
hub's feed from this device's cursor, then takes the hub's current version of every row that the
just-decided entries wrote here. Pulled rows land in one transaction per page together with the new
cursor, so a device stopped at any moment resumes where it was. The device never decides: whatever
it showed optimistically, the hub's rows replace.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import text
from sqlmodel import Session, col, func, select

from ..services.context import Ctx
from ..store.replication import SHARED, delete, upsert
from ..store.tables import LocalState, Outbox

CURSOR = "hub_cursor"
PUSH_BATCH = 50
PULL_PAGE = 1000


@dataclass(frozen=True, slots=True)
class Round:
    """What one round of sync did: the screens refresh when `changed`."""

    pushed: int
    refused: int
    pulled: int
    duplicates: int = 0  # decided by the hub before: a reply lost on the way, answered again

    @property
    def changed(self) -> bool:
        return bool(self.pushed or self.pulled)


class HubLink:
    def __init__(self, ctx: Ctx, http: httpx.AsyncClient) -> None:
        self._ctx = ctx
        self._http = http

    async def sync_once(self) -> Round:
        pushed = refused = duplicates = 0
        decided_rows: set[tuple[str, str]] = set()
        while True:
            batch = self._pending()
            if not batch:
                break
            results = await self._push(batch)
            pushed += len(results)
            refused += sum(1 for r in results if r["status"] == "refused")
            duplicates += sum(1 for r in results if r["duplicate"])
            decided_rows |= {(t, k) for entry in batch for t, k in entry.rows}
        pulled = await self._pull()
        if decided_rows:
            await self._take_hub_rows(sorted(decided_rows))
        return Round(pushed, refused, pulled, duplicates)

    # -- push -----------------------------------------------------------------------------------

    def _pending(self) -> list[Outbox]:
        with self._ctx.db.read() as s:
            return list(
                s.exec(
                    select(Outbox)
                    .where(col(Outbox.state).in_(("pending", "sent")))
                    .order_by(col(Outbox.seq))
                    .limit(PUSH_BATCH)
                ).all()
            )

    async def _push(self, batch: list[Outbox]) -> list[dict[str, Any]]:
        with self._ctx.db.write() as s:  # "sent": the hub may have it; a replay is answered, not redone
            for entry in batch:
                row = s.get(Outbox, entry.seq)
                if row is not None and row.state == "pending":
                    row.state = "sent"
                    s.add(row)
        body = {
            "mutations": [{"id": e.mutation_id, "name": e.name, "args": e.args, "staff_id": e.staff_id} for e in batch]
        }
        reply = await self._http.post("/v1/push", json=body)
        reply.raise_for_status()
        results: list[dict[str, Any]] = reply.json()["results"]
        by_id = {r["id"]: r for r in results}
        now = self._ctx.now()
        with self._ctx.db.write() as s:
            for entry in batch:
                result = by_id.get(entry.mutation_id)
                row = s.get(Outbox, entry.seq)
                if result is None or row is None:
                    continue
                row.state = "confirmed" if result["status"] == "applied" else "refused"
                row.refusal = json.dumps(result["refusal"], ensure_ascii=False) if result["refusal"] else ""
                row.decided_at = now
                s.add(row)
        return results

    # -- pull -----------------------------------------------------------------------------------

    def cursor(self) -> int:
        with self._ctx.db.read() as s:
            row = s.get(LocalState, CURSOR)
        return int(row.value) if row is not None else 0

    async def _pull(self) -> int:
        pulled = 0
        while True:
            reply = await self._http.get("/v1/pull", params={"since": self.cursor(), "limit": PULL_PAGE})
            reply.raise_for_status()
            page = reply.json()
            changes = [c for c in page["changes"] if c["table"] in SHARED]
            with self._ctx.db.write() as s:
                s.execute(text("PRAGMA defer_foreign_keys=ON"))  # a page may hold a child before its parent
                _take(s, [(c["table"], c["key"], c["data"]) for c in changes])
                s.merge(LocalState(key=CURSOR, value=page["last_seq"]))
            pulled += len(changes)
            if not page["changes"]:
                return pulled

    async def _take_hub_rows(self, keys: list[tuple[str, str]]) -> None:
        """The hub's version of rows this device wrote for mutations now decided; gone if the hub has none."""
        for start in range(0, len(keys), PULL_PAGE):
            reply = await self._http.post("/v1/rows", json={"keys": [list(k) for k in keys[start : start + PULL_PAGE]]})
            reply.raise_for_status()
            with self._ctx.db.write() as s:
                s.execute(text("PRAGMA defer_foreign_keys=ON"))
                _take(s, [(r["table"], r["key"], r["data"]) for r in reply.json()["rows"] if r["table"] in SHARED])

    # -- what the screens show ------------------------------------------------------------------

    def waiting(self) -> int:
        """Changes made here that the hub has not decided yet."""
        with self._ctx.db.read() as s:
            return s.exec(
                select(func.count()).select_from(Outbox).where(col(Outbox.state).in_(("pending", "sent")))
            ).one()


def _take(s: Session, rows: list[tuple[str, str, dict[str, Any] | None]]) -> None:
    """The hub's rows, in its order: the last version of each row wins; None means the hub has none."""
    last: dict[tuple[str, str], dict[str, Any] | None] = {}
    for table, key, data in rows:
        last.pop((table, key), None)  # keep the order of last versions
        last[(table, key)] = data
    by_table: dict[str, list[dict[str, Any]]] = {}
    for (table, key), data in last.items():
        if data is None:
            delete(s, table, key)
        else:
            by_table.setdefault(table, []).append(data)
    for table, datas in by_table.items():
        upsert(s, table, datas)
