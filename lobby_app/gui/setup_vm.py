"""The first run of a standalone device (no branch hub, nobody on its staff): the branch's name and code,
its time zone, the day its referral credit rolls out, and its head, who then signs in with the new PIN.

Every refusal is shown under the field it names (services.branch_setup.setup_refusals gives them all at
once); nothing is written until every field is right."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain.errors import DomainError, ValidationError
from ..services.branch_setup import BranchSetup, set_up_branch, setup_refusals
from ..services.bus import ChangeBus
from ..services.context import Ctx
from .session_vm import SessionViewModel, new_pin_refusal
from .wording import error_text

translate = QCoreApplication.translate  # the name lupdate looks for

# The zones a branch of a mainland bank is likely to keep its day in: Beijing time first.
ZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau")
FIELDS = ("branch_name", "branch_code", "timezone", "rollout", "staff_no", "name", "pin", "pin_again")


def zone_label(zone: str) -> str:
    return {
        "Asia/Shanghai": translate("Setup", "Beijing time (UTC+8)"),
        "Asia/Urumqi": translate("Setup", "Xinjiang time (UTC+6)"),
        "Asia/Hong_Kong": translate("Setup", "Hong Kong (UTC+8)"),
        "Asia/Macau": translate("Setup", "Macao (UTC+8)"),
    }.get(zone, zone)


def field_label(field: str) -> str:
    return {
        "branch_name": translate("Setup", "Branch name"),
        "branch_code": translate("Setup", "Branch code"),
        "timezone": translate("Setup", "Time zone"),
        "rollout": translate("Setup", "Credit roll-out date"),
        "staff_no": translate("Setup", "Your staff number"),
        "name": translate("Setup", "Your name"),
        "pin": translate("Setup", "Your PIN"),
        "pin_again": translate("Setup", "Your PIN again"),
    }.get(field, field)


def setup_refusal(e: DomainError) -> str:
    """The refusal under its field: the field's name, then what its rule asks for."""
    if e.field == "pin":
        rule = new_pin_refusal(e.rule)
    elif e.field == "pin_again":
        rule = translate("Setup", "differs from the PIN: type both again")
    elif e.rule == "bad_code":
        rule = translate("Setup", "letters and digits only, no spaces or dashes")
    elif e.field == "timezone":
        rule = translate("Setup", "choose one of the time zones")
    elif e.rule == "required":
        rule = translate("Setup", "required")
    else:
        rule = error_text(e)
    return translate("Setup", "%1: %2").replace("%1", field_label(e.field)).replace("%2", rule)


class SetupViewModel(QObject):
    """`needed` while the device has no branch and no hub to take one from; `setUp` then hands the
    screen to the sign-in form, with the head's staff number filled in and a line saying what to do."""

    changed = Signal()

    def __init__(
        self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, *, needed: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._bus = bus
        self._needed = needed
        # Kept as the services gave them, and worded when read: a change of language rewords them.
        self._refused: dict[str, DomainError] = {}
        self._other: DomainError | None = None  # a refusal about no one field
        self._done: tuple[str, str, str] | None = None  # (branch name, head's staff number, zone) once set up
        session.changed.connect(lambda: self._signed_in(session.signedIn))

    def _signed_in(self, signed_in: bool) -> None:
        if signed_in and self._done is not None:  # the line under the sign-in form has done its work
            self._done = None
            self.changed.emit()

    def retranslate(self) -> None:
        self.changed.emit()

    def _zones(self) -> list[dict[str, str]]:
        return [{"zone": z, "label": zone_label(z)} for z in ZONES]

    def _default_zone(self) -> str:
        return self._ctx.tz.key if self._ctx.tz.key in ZONES else ZONES[0]

    def _today(self) -> str:
        return self._ctx.local_date(self._ctx.now()).isoformat()

    def _latest(self) -> str:
        """The roll-out may be planned up to a year ahead, or have happened any time before."""
        return (self._ctx.local_date(self._ctx.now()) + timedelta(days=366)).isoformat()

    def _done_text(self) -> str:
        if self._done is None:
            return ""
        name, number, zone = self._done
        text = translate("Setup", "%1 is set up. Sign in with your staff number %2 and the PIN you chose.")
        text = text.replace("%1", name).replace("%2", number)
        if zone != self._ctx.tz.key:
            later = translate("Setup", "Times show in %1 from the app's next start.").replace("%1", zone_label(zone))
            text += " " + later
        return text

    needed = Property(bool, lambda self: self._needed, notify=changed)
    errors = Property(
        "QVariantMap", lambda self: {f: setup_refusal(e) for f, e in self._refused.items()}, notify=changed
    )
    error = Property(str, lambda self: error_text(self._other) if self._other else "", notify=changed)
    zones = Property("QVariantList", _zones, notify=changed)
    defaultZone = Property(str, _default_zone, constant=True)
    today = Property(str, _today, notify=changed)
    latest = Property(str, _latest, notify=changed)
    doneText = Property(str, _done_text, notify=changed)
    headNo = Property(str, lambda self: self._done[1] if self._done else "", notify=changed)

    @Slot(str, str, str, str, str, str, str, str)
    def setUp(
        self, name: str, code: str, zone: str, rollout: str, staff_no: str, head_name: str, pin: str, again: str
    ) -> None:
        if not self._needed:
            return
        try:
            day: object = date.fromisoformat(rollout.strip())
        except ValueError:
            day = rollout  # refused below, under its field
        setup = BranchSetup(name, code, zone, day, staff_no, head_name, pin)  # type: ignore[arg-type]
        refused = {e.field: e for e in setup_refusals(setup)}
        if pin != again and "pin" not in refused:
            refused["pin_again"] = ValidationError("pin_again", "differs", "differs from the PIN")
        self._other = None
        if not refused:
            try:
                change = set_up_branch(self._ctx, setup)
            except DomainError as e:
                if e.rule == "already_set_up":  # set up meanwhile (another window on this store): sign in
                    self._needed = False
                elif e.field in FIELDS:
                    refused[e.field] = e
                else:
                    self._other = e
            else:
                self._needed = False
                self._done = (name.strip(), staff_no.strip(), zone)
                self._bus.publish(change)
        self._refused = refused
        self.changed.emit()
