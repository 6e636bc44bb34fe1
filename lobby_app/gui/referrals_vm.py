"""My referrals today, this week or this month: what became of every customer this referrer sent since
(DOMAIN.md, problem 2): a callback or a follow-up that converts days later shows here."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain import handoff as dh
from ..domain.errors import DomainError
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..services.handoffs import cancel
from ..services.hub_states import SyncState, sync_states
from ..services.lobby import Period, Referral, my_day, my_referrals, period_days
from ..services.my_credit import Since, referrals_since
from .formatting import clock_time, day_time, money
from .list_model import RowsModel
from .ops import run_op
from .session_vm import SessionViewModel
from .wording import error_text, state_text, sync_text

translate = QCoreApplication.translate  # the name lupdate looks for

CUSTOMER_LEFT = "customer_left"
# What may still convert: under way, waiting for a callback, or a follow-up booked.
OPEN = (
    dh.State.QUEUED,
    dh.State.OFFERED,
    dh.State.ACCEPTED,
    dh.State.MET,
    dh.State.CALLBACK,
    dh.State.FOLLOW_UP,
)


class MyReferralsViewModel(QObject):
    changed = Signal()

    def __init__(
        self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, *, hub: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._hub = hub  # with a hub, each row says where its changes stand
        self._session = session
        self._bus = bus
        self._model = RowsModel(
            (
                "handoffId",
                "time",
                "customer",
                "amount",
                "stateCode",
                "stateText",
                "detail",
                "fastTrack",
                "canCancel",
                "wasToday",
                "syncText",
                "syncRefused",
            ),
            "handoffId",
            self,
        )
        self._summary = ""
        self._error = ""
        self._message = ""
        self._period = Period.TODAY
        self._since: dict[str, Since] = {}
        session.changed.connect(self.refresh)
        self.refresh()

    def on_changes(self, change: Changes) -> None:
        if (Changed.HANDOFFS | Changed.TAGS | Changed.CALLBACKS | Changed.CLOCK | Changed.SYNC) in change:
            self.refresh()

    def retranslate(self) -> None:
        self.refresh()

    def _row(self, r: Referral, sync: SyncState | None = None) -> dict[str, object]:
        customer = " · ".join(x for x in (r.address_as, r.ticket) if x) or translate("MyReferrals", "Customer")
        since = self._since.get(r.handoff_id)
        if r.state is dh.State.CONVERTED:
            detail = money(r.outcome_amount_fen) + (f" · {r.wealth_manager}" if r.wealth_manager else "")
        elif r.state is dh.State.CALLBACK and r.callback_due is not None:
            detail = (
                translate("MyReferrals", "%1 calls back at %2")
                .replace("%1", r.wealth_manager or "—")
                .replace("%2", clock_time(r.callback_due, self._ctx.tz))
            )
        elif r.state is dh.State.FOLLOW_UP and since is not None and since.follow_up_at is not None:
            detail = (
                translate("MyReferrals", "%1 follows up on %2")
                .replace("%1", r.wealth_manager or "—")
                .replace("%2", day_time(since.follow_up_at, self._ctx.tz))
            )
        elif r.state is dh.State.QUEUED and since is not None and since.declined:
            detail = translate("MyReferrals", "Declined by %1 on duty; waiting for the next free one").replace(
                "%1", str(since.declined)
            )
        elif r.state in (dh.State.NOT_CONVERTED, dh.State.CANCELLED) and r.outcome_reason:
            detail = (
                translate("MyReferrals", "Customer left") if r.outcome_reason == CUSTOMER_LEFT else r.outcome_reason
            )
        else:
            detail = r.wealth_manager
        today = self._ctx.local_date(r.referred_at) == self._ctx.local_date(self._ctx.now())
        return {
            "handoffId": r.handoff_id,
            "time": clock_time(r.referred_at, self._ctx.tz) if today else day_time(r.referred_at, self._ctx.tz),
            "customer": customer,
            "amount": money(r.amount_fen) if r.amount_fen else "",
            "stateCode": str(r.state),
            "stateText": state_text(r.state),
            "detail": detail,
            "fastTrack": r.fast_track,
            "canCancel": r.state in (dh.State.QUEUED, dh.State.OFFERED, dh.State.ACCEPTED),
            "wasToday": today,
            "syncText": sync_text(sync) if self._hub else "",
            "syncRefused": sync is not None and sync.state == "refused",
        }

    @Slot()
    def refresh(self) -> None:
        actor = self._session.actor
        if actor is None:
            self._model.set_rows([])
            self._summary = ""
        else:
            referrals = my_referrals(self._ctx, actor, self._period)
            ids = [r.handoff_id for r in referrals]
            self._since = referrals_since(self._ctx, ids)
            states = sync_states(self._ctx, ids) if self._hub else {}
            self._model.set_rows([self._row(r, states.get(r.handoff_id)) for r in referrals])
            if self._period is Period.TODAY:
                d = my_day(self._ctx, actor)
                self._summary = (
                    translate("MyReferrals", "Today: tagged %1 · eligible %2 · referred %3 · converted %4")
                    .replace("%1", str(d.tagged))
                    .replace("%2", str(d.eligible))
                    .replace("%3", str(d.referred))
                    .replace("%4", str(d.converted))
                )
            else:
                line = (
                    translate("MyReferrals", "This week: referred %1 · converted %2 · still open %3")
                    if self._period is Period.WEEK
                    else translate("MyReferrals", "This month: referred %1 · converted %2 · still open %3")
                )
                self._summary = (
                    line.replace("%1", str(len(referrals)))
                    .replace("%2", str(sum(1 for r in referrals if r.state is dh.State.CONVERTED)))
                    .replace("%3", str(sum(1 for r in referrals if r.state in OPEN)))
                )
        self.changed.emit()

    def _empty_text(self) -> str:
        return (
            {
                Period.TODAY: translate("MyReferrals", "No referrals yet today."),
                Period.WEEK: translate("MyReferrals", "No referrals yet this week."),
                Period.MONTH: translate("MyReferrals", "No referrals yet this month."),
            }[self._period]
            + " "
            + translate("MyReferrals", "Customers you hand off appear here with what became of them.")
        )

    def _periods(self) -> list[dict[str, str]]:
        return [
            {"code": str(Period.TODAY), "text": translate("MyReferrals", "Today")},
            {"code": str(Period.WEEK), "text": translate("MyReferrals", "This week")},
            {"code": str(Period.MONTH), "text": translate("MyReferrals", "This month")},
        ]

    def _span(self) -> str:
        first, last = period_days(self._ctx, self._period)
        return f"{first:%m-%d}" if first == last else f"{first:%m-%d} – {last:%m-%d}"

    @Slot(str)
    def setPeriod(self, code: str) -> None:
        if code in set(Period) and code != self._period:
            self._period = Period(code)
            self.refresh()

    @Slot(str)
    def showMessage(self, text: str) -> None:
        """A confirmation from the callback sheet opened here, shown above the list."""
        self._message, self._error = text, ""
        self.changed.emit()

    @Slot(str)
    def showError(self, text: str) -> None:
        """Why a step opened here could not start (e.g. the referral moved on meanwhile)."""
        self._error, self._message = text, ""
        self.refresh()

    @Slot()
    def dismissMessage(self) -> None:
        self._message = ""
        self.changed.emit()

    referrals = Property(QObject, lambda self: self._model, constant=True)
    summary = Property(str, lambda self: self._summary, notify=changed)
    count = Property(int, lambda self: self._model.rowCount(), notify=changed)
    error = Property(str, lambda self: self._error, notify=changed)
    message = Property(str, lambda self: self._message, notify=changed)
    period = Property(str, lambda self: str(self._period), notify=changed)
    periods = Property("QVariantList", _periods, notify=changed)
    span = Property(str, _span, notify=changed)
    emptyText = Property(str, _empty_text, notify=changed)

    @Slot(str)
    def customerLeft(self, handoff_id: str) -> None:
        """The customer left before meeting anyone: the handoff is cancelled, the wealth manager freed."""

        def refused(e: DomainError) -> None:
            self._error = error_text(e)
            self.changed.emit()

        self._error = ""
        run_op(
            self._bus,
            self._session,
            lambda a: cancel(self._ctx, a, handoff_id=handoff_id, reason=CUSTOMER_LEFT),
            refused,
        )
