"""The branch head's staff: who works at the branch and in which role; add a colleague with a one-time
PIN, change a role, give a new PIN to someone who forgot theirs, deactivate someone who has left. A
refusal shows under its field; nothing changes."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain.errors import DomainError
from ..domain.roles import Actor
from ..protocol.commands import ChangeRole, DeactivateStaff, SetPlace
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..services.staff_admin import (
    add_staff,
    change_role,
    colleagues,
    deactivate_staff,
    new_colleague,
    new_pin_for,
    reset_pin,
    set_place,
)
from .formatting import clock_time
from .list_model import RowsModel
from .ops import run_op
from .session_vm import ROLE_ORDER, SessionViewModel, new_pin_refusal, role_title
from .wording import error_text

translate = QCoreApplication.translate  # the name lupdate looks for

ROLES = ("id", "staffNo", "name", "role", "roleTitle", "active", "stateText", "me", "place")


class StaffViewModel(QObject):
    changed = Signal()

    def __init__(self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._session, self._bus = ctx, session, bus
        self._rows = RowsModel(ROLES, key="id", parent=self)
        self._errors: dict[str, str] = {}
        self._done = ""
        session.changed.connect(self._reset)

    people = Property(QObject, lambda self: self._rows, constant=True)
    errors = Property("QVariantMap", lambda self: dict(self._errors), notify=changed)
    doneText = Property(str, lambda self: self._done, notify=changed)

    def _get_roles(self) -> list[dict[str, str]]:
        return [{"value": str(r), "text": role_title(r)} for r in ROLE_ORDER]

    roles = Property("QVariantList", _get_roles, notify=changed)

    def _reset(self) -> None:
        self._errors, self._done = {}, ""
        self.refresh()

    def on_changes(self, change: Changes) -> None:
        if Changed.STAFF in change:
            self.refresh()

    def retranslate(self) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        me = self._session.actor.staff_id if self._session.actor else None
        rows = []
        for c in colleagues(self._ctx):
            state = "" if c.active else translate("Staff", "Left the branch")
            if c.active and c.locked_until is not None:
                state = translate("Staff", "Locked until %1").replace("%1", clock_time(c.locked_until, self._ctx.tz))
            rows.append(
                {
                    "id": c.staff_id,
                    "staffNo": c.staff_no,
                    "name": c.name,
                    "role": str(c.role),
                    "roleTitle": role_title(c.role),
                    "active": c.active,
                    "stateText": state,
                    "me": c.staff_id == me,
                    "place": c.place,
                }
            )
        self._rows.set_rows(rows)
        self.changed.emit()

    @Slot(str, str, str, str, str)
    def add(self, staff_no: str, name: str, role: str, pin: str, again: str) -> None:
        if self._pins_differ(pin, again, "pin"):
            return

        def call(actor: Actor) -> Changes:
            return add_staff(
                self._ctx, actor, new_colleague(self._ctx, staff_no=staff_no, name=name, role=role, pin=pin)
            )

        if run_op(self._bus, self._session, call, self._refused) is not None:
            self._errors = {}
            self._done = translate("Staff", "%1 can sign in with the one-time PIN, and will choose their own").replace(
                "%1", name.strip()
            )
            self.changed.emit()

    @Slot(int, str)
    def setRole(self, staff_id: int, role: str) -> None:
        self._errors = {}
        run_op(
            self._bus,
            self._session,
            lambda a: change_role(self._ctx, a, ChangeRole(staff_id=staff_id, role=role)),
            self._refused,
        )
        self.refresh()

    @Slot(int, str)
    def setPlace(self, staff_id: int, place: str) -> None:
        """Where a wealth manager receives customers; a refusal shows under the field ("place")."""
        self._errors = {}
        done = run_op(
            self._bus,
            self._session,
            lambda a: set_place(self._ctx, a, SetPlace(staff_id=staff_id, place=place)),
            self._refused,
        )
        if done is not None:
            self._done = translate("Staff", "Saved: the lobby tells customers where to go")
        self.refresh()

    @Slot(int, str, str)
    def resetPin(self, staff_id: int, pin: str, again: str) -> None:
        if self._pins_differ(pin, again, "reset_pin"):
            return
        done = run_op(
            self._bus,
            self._session,
            lambda a: reset_pin(self._ctx, a, new_pin_for(self._ctx, staff_id=staff_id, pin=pin)),
            self._reset_refused,
        )
        if done is not None:
            self._errors = {}
            self._done = translate("Staff", "New one-time PIN given: it must be changed at the next sign-in")
            self.changed.emit()

    @Slot(int)
    def deactivate(self, staff_id: int) -> None:
        self._errors = {}
        run_op(
            self._bus,
            self._session,
            lambda a: deactivate_staff(self._ctx, a, DeactivateStaff(staff_id=staff_id)),
            self._refused,
        )
        self.refresh()

    def _pins_differ(self, pin: str, again: str, field: str) -> bool:
        if pin == again:
            return False
        self._errors = {field: translate("SignIn", "The new PIN and its repeat differ: type both again")}
        self.changed.emit()
        return True

    def _refused(self, e: DomainError) -> None:
        self._errors = {_field(e.field): _text(e)}
        self._done = ""
        self.changed.emit()

    def _reset_refused(self, e: DomainError) -> None:
        self._errors = {"reset_pin" if e.field == "pin" else _field(e.field): _text(e)}
        self._done = ""
        self.changed.emit()


def _field(field: str) -> str:
    return "general" if field in ("actor", "staff_id", "pin_hash") else field


def _text(e: DomainError) -> str:
    if e.field == "pin":
        return new_pin_refusal(e.rule)
    known = {
        "last_head": translate("Staff", "The branch needs an active branch head: name another first"),
        "inactive": translate("Staff", "This colleague no longer works at the branch"),
        "bad_code": translate("Staff", "Letters and digits only"),
        "duplicate": translate("Staff", "This staff number is taken"),
        "unknown": translate("Staff", "Choose a role"),
        "wrong_role": translate("Staff", "Only the branch head may change the staff"),
        "taken": translate("Staff", "Someone was added meanwhile: add them again"),
        "not_wealth_manager": translate("Staff", "Only a wealth manager receives customers at a place"),
        "one_line": translate("Staff", "One line only"),
    }
    return known.get(e.rule) or error_text(e)
