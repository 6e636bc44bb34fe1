"""The customer I accepted left before reaching my desk (DOMAIN.md: cancelled, or a callback if the customer
agreed): the callback sheet prefilled from the tag, or "no callback", which cancels. Either way the
customer leaves my desk.

The properties and slots are CallbackViewModel's (the lobby's sheet), so the two sheets read alike; that
one books from a fresh tag, this one turns a handoff I hold into a callback."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain import handoff as dh
from ..domain.errors import DomainError
from ..domain.tags import ADDRESS_MAX, check_phone_with_consent
from ..domain.text import check_text
from ..protocol.commands import BookCallback
from ..services import handoffs
from ..services.bus import ChangeBus
from ..services.context import Ctx
from .formatting import clock_time
from .ops import run_op
from .session_vm import SessionViewModel
from .wording import error_text

translate = QCoreApplication.translate  # the name lupdate looks for

CUSTOMER_LEFT = "customer_left"  # the cancel reason, as My referrals records it
LATEST_SAME_DAY_HOUR = 17  # the branch's last call slot of the day


class DeskLeftViewModel(QObject):
    changed = Signal()

    def __init__(self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._bus = bus
        self._handoff_id = ""
        self._customer = ""
        self._reset()

    def _reset(self) -> None:
        self._address = ""
        self._phone = ""
        self._consent = False
        self._time_choice = 0
        self._note = ""
        self._error = ""

    def time_choices(self) -> list[tuple[str, datetime]]:
        """In an hour, late today, tomorrow morning and afternoon (branch time), as on the lobby's sheet."""
        now = self._ctx.now().astimezone(self._ctx.tz)
        hour = (now + timedelta(hours=1)).replace(second=0, microsecond=0)
        choices = [(translate("Callback", "In an hour, %1").replace("%1", clock_time(hour, self._ctx.tz)), hour)]
        late = now.replace(hour=LATEST_SAME_DAY_HOUR, minute=0, second=0, microsecond=0)
        if late > hour:
            choices.append((translate("Callback", "Today %1").replace("%1", clock_time(late, self._ctx.tz)), late))
        tomorrow = now + timedelta(days=1)
        for h in (10, 15):
            at = tomorrow.replace(hour=h, minute=0, second=0, microsecond=0)
            choices.append((translate("Callback", "Tomorrow %1").replace("%1", clock_time(at, self._ctx.tz)), at))
        return choices

    def _errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        checks = (
            ("address_as", lambda: check_text(self._address, field="address_as", max_len=ADDRESS_MAX, required=True)),
            ("phone", lambda: check_phone_with_consent(self._phone, self._consent)),
            ("note", lambda: check_text(self._note, field="note", max_len=dh.NOTE_MAX, required=False)),
        )
        for field, check in checks:
            try:
                check()
            except DomainError as e:
                errors[field] = error_text(e)
        if "phone" not in errors and not self._phone.strip():
            errors["phone"] = translate("Callback", "A callback needs a phone number")
        return errors

    def _shown_error(self, field: str) -> str:
        """Nothing about a field still empty; once typed in, its rule shows at once (consent for a phone)."""
        value = {"address_as": self._address, "phone": self._phone, "note": self._note}[field]
        return self._errors().get(field, "") if value.strip() else ""

    handoffId = Property(str, lambda self: self._handoff_id, notify=changed)
    customer = Property(str, lambda self: self._customer, notify=changed)
    addressAs = Property(str, lambda self: self._address, notify=changed)
    addressError = Property(str, lambda self: self._shown_error("address_as"), notify=changed)
    phone = Property(str, lambda self: self._phone, notify=changed)
    phoneError = Property(str, lambda self: self._shown_error("phone"), notify=changed)
    consent = Property(bool, lambda self: self._consent, notify=changed)
    timeChoices = Property("QVariantList", lambda self: [label for label, _ in self.time_choices()], notify=changed)
    timeChoice = Property(int, lambda self: self._time_choice, notify=changed)
    note = Property(str, lambda self: self._note, notify=changed)
    noteError = Property(str, lambda self: self._shown_error("note"), notify=changed)
    canSubmit = Property(
        bool,
        lambda self: bool(self._handoff_id) and not self._errors() and self._session.actor is not None,
        notify=changed,
    )
    error = Property(str, lambda self: self._error, notify=changed)

    @Slot(str, str, str)
    def openFor(self, handoff_id: str, address_as: str, phone: str) -> None:
        """Start from the tag: how the lobby addressed the customer, and the phone they kept with the
        customer's consent (a tag keeps a phone only with it), so the tick starts as the tag says."""
        self._reset()
        self._handoff_id, self._customer = handoff_id, address_as
        self._address, self._phone, self._consent = address_as, phone, bool(phone)
        self.changed.emit()

    @Slot(str)
    def setAddressAs(self, text: str) -> None:
        self._address = text
        self.changed.emit()

    @Slot(str)
    def setPhone(self, text: str) -> None:
        self._phone = text
        self.changed.emit()

    @Slot(bool)
    def setConsent(self, on: bool) -> None:
        self._consent = on
        self.changed.emit()

    @Slot(int)
    def setTimeChoice(self, index: int) -> None:
        self._time_choice = index
        self.changed.emit()

    @Slot(str)
    def setNote(self, text: str) -> None:
        self._note = text
        self.changed.emit()

    def retranslate(self) -> None:
        self.changed.emit()

    @Slot(result=str)
    def submit(self) -> str:
        """Turn the customer into a callback; the confirmation, or "" when refused (the reason shows)."""
        if self._errors() or not self._handoff_id:
            return ""
        choices = self.time_choices()
        label, at = choices[min(self._time_choice, len(choices) - 1)]
        command = BookCallback(
            handoff_id=self._handoff_id,
            address_as=self._address,
            phone=self._phone,
            phone_consent=self._consent,
            preferred_time=at,
            note=self._note,
        )
        if run_op(self._bus, self._session, lambda a: handoffs.book_callback(self._ctx, a, command), self._refused):
            message = (
                translate("Callback", "Callback booked: %1 · %2")
                .replace("%1", self._address.strip())
                .replace("%2", label)
            )
            self._closed()
            return message
        return ""

    @Slot(result=bool)
    def noCallback(self) -> bool:
        """The customer did not want a call: the referral is cancelled (the referrer sees "customer left")."""
        if not self._handoff_id:
            return False
        handoff_id = self._handoff_id
        done = run_op(
            self._bus,
            self._session,
            lambda a: handoffs.cancel(self._ctx, a, handoff_id=handoff_id, reason=CUSTOMER_LEFT),
            self._refused,
        )
        if done is not None:
            self._closed()
        return done is not None

    def _closed(self) -> None:
        self._handoff_id = self._customer = ""
        self._reset()
        self.changed.emit()

    def _refused(self, e: DomainError) -> None:
        self._error = error_text(e)
        self.changed.emit()
