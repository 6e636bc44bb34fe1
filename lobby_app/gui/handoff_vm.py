"""The warm handoff: who is on duty and how long the wait is, the choice, fast-track, the note, and send."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain import handoff as dh
from ..domain.errors import DomainError
from ..domain.routing import Presence
from ..domain.text import check_text
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..services.lobby import Hall, WealthManagerView, hall, referral, tag_and_refer, wait_for
from ..services.tagging import save_without_referral
from .formatting import clock_time, wait_text
from .list_model import RowsModel
from .ops import run_op
from .session_vm import SessionViewModel
from .tag_form_vm import TagFormViewModel
from .wording import error_text, not_referred_options, presence_text

translate = QCoreApplication.translate  # the name lupdate looks for

AUTO = 0  # no wealth manager chosen: the next free one


class HandoffViewModel(QObject):
    changed = Signal()

    def __init__(
        self, ctx: Ctx, session: SessionViewModel, form: TagFormViewModel, bus: ChangeBus, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._form = form
        self._bus = bus
        self._wms = RowsModel(
            ("staffId", "name", "presence", "stateText", "waitText", "available", "onDuty"), "staffId", self
        )
        self._hall: Hall = hall(ctx)
        self._chosen = AUTO
        self._fast_track = False
        self._fast_track_set_by_hand = False
        self._note = ""
        self._error = ""
        self._confirmation = ""
        self._confirmation_tone = "done"  # "done": sent or saved · "waiting": offered, not yet accepted · "cleared"
        self._sent_id: str | None = None  # the last referral, followed live until it is accepted or met
        # The form and the hand-off as they were before "New customer", for its undo.
        self._undo: tuple[dict[str, Any], tuple[int, bool, bool, str]] | None = None
        self._not_referred_errors: dict[str, str] = {}  # field → refusal, in the "why not referred" dialog
        # While the hub is away, the others' states are what it last said: from then, not now.
        self._as_of: datetime | None = None
        form.changed.connect(self._follow_form)
        self._refresh_hall()

    # -- live data -----------------------------------------------------------------------------

    def on_changes(self, change: Changes) -> None:
        if (Changed.PRESENCE | Changed.HANDOFFS | Changed.STAFF | Changed.CLOCK) in change:
            if self._sent_id is not None and (Changed.HANDOFFS | Changed.CLOCK) in change:
                self._confirmation = self._confirm(self._sent_id)  # offered → accepted, live
            self._refresh_hall()

    def retranslate(self) -> None:
        if self._sent_id is not None:
            self._confirmation = self._confirm(self._sent_id)
        self._refresh_hall()

    def set_stale_since(self, as_of: datetime | None) -> None:
        """The hub away: the states and waits shown are as of `as_of`; None: live."""
        self._as_of = as_of
        self.changed.emit()

    def _stale_text(self) -> str:
        if self._as_of is None:
            return ""
        return translate("Handoff", "Branch hub away: states and waits as of %1, they may have changed").replace(
            "%1", clock_time(self._as_of, self._ctx.tz)
        )

    def _refresh_hall(self) -> None:
        self._hall = hall(self._ctx)
        self._wms.set_rows(
            [
                {
                    "staffId": w.staff_id,
                    "name": w.name,
                    "presence": str(w.presence),
                    "stateText": presence_text(w.presence, w.since, w.away_reason, self._ctx.tz),
                    "waitText": wait_text(w.wait) if w.wait is not None else "",
                    "available": w.presence is Presence.AVAILABLE,
                    "onDuty": w.wait is not None,
                }
                for w in self._hall.wealth_managers
            ]
        )
        if self._chosen != AUTO and self._chosen_view() is None:
            self._chosen = AUTO
        self.changed.emit()

    def _follow_form(self) -> None:
        """Whether the customer can be sent depends on the tag; clear intent turns fast-track on (situation 2)."""
        if not self._fast_track_set_by_hand:
            self._fast_track = bool(self._form.clearIntent)
        if self._undo is not None and self._form.has_input():
            self._undo = None  # the next customer is being tagged: an undo would overwrite them
        self.changed.emit()

    def _chosen_view(self) -> WealthManagerView | None:
        return next((w for w in self._hall.wealth_managers if w.staff_id == self._chosen and w.wait is not None), None)

    # -- properties ----------------------------------------------------------------------------

    def _note_error(self) -> str:
        try:
            check_text(self._note, field="note", max_len=dh.NOTE_MAX, required=False)
        except DomainError as e:
            return error_text(e)
        return ""

    def _get_expectation(self) -> str:
        """Who will receive the customer and the wait, before sending."""
        chosen = self._chosen_view()
        if chosen is not None:
            if chosen.presence is Presence.AVAILABLE:
                return (
                    translate("Handoff", "%1 will receive the customer · %2")
                    .replace("%1", chosen.name)
                    .replace("%2", wait_text(chosen.wait))
                )
            return (
                translate("Handoff", "The customer waits for %1 · %2")
                .replace("%1", chosen.name)
                .replace("%2", wait_text(chosen.wait))
            )
        if not self._hall.anyone_on_duty:
            return translate(
                "Handoff", "No wealth manager on duty: the customer waits until one is back, or book a callback"
            )
        wait = self._hall.fast_track_wait if self._fast_track else self._hall.wait
        return translate("Handoff", "Next free wealth manager · %1").replace("%1", wait_text(wait))

    def _get_hall_summary(self) -> str:
        available = sum(1 for w in self._hall.wealth_managers if w.presence is Presence.AVAILABLE)
        return (
            translate("Handoff", "%1 available · %2 waiting")
            .replace("%1", str(available))
            .replace("%2", str(self._hall.queued))
        )

    def _can_send(self) -> bool:
        return bool(self._form.eligible) and not self._note_error() and self._session.actor is not None

    wealthManagers = Property(QObject, lambda self: self._wms, constant=True)
    chosen = Property(int, lambda self: self._chosen, notify=changed)
    fastTrack = Property(bool, lambda self: self._fast_track, notify=changed)
    note = Property(str, lambda self: self._note, notify=changed)
    noteError = Property(str, _note_error, notify=changed)
    noteCount = Property(str, lambda self: f"{len(self._note.strip())}/{dh.NOTE_MAX}", notify=changed)
    expectation = Property(str, _get_expectation, notify=changed)
    hallSummary = Property(str, _get_hall_summary, notify=changed)
    # "" while the states are live; while the hub is away, since when they may have changed.
    staleText = Property(str, _stale_text, notify=changed)
    allBusy = Property(bool, lambda self: self._hall.anyone_on_duty and not self._hall.anyone_available, notify=changed)
    canSend = Property(bool, _can_send, notify=changed)
    error = Property(str, lambda self: self._error, notify=changed)
    confirmation = Property(str, lambda self: self._confirmation, notify=changed)
    confirmationTone = Property(str, lambda self: self._confirmation_tone, notify=changed)
    canUndo = Property(bool, lambda self: self._undo is not None, notify=changed)

    # -- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def choose(self, staff_id: int) -> None:
        """Tap a wealth manager to choose them; tap again (or AUTO) for the next free one."""
        self._chosen = AUTO if staff_id == self._chosen else staff_id
        self.changed.emit()

    @Slot(bool)
    def setFastTrack(self, on: bool) -> None:
        self._fast_track, self._fast_track_set_by_hand = on, True
        self.changed.emit()

    @Slot(str)
    def setNote(self, text: str) -> None:
        if text != self._note:
            self._note = text
            self.changed.emit()

    @Slot(result=bool)
    def send(self) -> bool:
        """Save the tag and queue the handoff in one transaction; on success the form is ready for the next."""
        if not self._can_send() or not self._form.check_name_or_ticket():
            return False
        chosen = self._chosen_view()
        done = run_op(
            self._bus,
            self._session,
            lambda a: tag_and_refer(
                self._ctx,
                a,
                self._form.tag(),
                fast_track=self._fast_track,
                note=self._note,
                wm_id=chosen.staff_id if chosen else None,
                wait_for_wm=chosen is not None and chosen.presence is not Presence.AVAILABLE,
                require_name_or_ticket=True,
            ),
            self._refused,
        )
        if done is None:
            return False
        change, _ = done
        assert change.id is not None
        self._sent_id, self._undo = change.id, None
        self._confirmation = self._confirm(change.id)
        self._error = ""
        self._reset()
        self._form.clear()
        return True

    @Slot(result=bool)
    def saveOnly(self) -> bool:
        """Keep the tag without a referral. A customer who meets the standards needs a reason why not (the
        head's execution check): asked first (`saveWithoutReferral`); without one the services refuse."""
        return self.saveWithoutReferral("", "")

    @Slot(str, str, result=bool)
    def saveWithoutReferral(self, reason: str, text: str) -> bool:
        """Keep the tag, not referred, with why (domain.tags.NotReferred; words for "other"). A refusal
        shows under the field it names; nothing is saved then."""
        if not self._form.ready:
            return False
        self._not_referred_errors = {}
        try:
            tag = self._form.tag().model_copy(update={"not_referred_reason": reason, "not_referred_text": text})
        except DomainError as e:
            self._refused(e)
            return False
        done = run_op(self._bus, self._session, lambda a: save_without_referral(self._ctx, a, tag), self._refused)
        if done is None:
            return False
        _, verdict = done
        self._sent_id, self._undo, self._confirmation_tone = None, None, "done"
        self._confirmation = (
            translate("Handoff", "Saved: served in the lobby")
            if not verdict.eligible
            else translate("Handoff", "Saved without referral")
        )
        self._error = ""
        self._reset()
        self._form.clear()
        return True

    @Slot()
    def clearNotReferredErrors(self) -> None:
        if self._not_referred_errors:
            self._not_referred_errors = {}
            self.changed.emit()

    notReferredOptions = Property("QVariantList", lambda self: not_referred_options(), notify=changed)
    notReferredReasonError = Property(
        str, lambda self: self._not_referred_errors.get("not_referred_reason", ""), notify=changed
    )
    notReferredTextError = Property(
        str, lambda self: self._not_referred_errors.get("not_referred_text", ""), notify=changed
    )

    def _refused(self, e: DomainError) -> None:
        if e.rule == "name_or_ticket":  # under the name field, as the form says it before sending
            self._form.refuse_name_or_ticket()
            return
        if e.field in ("not_referred_reason", "not_referred_text"):  # shown in the dialog, under its field
            self._not_referred_errors = {e.field: error_text(e)}
        else:
            self._error = error_text(e)
        self.changed.emit()

    def _confirm(self, handoff_id: str) -> str:
        """The last referral as it stands now: offered (not yet theirs), accepted, with the customer, queued."""
        sent = referral(self._ctx, handoff_id)
        who = sent.address_as or sent.ticket or translate("Handoff", "The customer")
        self._confirmation_tone = "done"
        if sent.state is dh.State.OFFERED:
            self._confirmation_tone = "waiting"
            return (
                translate("Handoff", "%2 offered to %1 · waiting for them to accept")
                .replace("%1", sent.wealth_manager)
                .replace("%2", who)
            )
        if sent.state is dh.State.ACCEPTED:  # where to take the customer, when the head has set their place
            if sent.place:
                accepted = translate("Handoff", "%1 accepted: take %2 to %3").replace("%3", sent.place)
            else:
                accepted = translate("Handoff", "%1 accepted: take %2 over")
            return accepted.replace("%1", sent.wealth_manager).replace("%2", who)
        if sent.state is dh.State.MET:
            return translate("Handoff", "%1 is with %2").replace("%1", sent.wealth_manager).replace("%2", who)
        if sent.state is dh.State.QUEUED:
            self._confirmation_tone = "waiting"
            wait = wait_text(wait_for(self._ctx, handoff_id))
            return translate("Handoff", "Sent: %1 is in the queue · %2").replace("%1", who).replace("%2", wait)
        self._sent_id = None  # an outcome, a callback or a cancellation: the lobby's part is over
        return self._confirmation

    def _reset(self) -> None:
        self._chosen, self._fast_track, self._fast_track_set_by_hand, self._note = AUTO, False, False, ""
        self.changed.emit()

    def _handoff_fields(self) -> tuple[int, bool, bool, str]:
        return self._chosen, self._fast_track, self._fast_track_set_by_hand, self._note

    @Slot()
    def newCustomer(self) -> None:
        """Everything back to empty for the next customer. One tap, no question: what was cleared is said
        in the strip, with an undo until the next customer's first choice (a question would slow every
        busy moment; a lost half-filled tag is worse than one more tap)."""
        had_input = self._form.has_input() or bool(self._note.strip())
        form, handoff, summary = self._form.snapshot(), self._handoff_fields(), self._form.summary()
        self._error = ""
        self._reset()
        self._form.clear()
        if not had_input:
            return
        self._undo = (form, handoff)
        self._sent_id, self._confirmation_tone = None, "cleared"
        self._confirmation = (
            translate("Handoff", "Cleared for a new customer: %1").replace("%1", summary)
            if summary
            else translate("Handoff", "Cleared for a new customer")
        )
        self.changed.emit()

    @Slot()
    def undoNewCustomer(self) -> None:
        if self._undo is None:
            return
        form, handoff = self._undo
        self._undo = None
        self._form.restore(form)
        self._chosen, self._fast_track, self._fast_track_set_by_hand, self._note = handoff
        self._confirmation = ""
        self.changed.emit()

    @Slot(str)
    def showConfirmation(self, message: str) -> None:
        """A confirmation from a neighbouring step (the callback sheet), shown in the same place."""
        self._confirmation, self._confirmation_tone, self._sent_id, self._undo = message, "done", None, None
        self.changed.emit()

    @Slot()
    def dismissConfirmation(self) -> None:
        self._confirmation, self._sent_id, self._undo = "", None, None
        self.changed.emit()
