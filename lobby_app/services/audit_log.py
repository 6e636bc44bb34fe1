"""The audit log the branch head reads: every change a store applied (its history: who, what, when,
from which device) and every request the hub accepted or refused (its audit), newest first, filtered.

Read-only. What a purge clears never shows here: the history keeps no customer's name, phone or note
(each service records only what is public of a change), and the hub's audit keeps refusals' rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import col, select

from ..store.tables import Device, History, HubAudit, Staff
from .context import Ctx

KINDS = ("change", "accepted", "refused")
LIMIT = 500


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    kind: str  # change · accepted · refused
    action: str  # the change's name (tag_customer), or the hub's endpoint (/v1/push)
    who: str  # the person's name, or ""
    staff_id: int | None
    device: str  # the device's name, or the address a request came from
    device_id: str | None
    what: str  # the thing changed (handoff 6f2…), or the rule a request broke
    detail: dict[str, Any]


def audit_entries(
    ctx: Ctx,
    *,
    staff_id: int | None = None,
    device_id: str | None = None,
    day: date | None = None,
    kind: str | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    """The newest `limit` entries that match every filter given (`day` in the branch's time zone)."""
    limit = max(1, min(limit, LIMIT))
    start = datetime.combine(day, datetime.min.time(), ctx.tz) if day is not None else None
    end = start + timedelta(days=1) if start is not None else None
    entries: list[AuditEntry] = []
    with ctx.db.read() as s:
        names = {p.id: p.name for p in s.exec(select(Staff))}
        devices = {d.id: d.name for d in s.exec(select(Device))}
        if kind in (None, "change"):
            q = select(History).order_by(col(History.seq).desc()).limit(limit)
            if staff_id is not None:
                q = q.where(History.staff_id == staff_id)
            if device_id is not None:
                q = q.where(History.device_id == device_id)
            if start is not None and end is not None:
                q = q.where(History.at >= start, History.at < end)
            entries += [
                AuditEntry(
                    at=h.at,
                    kind="change",
                    action=h.action,
                    who=names.get(h.staff_id or 0, ""),
                    staff_id=h.staff_id,
                    device=devices.get(h.device_id, ""),
                    device_id=h.device_id,
                    what=f"{h.entity} {h.entity_id}",
                    detail=dict(h.data),
                )
                for h in s.exec(q)
            ]
        if kind in (None, "accepted", "refused"):
            a = select(HubAudit).order_by(col(HubAudit.seq).desc()).limit(limit)
            if kind is not None:
                a = a.where(HubAudit.outcome == kind)
            if staff_id is not None:
                a = a.where(HubAudit.staff_id == staff_id)
            if device_id is not None:
                a = a.where(HubAudit.device_id == device_id)
            if start is not None and end is not None:
                a = a.where(HubAudit.at >= start, HubAudit.at < end)
            entries += [
                AuditEntry(
                    at=r.at,
                    kind=r.outcome,
                    action=r.action,
                    who=names.get(r.staff_id or 0, ""),
                    staff_id=r.staff_id,
                    device=devices.get(r.device_id or "", r.client or ""),
                    device_id=r.device_id,
                    what=str(r.detail.get("rule", "")),
                    detail=dict(r.detail),
                )
                for r in s.exec(a)
            ]
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]


def known_devices(ctx: Ctx) -> list[tuple[str, str]]:
    """(id, name) of every device the branch has registered, by name: the audit log's device filter."""
    with ctx.db.read() as s:
        return [(d.id, d.name) for d in s.exec(select(Device).order_by(col(Device.name)))]
