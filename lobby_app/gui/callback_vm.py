"""The customer in a hurry: how to address them, a phone only with consent, a preferred time → a callback task.
Opened from the tag being filled in (a new customer), or from My referrals for a referral under way
whose customer left (`openForHandoff`: prefilled from their tag; or no callback: the referral is cancelled)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain import handoff as dh
from ..domain.errors import DomainError
from ..domain.tags import ADDRESS_MAX, check_phone_with_consent
from ..domain.text import check_text
from ..protocol.commands import BookCallback
from ..services.bus import ChangeBus
from ..services.context import Ctx
from ..services.handoffs import book_callback, cancel
from ..services.lobby import tag_and_book_callback
from ..services.my_credit import callback_start
from .formatting import clock_time
from .ops import run_op
from .session_vm import SessionViewModel
from .tag_form_vm import TagFormViewModel
from .wording import error_text, referrer_error_text

translate = QCoreApplication.translate  # the name lupdate looks for

LATEST_SAME_DAY_HOUR = 17  # the branch's last call slot of the day
CUSTOMER_LEFT = "customer_left"  # the reason a referral is cancelled when the customer wants no callback


class CallbackSheetViewModel(QObject):
    """What every callback sheet holds: how to address the customer, a phone only with consent, a preset
    time and a note, each checked as typed; and, for a referral whose customer left, the callback on that
    referral or none (it is cancelled)."""

    changed = Signal()

    def __init__(self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._bus = bus
        self._reset()

    def _reset(self) -> None:
        self._handoff_id = ""  # a referral under way whose customer left; "" for a customer being tagged
        self._customer = ""  # who left, as the sheet's title names them
        self._address = ""
        self._phone = ""
        self._consent = False
        self._time_choice = 0
        self._note = ""
        self._error = ""

    def time_choices(self) -> list[tuple[str, datetime]]:
        """Preset times a finger can pick: in an hour, late today, tomorrow morning and afternoon (branch time)."""
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

    def _chosen_time(self) -> tuple[str, datetime]:
        choices = self.time_choices()
        return choices[min(self._time_choice, len(choices) - 1)]

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
        """Say nothing about a field still empty; once typed in, its rule shows at once (e.g. consent for a phone)."""
        value = {"address_as": self._address, "phone": self._phone, "note": self._note}[field]
        return self._errors().get(field, "") if value.strip() else ""

    addressAs = Property(str, lambda self: self._address, notify=changed)
    addressError = Property(str, lambda self: self._shown_error("address_as"), notify=changed)
    phone = Property(str, lambda self: self._phone, notify=changed)
    phoneError = Property(str, lambda self: self._shown_error("phone"), notify=changed)
    consent = Property(bool, lambda self: self._consent, notify=changed)
    timeChoices = Property("QVariantList", lambda self: [label for label, _ in self.time_choices()], notify=changed)
    timeChoice = Property(int, lambda self: self._time_choice, notify=changed)
    note = Property(str, lambda self: self._note, notify=changed)
    noteError = Property(str, lambda self: self._shown_error("note"), notify=changed)
    error = Property(str, lambda self: self._error, notify=changed)
    forReferral = Property(bool, lambda self: bool(self._handoff_id), notify=changed)
    handoffId = Property(str, lambda self: self._handoff_id, notify=changed)
    customer = Property(str, lambda self: self._customer, notify=changed)
    canSubmit = Property(bool, lambda self: self._can_submit(), notify=changed)

    def _can_submit(self) -> bool:
        return bool(self._handoff_id) and not self._errors() and self._session.actor is not None

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

    @Slot(result=bool)
    def noCallback(self) -> bool:
        """The customer left and wants no call: the referral is cancelled and the wealth manager freed."""
        handoff_id = self._handoff_id
        if not handoff_id:
            return False
        done = run_op(
            self._bus,
            self._session,
            lambda a: cancel(self._ctx, a, handoff_id=handoff_id, reason=CUSTOMER_LEFT),
            self._refused,
        )
        if done is None:
            return False
        self._reset()
        self.changed.emit()
        return True

    def _book_on_referral(self) -> str:
        """The callback on the referral itself: the same handoff, so a sale from the call credits the
        referrer. The confirmation, or "" when refused (the reason shows)."""
        if self._errors() or not self._handoff_id:
            return ""
        label, at = self._chosen_time()
        command = BookCallback(
            handoff_id=self._handoff_id,
            address_as=self._address,
            phone=self._phone,
            phone_consent=self._consent,
            preferred_time=at,
            note=self._note,
        )
        if run_op(self._bus, self._session, lambda a: book_callback(self._ctx, a, command), self._refused) is None:
            return ""
        return self._booked(label)

    def _booked(self, label: str) -> str:
        confirmation = (
            translate("Callback", "Callback booked: %1 · %2").replace("%1", self._address.strip()).replace("%2", label)
        )
        self._reset()
        self.changed.emit()
        return confirmation

    def _refused(self, e: DomainError) -> None:
        self._error = error_text(e)
        self.changed.emit()


class CallbackViewModel(CallbackSheetViewModel):
    """The lobby's sheet: for the customer being tagged, or from My referrals for a referral under way."""

    def __init__(
        self, ctx: Ctx, session: SessionViewModel, form: TagFormViewModel, bus: ChangeBus, parent: QObject | None = None
    ) -> None:
        super().__init__(ctx, session, bus, parent)
        self._form = form
        form.changed.connect(self.changed)  # a callback needs an eligible tag

    def _can_submit(self) -> bool:
        """For the customer being tagged, once the tag is eligible; for a referral, as any sheet."""
        if self._handoff_id:
            return super()._can_submit()
        return not self._errors() and bool(self._form.eligible) and self._session.actor is not None

    @Slot(str, result=bool)
    def openForHandoff(self, handoff_id: str) -> bool:
        """The customer of a referral under way left: start from what their tag says (how to address
        them, the phone they agreed to give, the consent). False, with the reason in `error`, if refused."""
        self._reset()
        actor = self._session.actor
        if actor is None:
            return False
        try:
            start = callback_start(self._ctx, actor, handoff_id=handoff_id)
        except DomainError as e:
            self._error = referrer_error_text(e)
            self.changed.emit()
            return False
        self._handoff_id = handoff_id
        self._address, self._phone, self._consent = start.address_as, start.phone, start.phone_consent
        self.changed.emit()
        return True

    @Slot()
    def open(self) -> None:
        """Start from the tag: how the lobby manager already addressed the customer."""
        self._reset()
        self._address = self._form.addressAs
        self.changed.emit()

    @Slot(result=str)
    def submit(self) -> str:
        """Save the tag and its callback task together (or the callback on the referral whose customer
        left); returns the confirmation, or "" when refused."""
        if self._handoff_id:
            return self._book_on_referral()
        if self._errors():
            return ""
        label, at = self._chosen_time()
        done = run_op(
            self._bus,
            self._session,
            lambda a: tag_and_book_callback(
                self._ctx,
                a,
                self._form.tag(),
                address_as=self._address,
                phone=self._phone,
                phone_consent=self._consent,
                preferred_time=at,
                note=self._note,
            ),
            self._refused,
        )
        if done is None:
            return ""
        self._form.clear()
        return self._booked(label)

    def _refused(self, e: DomainError) -> None:
        self._error = referrer_error_text(e) if self._handoff_id else error_text(e)
        self.changed.emit()
