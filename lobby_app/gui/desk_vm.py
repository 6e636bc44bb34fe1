"""The wealth manager's desk: presence, customers offered and waiting (with alerts), the customers I
hold, my calls to make, and my day. Outcomes are recorded in the outcome view-model."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Property, QCoreApplication, QObject, QTimer, Signal, Slot

from ..domain import handoff as dh
from ..domain.errors import DomainError
from ..domain.money import amount_band
from ..domain.roles import Actor, Role
from ..domain.routing import Presence
from ..domain.standards import RuleMatch, Standards
from ..services import handoffs
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..services.desk import Customer, Desk, Task, desk
from ..services.hub_states import SyncState, sync_states
from ..services.rules import current_standards
from .alerts import Alerts
from .desk_left_vm import DeskLeftViewModel
from .formatting import clock_time, minutes_seconds, short_money
from .hub_refusals import HubRefusals
from .list_model import RowsModel
from .ops import run_op
from .session_vm import SessionViewModel
from .wording import (
    WaitLevel,
    away_reason_text,
    error_text,
    presence_text,
    purpose_name,
    rule_text,
    share_text,
    sync_text,
    wait_level,
    wait_level_text,
)

translate = QCoreApplication.translate  # the name lupdate looks for

TICK_MS = 1000  # waited times tick by the second
AWAY_REASONS = ("break", "meeting", "training")
DECLINE_REASONS = tuple(dh.DeclineReason)


def ms(at: datetime | None) -> float:
    return at.timestamp() * 1000 if at is not None else 0.0


def band_text(fen: int) -> str:
    """The amount of this visit as a band; nothing when the visit moved no money."""
    if fen == 0:
        return ""
    low, high = amount_band(fen)
    if high is None:
        return translate("Desk", "%1 or more").replace("%1", short_money(low))
    if low == 0:
        return translate("Desk", "under %1").replace("%1", short_money(high))
    return f"{short_money(low)}–{short_money(high)}"


def decline_reason_text(reason: str) -> str:
    return {
        dh.DeclineReason.BUSY: translate("Desk", "With another customer"),
        dh.DeclineReason.NOT_SPECIALITY: translate("Desk", "Not my speciality"),
        dh.DeclineReason.COLLEAGUES_CUSTOMER: translate("Desk", "The customer belongs to a colleague"),
        dh.DeclineReason.OTHER: translate("Desk", "Other reason"),
    }[dh.DeclineReason(reason)]


class DeskViewModel(QObject):
    changed = Signal()
    tickChanged = Signal()

    def __init__(
        self,
        ctx: Ctx,
        session: SessionViewModel,
        bus: ChangeBus,
        alerts: Alerts,
        *,
        hub: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._hub = hub  # with a hub, my cards say where my changes stand, and refusals show
        self._session = session
        self._bus = bus
        self._alerts = alerts
        self._incoming = RowsModel(
            (
                "handoffId",
                "addressAs",
                "ticket",
                "purposeText",
                "bandText",
                "rulesText",
                "note",
                "referrer",
                "referredAtMs",
                "offeredAtMs",
                "fastTrack",
                "offeredToMe",
                "waitingFor",
                "escalatedText",
                "canAccept",
            ),
            "handoffId",
            self,
        )
        self._with_me = RowsModel(
            (
                "handoffId",
                "addressAs",
                "ticket",
                "purposeText",
                "bandText",
                "rulesText",
                "note",
                "referrer",
                "phone",
                "state",
                "stateText",
                "fastTrack",
                "syncText",
            ),
            "handoffId",
            self,
        )
        self._tasks = RowsModel(
            (
                "taskId",
                "handoffId",
                "callbackId",
                "kindText",
                "addressAs",
                "phone",
                "dueText",
                "overdue",
                "note",
                "attemptsText",
                "referrer",
                "syncText",
            ),
            "taskId",
            self,
        )
        self._desk: Desk | None = None
        self._sync: dict[str, SyncState] = {}
        self._refusals = HubRefusals()
        self._alerted: dict[str, bool] = {}  # what rang: handoff → offered to me (or for whoever breaks off)
        self._banner_id = ""
        self._banner_text = ""
        self._banner_urgent = False
        self._banner_offered = False  # offered to me (accept or decline) or waiting for whoever breaks off
        self._error = ""
        self._decline_error = ""
        self._now_ms = ms(ctx.now())
        self._ticker = QTimer(self, interval=TICK_MS, timeout=self.tick)
        self._left = DeskLeftViewModel(ctx, session, bus, self)  # "customer left": a callback, or none
        session.changed.connect(self._follow_session)

    # -- following the session and the branch --------------------------------------------------

    @property
    def active(self) -> bool:
        actor = self._session.actor
        return actor is not None and actor.role is Role.WEALTH_MANAGER

    def _follow_session(self) -> None:
        if self.active and self._desk is None:
            self._alerts.prepare()
            self._alerted.clear()
            self.refresh(alert=False)  # what was already waiting at sign-in shows without ringing
            self._ticker.start()
        elif not self.active and self._desk is not None:
            self._ticker.stop()
            self._desk = None
            self._banner_id = self._banner_text = ""
            for model in (self._incoming, self._with_me, self._tasks):
                model.set_rows([])
            self.changed.emit()

    def on_changes(self, change: Changes) -> None:
        kinds = (
            Changed.HANDOFFS
            | Changed.PRESENCE
            | Changed.CALLBACKS
            | Changed.SETTINGS
            | Changed.STANDARDS
            | Changed.CLOCK
            | Changed.SYNC
        )
        if self.active and kinds in change:
            self.refresh()

    def retranslate(self) -> None:
        self._left.retranslate()
        if self.active:
            self.refresh(alert=False)

    def refresh(self, *, alert: bool = True) -> None:
        actor = self._session.actor
        assert actor is not None
        self._desk = view = desk(self._ctx, actor)
        standards = current_standards(self._ctx)
        if self._hub:
            ids = [c.handoff_id for c in view.with_me] + [t.callback_id or t.handoff_id for t in view.tasks]
            self._sync = sync_states(self._ctx, ids)
            self._refusals.refresh(self._ctx, actor)
        self._incoming.set_rows([self._incoming_row(c, standards) for c in view.incoming])
        self._with_me.set_rows([self._held_row(c, standards) for c in view.with_me])
        self._tasks.set_rows([self._task_row(t) for t in view.tasks])
        alerting = {c.handoff_id: c for c in view.offers + self._for_whoever_can_break_off(view)}
        # new, or now offered to me after ringing for whoever could break off: announced (again)
        new = [c for c in alerting.values() if self._alerted.get(c.handoff_id) != c.offered_to_me]
        self._alerted = {c.handoff_id: c.offered_to_me for c in alerting.values()}
        if self._banner_id and self._banner_id not in alerting:
            self._banner_id = self._banner_text = ""  # taken, released or gone: the banner goes too
        if new:
            self._announce(max(new, key=lambda c: (c.fast_track, c.offered_to_me)), alert=alert)
        self._now_ms = ms(self._ctx.now())
        self.changed.emit()
        self.tickChanged.emit()

    def _for_whoever_can_break_off(self, view: Desk) -> tuple[Customer, ...]:
        """Fast-track customers waiting in the queue (special situation 2 when everyone is busy): still
        queued means the routing found no wealth manager free to offer them to, so every wealth manager
        on duty (with a customer, or present) is alerted at once, and whoever can break off takes them.
        Not a customer who chose to wait for a named colleague (`waiting_for`: someone else; the named one
        is alerted), and not me when I am away or offline."""
        if view.presence not in (Presence.AVAILABLE, Presence.WITH_CUSTOMER):
            return ()
        return tuple(c for c in view.incoming if c.fast_track and c.state is dh.State.QUEUED and not c.waiting_for)

    def _announce(self, c: Customer, *, alert: bool) -> None:
        customer = c.address_as or translate("Desk", "A customer")
        what = f"{customer} · {purpose_name(c.purpose)} {band_text(c.amount_fen)}".rstrip()
        if not c.offered_to_me:
            title = translate(
                "Desk", "Fast-track customer waiting and every wealth manager is busy: whoever can break off, take them"
            )
        elif c.fast_track:
            title = translate("Desk", "Fast-track customer for you: clear intent to buy")
        else:
            title = translate("Desk", "A customer is offered to you")
        self._banner_id, self._banner_urgent = c.handoff_id, c.fast_track
        self._banner_offered = c.offered_to_me
        self._banner_text = f"{title} — {what} · " + translate("Desk", "from %1").replace("%1", c.referrer)
        if alert:
            self._alerts.notify(title, what, urgent=c.fast_track)

    # -- rows -----------------------------------------------------------------------------------

    def _rules(self, c: Customer, standards: Standards) -> str:
        matches = [RuleMatch(m["code"], m.get("detail", {})) for m in c.matches]
        return "\n".join(rule_text(m, standards) for m in matches)

    def _customer_fields(self, c: Customer, standards: Standards) -> dict[str, object]:
        """What both the incoming and the with-me cards show."""
        return {
            "handoffId": c.handoff_id,
            "addressAs": c.address_as or translate("Desk", "Customer"),
            "ticket": c.ticket,
            "purposeText": purpose_name(c.purpose),
            "bandText": band_text(c.amount_fen),
            "rulesText": self._rules(c, standards),
            "note": c.note,
            "referrer": c.referrer,
            "fastTrack": c.fast_track,
        }

    def _incoming_row(self, c: Customer, standards: Standards) -> dict[str, object]:
        escalated = translate("Desk", "Escalated ×%1").replace("%1", str(c.escalations)) if c.escalations else ""
        return self._customer_fields(c, standards) | {
            "referredAtMs": ms(c.referred_at),
            "offeredAtMs": ms(c.offered_at),
            "offeredToMe": c.offered_to_me,
            "waitingFor": c.waiting_for,
            "escalatedText": escalated,
            "canAccept": not c.waiting_for,
        }

    def _held_row(self, c: Customer, standards: Standards) -> dict[str, object]:
        if c.state is dh.State.MET and c.met_at is not None:
            state_text = translate("Desk", "Meeting since %1").replace("%1", clock_time(c.met_at, self._ctx.tz))
        else:
            at = clock_time(c.accepted_at or c.referred_at, self._ctx.tz)
            state_text = translate("Desk", "Accepted at %1: on the way to the desk").replace("%1", at)
        return self._customer_fields(c, standards) | {
            "phone": c.phone or "",
            "state": str(c.state),
            "stateText": state_text,
            "syncText": sync_text(self._sync.get(c.handoff_id)),
        }

    def _task_row(self, t: Task) -> dict[str, object]:
        local_due = t.due_at.astimezone(self._ctx.tz)
        today = self._ctx.now().astimezone(self._ctx.tz).date()
        day = "" if local_due.date() == today else local_due.strftime("%m-%d ")
        return {
            "taskId": t.callback_id or t.handoff_id,
            "handoffId": t.handoff_id,
            "callbackId": t.callback_id or "",
            "kindText": translate("Desk", "Callback") if t.callback_id else translate("Desk", "Follow-up"),
            "addressAs": t.address_as,
            "phone": t.phone or "",
            "dueText": (translate("Desk", "Overdue since %1") if t.overdue else translate("Desk", "Due %1")).replace(
                "%1", day + clock_time(t.due_at, self._ctx.tz)
            ),
            "overdue": t.overdue,
            "note": t.note,
            "attemptsText": translate("Desk", "%1 calls not answered").replace("%1", str(t.attempts))
            if t.attempts
            else "",
            "referrer": t.referrer,
            "syncText": sync_text(self._sync.get(t.callback_id or t.handoff_id)),
        }

    # -- properties -----------------------------------------------------------------------------

    def _day(self, name: str) -> int:
        return getattr(self._desk.day, name) if self._desk else 0

    def _get_hub_refusal_text(self) -> str:
        """Changes of mine the hub refused today, newest first (a lost accept: who took the customer)."""
        return self._refusals.text()

    def _get_presence(self) -> str:
        return str(self._desk.presence) if self._desk else ""

    def _get_presence_text(self) -> str:
        if self._desk is None:
            return ""
        d = self._desk
        if d.presence is Presence.AWAY and d.away_reason == "no_answer":
            return translate("Desk", "Set away at %1: an offer went unanswered. Back at your desk?").replace(
                "%1", clock_time(d.since, self._ctx.tz)
            )
        return presence_text(d.presence, d.since, d.away_reason, self._ctx.tz)

    def _get_rate_text(self) -> str:
        """Converted over the outcomes recorded (a follow-up is still open): "4/5 (80%)"."""
        return share_text(self._day("converted"), self._day("converted") + self._day("not_converted"))

    def _get_day_text(self) -> str:
        """My day with the base of its rate in sight: the outcomes recorded, not the customers accepted."""
        return (
            translate(
                "Desk", "My day: accepted %1 · met %2 · outcomes recorded %3 · converted %4 · average response %5"
            )
            .replace("%1", str(self._day("accepted")))
            .replace("%2", str(self._day("met")))
            .replace("%3", str(self._day("converted") + self._day("not_converted")))
            .replace("%4", self._get_rate_text())
            .replace("%5", self._get_response_text())
        )

    def _get_response_text(self) -> str:
        avg = self._desk.day.average_response if self._desk else None
        return "—" if avg is None else minutes_seconds(avg.total_seconds())

    def _get_response_limit_text(self) -> str:
        limit = self._desk.response_time if self._desk else timedelta(minutes=2)
        return translate("Desk", "Answer within %1; then the customer goes to the next colleague").replace(
            "%1", minutes_seconds(limit.total_seconds())
        )

    def _get_alert_text(self) -> str:
        if self._alerts.muted:
            return translate("Desk", "Sound off")
        if not self._alerts.has_sound and not self._alerts.has_tray:
            return translate("Desk", "No tray or sound on this PC: alerts show in this window")
        if not self._alerts.has_sound:
            return translate("Desk", "No sound device: alerts show in this window and the tray")
        return translate("Desk", "Sound on")

    hubRefusalText = Property(str, _get_hub_refusal_text, notify=changed)
    presence = Property(str, _get_presence, notify=changed)
    presenceText = Property(str, _get_presence_text, notify=changed)
    awayReason = Property(str, lambda self: self._desk.away_reason if self._desk else "", notify=changed)
    incoming = Property(QObject, lambda self: self._incoming, constant=True)
    withMe = Property(QObject, lambda self: self._with_me, constant=True)
    tasks = Property(QObject, lambda self: self._tasks, constant=True)
    left = Property(QObject, lambda self: self._left, constant=True)
    offerCount = Property(int, lambda self: len(self._desk.offers) if self._desk else 0, notify=changed)
    incomingCount = Property(int, lambda self: len(self._desk.incoming) if self._desk else 0, notify=changed)
    withMeCount = Property(int, lambda self: len(self._desk.with_me) if self._desk else 0, notify=changed)
    taskCount = Property(int, lambda self: len(self._desk.tasks) if self._desk else 0, notify=changed)
    overdueCount = Property(
        int, lambda self: sum(t.overdue for t in self._desk.tasks) if self._desk else 0, notify=changed
    )
    firstOfferId = Property(
        str, lambda self: self._desk.offers[0].handoff_id if self._desk and self._desk.offers else "", notify=changed
    )
    firstHeldId = Property(
        str, lambda self: self._desk.with_me[0].handoff_id if self._desk and self._desk.with_me else "", notify=changed
    )
    firstHeldName = Property(
        str, lambda self: self._desk.with_me[0].address_as if self._desk and self._desk.with_me else "", notify=changed
    )
    firstHeldState = Property(
        str, lambda self: str(self._desk.with_me[0].state) if self._desk and self._desk.with_me else "", notify=changed
    )
    dayAccepted = Property(int, lambda self: self._day("accepted"), notify=changed)
    dayMet = Property(int, lambda self: self._day("met"), notify=changed)
    dayConverted = Property(int, lambda self: self._day("converted"), notify=changed)
    dayRateText = Property(str, _get_rate_text, notify=changed)
    dayText = Property(str, _get_day_text, notify=changed)
    dayResponseText = Property(str, _get_response_text, notify=changed)
    responseLimitText = Property(str, _get_response_limit_text, notify=changed)
    responseLimitMs = Property(
        float, lambda self: self._desk.response_time.total_seconds() * 1000 if self._desk else 0.0, notify=changed
    )
    bannerText = Property(str, lambda self: self._banner_text, notify=changed)
    bannerUrgent = Property(bool, lambda self: self._banner_urgent, notify=changed)
    bannerId = Property(str, lambda self: self._banner_id, notify=changed)
    bannerOffered = Property(bool, lambda self: self._banner_offered, notify=changed)
    muted = Property(bool, lambda self: self._alerts.muted, notify=changed)
    alertText = Property(str, _get_alert_text, notify=changed)
    error = Property(str, lambda self: self._error, notify=changed)
    declineError = Property(str, lambda self: self._decline_error, notify=changed)
    nowMs = Property(float, lambda self: self._now_ms, notify=tickChanged)

    def _get_away_reasons(self) -> list[dict[str, str]]:
        return [{"code": r, "text": away_reason_text(r)} for r in AWAY_REASONS]

    def _get_decline_reasons(self) -> list[dict[str, str]]:
        return [{"code": str(r), "text": decline_reason_text(r)} for r in DECLINE_REASONS]

    awayReasons = Property("QVariantList", _get_away_reasons, notify=changed)
    declineReasons = Property("QVariantList", _get_decline_reasons, notify=changed)

    # -- slots ----------------------------------------------------------------------------------

    @Slot()
    def tick(self) -> None:
        self._now_ms = ms(self._ctx.now())
        self.tickChanged.emit()

    def _wait_level(self, since_ms: float, now_ms: float) -> WaitLevel:
        if not self._desk or not since_ms:
            return WaitLevel.FINE
        return wait_level(timedelta(milliseconds=now_ms - since_ms), self._desk.response_time)

    @Slot(float, float, result=str)
    def waitedText(self, since_ms: float, now_ms: float) -> str:
        """How long the customer has waited, with a word once it is long (the colour is never alone)."""
        text = translate("Desk", "waited %1").replace("%1", minutes_seconds((now_ms - since_ms) / 1000))
        word = wait_level_text(self._wait_level(since_ms, now_ms))
        return f"{text} · {word}" if word else text

    @Slot(float, float, result=str)
    def waitLevel(self, since_ms: float, now_ms: float) -> str:
        """ "" (plain), "long" (past the response time) or "too_long" (past twice that, or 15 minutes)."""
        return str(self._wait_level(since_ms, now_ms))

    @Slot(float, float, result=str)
    def answerText(self, offered_ms: float, now_ms: float) -> str:
        """The offer's countdown: how long is left before it goes to the next colleague."""
        if not self._desk or not offered_ms:
            return ""
        left = (offered_ms + self._desk.response_time.total_seconds() * 1000 - now_ms) / 1000
        if left <= 0:
            return translate("Desk", "Time is up: passing to the next colleague")
        return translate("Desk", "answer within %1").replace("%1", minutes_seconds(left))

    def _run(self, call: Callable[[Actor], Changes], *, in_decline_dialog: bool = False) -> bool:
        """Call a service as the signed-in person; a refusal shows on the page, or in the decline dialog.
        The desk refreshes once, from the published changes (`on_changes`)."""

        def refused(e: DomainError) -> None:
            if in_decline_dialog:
                self._decline_error = self._refusal_text(e)
            else:
                self._error = self._refusal_text(e)
            self.changed.emit()

        self._error = self._decline_error = ""
        return run_op(self._bus, self._session, call, refused) is not None

    @staticmethod
    def _refusal_text(e: DomainError) -> str:
        if (e.field, e.rule) == ("reason", "required"):
            return translate("Desk", "Choose why you decline")
        if (e.field, e.rule) == ("reason_text", "required"):
            return translate("Desk", "Say why in a few words")
        return error_text(e)

    @Slot(str, str)
    def setPresence(self, presence: str, reason: str = "") -> None:
        self._run(lambda a: handoffs.set_presence(self._ctx, a, presence=presence, away_reason=reason))

    @Slot(str, result=bool)
    def accept(self, handoff_id: str) -> bool:
        return self._run(lambda a: handoffs.accept(self._ctx, a, handoff_id=handoff_id))

    @Slot(str, str, str, result=bool)
    def decline(self, handoff_id: str, reason: str, text: str) -> bool:
        return self._run(
            lambda a: handoffs.decline(self._ctx, a, handoff_id=handoff_id, reason=reason, text=text),
            in_decline_dialog=True,
        )

    @Slot()
    def clearDeclineError(self) -> None:
        if self._decline_error:
            self._decline_error = ""
            self.changed.emit()

    @Slot(str, result=bool)
    def meet(self, handoff_id: str) -> bool:
        return self._run(lambda a: handoffs.meet(self._ctx, a, handoff_id=handoff_id))

    @Slot(str, int, result=bool)
    def callNoAnswer(self, callback_id: str, hours: int) -> bool:
        """The call reached no one: try again in `hours` (offered as 1, 3 or 24 on the screen)."""
        retry = self._ctx.now() + timedelta(hours=hours)
        return self._run(lambda a: handoffs.callback_no_answer(self._ctx, a, callback_id=callback_id, retry_at=retry))

    @Slot()
    def dismissHubRefusals(self) -> None:
        self._refusals.dismiss()
        self.changed.emit()

    @Slot()
    def dismissBanner(self) -> None:
        self._banner_id = self._banner_text = ""
        self.changed.emit()

    @Slot(bool)
    def setMuted(self, muted: bool) -> None:
        if self._alerts.muted != muted:
            self._alerts.muted = muted
            self.changed.emit()
