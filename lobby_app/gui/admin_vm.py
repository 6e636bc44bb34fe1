"""The branch head's devices and audit log. With a hub, both come from it (sync.admin, each request
proven by the head's session here); a device with no hub has no devices to list and shows its own
history as the audit log."""

from __future__ import annotations

import csv
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain.errors import DomainError
from ..private import private_dir, tighten
from ..services.audit_log import AuditEntry, audit_entries, known_devices
from ..services.context import Ctx
from ..services.staff_admin import colleagues
from ..sync.admin import HubAdmin
from ..sync.config import HubConfig
from ..sync.staff import HubAway
from .formatting import clock_time, day_time
from .list_model import RowsModel
from .session_vm import SessionViewModel
from .tasks import Tasks

translate = QCoreApplication.translate  # the name lupdate looks for

DEVICE_ROLES = ("id", "name", "lastUser", "lastSeen", "version", "waiting", "revoked", "stateText")
AUDIT_ROLES = ("key", "at", "kindText", "action", "who", "device", "what", "change", "refused")


class AdminViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        ctx: Ctx,
        session: SessionViewModel,
        *,
        hub: HubConfig | None = None,
        exports: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._session, self._hub, self._exports = ctx, session, hub, exports
        self._devices = RowsModel(DEVICE_ROLES, key="id", parent=self)
        self._audit = RowsModel(AUDIT_ROLES, key="key", parent=self)
        self._entries: list[AuditEntry] = []
        self._device_data: list[dict[str, Any]] = []  # as the hub sent them, worded again on a language switch
        self._busy, self._error, self._code, self._code_expires, self._export_text = False, "", "", "", ""
        self._tasks = Tasks()

    devices = Property(QObject, lambda self: self._devices, constant=True)
    audit = Property(QObject, lambda self: self._audit, constant=True)
    linked = Property(bool, lambda self: self._hub is not None, notify=changed)
    busy = Property(bool, lambda self: self._busy, notify=changed)
    error = Property(str, lambda self: self._error, notify=changed)
    code = Property(str, lambda self: self._code, notify=changed)
    codeExpires = Property(str, lambda self: self._code_expires, notify=changed)
    exportText = Property(str, lambda self: self._export_text, notify=changed)
    # What to type on the new device, with this hub's address and the code.
    enrolCommand = Property(
        str,
        lambda self: (
            f"lobby-app enrol --hub {self._hub.url} --code {self._code} --name …" if self._hub and self._code else ""
        ),
        notify=changed,
    )

    def _get_people(self) -> list[dict[str, Any]]:
        everyone = translate("Admin", "Everyone")
        # Everyone ever on the staff: someone who left is who an audit is often about.
        return [{"id": 0, "name": everyone}] + [{"id": c.staff_id, "name": c.name} for c in colleagues(self._ctx)]

    people = Property("QVariantList", _get_people, notify=changed)

    def _get_device_choices(self) -> list[dict[str, Any]]:
        every = translate("Admin", "All devices")
        return [{"id": "", "name": every}] + [{"id": i, "name": n} for i, n in known_devices(self._ctx)]

    deviceChoices = Property("QVariantList", _get_device_choices, notify=changed)

    def retranslate(self) -> None:
        self._devices.set_rows([self._device_row(r) for r in self._device_data])
        self._show_entries()
        self.changed.emit()

    # The devices (with a hub)

    @Slot()
    def refreshDevices(self) -> None:
        self._at_hub(lambda admin: admin.devices(), self._take_devices)

    @Slot(str, str)
    def rename(self, device_id: str, name: str) -> None:
        self._at_hub(lambda admin: admin.rename(device_id, name), lambda _: self.refreshDevices())

    @Slot(str)
    def revoke(self, device_id: str) -> None:
        self._at_hub(lambda admin: admin.revoke(device_id), lambda _: self.refreshDevices())

    @Slot()
    def makeCode(self) -> None:
        self._at_hub(lambda admin: admin.enrolment_code(), self._take_code)

    def _take_devices(self, rows: Any) -> None:
        self._device_data = list(rows)
        self._devices.set_rows([self._device_row(r) for r in self._device_data])

    def _take_code(self, answer: Any) -> None:
        self._code = str(answer["code"])
        expires = datetime.fromisoformat(str(answer["expires_at"]))
        self._code_expires = translate("Admin", "Valid until %1, for one device").replace(
            "%1", clock_time(expires, self._ctx.tz)
        )

    def _device_row(self, d: dict[str, Any]) -> dict[str, Any]:
        seen = _when(d.get("last_seen_at"), self._ctx)
        revoked = d.get("revoked_at") is not None
        return {
            "id": d["id"],
            "name": d["name"],
            "lastUser": d.get("last_user") or "—",
            "lastSeen": seen or translate("Admin", "never"),
            "version": d.get("app_version") or "—",
            "waiting": int(d.get("waiting") or 0),
            "revoked": revoked,
            "stateText": translate("Admin", "Revoked") if revoked else "",
        }

    # The audit log

    @Slot(int, str, str, str)
    def showAudit(self, staff_id: int, device_id: str, day: str, kind: str) -> None:
        """Filters: 0 / "" for any; `day` as YYYY-MM-DD."""
        try:
            day_ = date.fromisoformat(day) if day else None
        except ValueError:
            self._error = translate("Admin", "The day must be written YYYY-MM-DD")
            self.changed.emit()
            return
        filters = {"staff_id": staff_id or None, "device_id": device_id or None, "day": day_, "kind": kind or None}
        if self._hub is None:
            self._take_audit([_as_dict(e) for e in audit_entries(self._ctx, **filters)])
            self.changed.emit()
            return
        self._at_hub(lambda admin: admin.audit(**filters), self._take_audit)

    def _take_audit(self, rows: Any) -> None:
        self._entries = [
            AuditEntry(**(r | {"at": datetime.fromisoformat(str(r["at"])) if isinstance(r["at"], str) else r["at"]}))
            for r in rows
        ]
        self._show_entries()

    def _show_entries(self) -> None:
        kinds = {
            "change": translate("Admin", "Change"),
            "accepted": translate("Admin", "Accepted request"),
            "refused": translate("Admin", "Refused request"),
        }
        self._audit.set_rows(
            [
                {
                    "key": f"{i}",
                    "at": _when(e.at, self._ctx),
                    "kindText": kinds.get(e.kind, e.kind),
                    "action": action_text(e.action),
                    "who": e.who,
                    "device": e.device,
                    "what": _short(e.what),
                    "change": _before_after(e.detail),
                    "refused": e.kind == "refused",
                }
                for i, e in enumerate(self._entries)
            ]
        )

    @Slot()
    def exportAudit(self) -> None:
        """The entries shown, as a CSV in the exports folder (0600), and say where."""
        if self._exports is None:
            return
        path = self._exports / f"audit-{self._ctx.local_date(self._ctx.now()):%Y-%m-%d}.csv"
        try:
            private_dir(self._exports)
            with path.open("w", newline="", encoding="utf-8-sig") as f:
                out = csv.writer(f)
                out.writerow(["at", "kind", "action", "who", "staff_id", "device", "device_id", "what", "detail"])
                for e in self._entries:
                    out.writerow(
                        [
                            e.at.isoformat(),
                            e.kind,
                            e.action,
                            e.who,
                            e.staff_id or "",
                            e.device,
                            e.device_id or "",
                            e.what,
                            e.detail,
                        ]
                    )
            tighten(path)
        except OSError as e:
            self._export_text = translate("Admin", "Could not save: %1").replace("%1", e.strerror or str(e))
        else:
            self._export_text = translate("Admin", "Saved: %1").replace("%1", str(path))
        self.changed.emit()

    # Asking the hub

    def _at_hub(self, ask: Callable[[HubAdmin], Awaitable[Any]], then: Callable[[Any], None]) -> None:
        actor = self._session.actor
        if self._hub is None or actor is None or self._busy:
            return
        admin = HubAdmin(self._ctx, self._hub, actor)
        if self._tasks.start(self._ask(partial(ask, admin), then)) is None:
            return  # no loop to ask the hub on (a screenshot): the page shows what it holds
        self._busy, self._error = True, ""
        self.changed.emit()

    async def _ask(self, asking: Callable[[], Awaitable[Any]], then: Callable[[Any], None]) -> None:
        try:
            answer = await asking()
        except HubAway:
            self._busy, self._error = (
                False,
                translate("Admin", "The branch hub cannot be reached: try again when it can"),
            )
        except DomainError as e:
            self._busy, self._error = False, _refusal_text(e)
        else:
            self._busy = False
            then(answer)  # may ask again (the list after a revocation)
        self.changed.emit()


def action_text(action: str) -> str:
    """A change or a request in the words of the branch; anything new shows its code."""
    words = {
        "tag_customer": translate("Admin", "Tagged a customer"),
        "refer": translate("Admin", "Referred a customer"),
        "offer": translate("Admin", "Offered to a wealth manager"),
        "accept": translate("Admin", "Accepted a customer"),
        "decline": translate("Admin", "Declined a customer"),
        "release": translate("Admin", "Offer went back to the queue"),
        "escalate": translate("Admin", "Offer unanswered: passed on"),
        "meet": translate("Admin", "Met the customer"),
        "record_outcome": translate("Admin", "Recorded an outcome"),
        "cancel": translate("Admin", "Cancelled a referral"),
        "book_callback": translate("Admin", "Booked a callback"),
        "callback_no_answer": translate("Admin", "Callback not answered"),
        "set_presence": translate("Admin", "Changed availability"),
        "set_response_time": translate("Admin", "Changed the response time (s)"),
        "set_coaching_days": translate("Admin", "Changed the coaching period (days)"),
        "set_retention_days": translate("Admin", "Changed how long customer data is kept (days)"),
        "credit_split": translate("Admin", "Split the credit"),
        "credit_exception": translate("Admin", "Credit sent to exceptions"),
        "allocate_exception": translate("Admin", "Allocated an exception"),
        "close_month": translate("Admin", "Closed a credit month"),
        "edit_standards": translate("Admin", "Changed the referral standards"),
        "edit_credit_phases": translate("Admin", "Changed the credit phases"),
        "purge_personal_data": translate("Admin", "Purged customers' personal data"),
        "create_staff": translate("Admin", "Added a colleague"),
        "add_staff": translate("Admin", "Added a colleague"),
        "change_role": translate("Admin", "Changed a colleague's role"),
        "reset_pin": translate("Admin", "Gave a colleague a new PIN"),
        "deactivate_staff": translate("Admin", "Deactivated a colleague"),
        "change_pin": translate("Admin", "Changed their PIN"),
        "lock_pin": translate("Admin", "Locked after wrong PINs"),
        "register_device": translate("Admin", "Registered a device"),
        "set_up_branch": translate("Admin", "Branch set up"),
        "/v1/sign-in": translate("Admin", "Sign-in at the hub"),
        "/v1/pin": translate("Admin", "PIN change at the hub"),
        "/v1/push": translate("Admin", "Sent changes"),
        "/v1/pull": translate("Admin", "Fetched changes"),
        "/v1/devices": translate("Admin", "Enrolment of a device"),
        "/v1/enrolment-codes": translate("Admin", "Enrolment code"),
        "/v1/kiosk-exit": translate("Admin", "Kiosk exit"),
    }
    return words.get(action, action)


def _when(at: Any, ctx: Ctx) -> str:
    """A moment from the hub (ISO text) or the store, as the branch reads it; "" for none."""
    if at is None:
        return ""
    return day_time(datetime.fromisoformat(at) if isinstance(at, str) else at, ctx.tz)


def _short(what: str) -> str:
    """The thing in words and a long id cut, enough to tell two apart (the CSV has it whole): 转介 6f2c…"""
    kind, _, ident = what.partition(" ")
    if not ident:  # a refused request's rule
        return what
    kinds = {
        "handoff": translate("Admin", "Referral"),
        "tag": translate("Admin", "Customer"),
        "callback": translate("Admin", "Callback"),
        "presence": translate("Admin", "Availability"),
        "staff": translate("Admin", "Colleague"),
        "device": translate("Admin", "Device"),
        "standards": translate("Admin", "Standards"),
        "credit_schedule": translate("Admin", "Credit phases"),
        "credit": translate("Admin", "Credit"),
        "branch": translate("Admin", "Branch"),
    }
    return f"{kinds.get(kind, kind)} {ident[:8]}…" if len(ident) > 12 else f"{kinds.get(kind, kind)} {ident}"


def _before_after(detail: dict[str, Any]) -> str:
    """ "120 → 90" where a change names what it replaced (a setting, a role)."""
    if "before" in detail and "after" in detail:
        return f"{detail['before']} → {detail['after']}"
    return ""


def _as_dict(e: AuditEntry) -> dict[str, Any]:
    return {f: getattr(e, f) for f in AuditEntry.__dataclass_fields__}


def _refusal_text(e: DomainError) -> str:
    if e.rule in ("session_ended", "not_signed_in"):
        return translate("Admin", "Your sign-in has ended: sign in again")
    if e.rule == "wrong_role":
        return translate("Admin", "Only the branch head may do this")
    if e.field == "name":
        return translate("Admin", "A device's name has 1 to 40 characters")
    return translate("Admin", "The hub refused: %1").replace("%1", e.message)
