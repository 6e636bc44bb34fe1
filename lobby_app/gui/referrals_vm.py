"""My referrals today: what became of every customer this referrer sent (DOMAIN.md, problem 2)."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain import handoff as dh
from ..domain.errors import DomainError
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..services.handoffs import cancel
from ..services.hub_states import SyncState, sync_states
from ..services.lobby import Referral, my_day, my_referrals_today
from .formatting import clock_time, money
from .list_model import RowsModel
from .ops import run_op
from .session_vm import SessionViewModel
from .wording import error_text, state_text, sync_text

translate = QCoreApplication.translate  # the name lupdate looks for

CUSTOMER_LEFT = "customer_left"


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
                "syncText",
                "syncRefused",
            ),
            "handoffId",
            self,
        )
        self._summary = ""
        self._error = ""
        session.changed.connect(self.refresh)
        self.refresh()

    def on_changes(self, change: Changes) -> None:
        if (Changed.HANDOFFS | Changed.TAGS | Changed.CALLBACKS | Changed.CLOCK | Changed.SYNC) in change:
            self.refresh()

    def retranslate(self) -> None:
        self.refresh()

    def _row(self, r: Referral, sync: SyncState | None = None) -> dict[str, object]:
        customer = " · ".join(x for x in (r.address_as, r.ticket) if x) or translate("MyReferrals", "Customer")
        if r.state is dh.State.CONVERTED:
            detail = money(r.outcome_amount_fen) + (f" · {r.wealth_manager}" if r.wealth_manager else "")
        elif r.state is dh.State.CALLBACK and r.callback_due is not None:
            detail = (
                translate("MyReferrals", "%1 calls back at %2")
                .replace("%1", r.wealth_manager or "—")
                .replace("%2", clock_time(r.callback_due, self._ctx.tz))
            )
        elif r.state in (dh.State.NOT_CONVERTED, dh.State.CANCELLED) and r.outcome_reason:
            detail = (
                translate("MyReferrals", "Customer left") if r.outcome_reason == CUSTOMER_LEFT else r.outcome_reason
            )
        else:
            detail = r.wealth_manager
        return {
            "handoffId": r.handoff_id,
            "time": clock_time(r.referred_at, self._ctx.tz),
            "customer": customer,
            "amount": money(r.amount_fen) if r.amount_fen else "",
            "stateCode": str(r.state),
            "stateText": state_text(r.state),
            "detail": detail,
            "fastTrack": r.fast_track,
            "canCancel": r.state in (dh.State.QUEUED, dh.State.OFFERED, dh.State.ACCEPTED),
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
            referrals = my_referrals_today(self._ctx, actor)
            states = sync_states(self._ctx, [r.handoff_id for r in referrals]) if self._hub else {}
            self._model.set_rows([self._row(r, states.get(r.handoff_id)) for r in referrals])
            d = my_day(self._ctx, actor)
            self._summary = (
                translate("MyReferrals", "Today: tagged %1 · eligible %2 · referred %3 · converted %4")
                .replace("%1", str(d.tagged))
                .replace("%2", str(d.eligible))
                .replace("%3", str(d.referred))
                .replace("%4", str(d.converted))
            )
        self.changed.emit()

    referrals = Property(QObject, lambda self: self._model, constant=True)
    summary = Property(str, lambda self: self._summary, notify=changed)
    count = Property(int, lambda self: self._model.rowCount(), notify=changed)
    error = Property(str, lambda self: self._error, notify=changed)

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
