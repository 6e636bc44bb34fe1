"""Everyone's own credit this month: the team's total first and larger, then mine, and my credit lines
with a dispute before the month closes (DOMAIN.md, incentives; the article warns against staff
fixating on their split). Shown on the lobby tablet and on the wealth manager's desk."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain.errors import DomainError
from ..protocol.commands import DisputeCredit
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..services.handoffs import dispute_credit
from ..services.ledger import my_month
from ..services.my_credit import CreditLine, LineState, Part, my_credit_lines
from .formatting import money
from .list_model import RowsModel
from .ops import run_op
from .session_vm import SessionViewModel
from .wording import credit_line_state_text, referrer_error_text

translate = QCoreApplication.translate  # the name lupdate looks for


class MyCreditViewModel(QObject):
    changed = Signal()

    def __init__(self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._bus = bus
        self._lines = RowsModel(
            ("handoffId", "customer", "date", "part", "amount", "stateCode", "stateText", "canDispute"),
            "handoffId",
            self,
        )
        self._month = ""
        self._team_fen = 0
        self._mine_fen = 0
        self._dispute_error = ""
        session.changed.connect(self.refresh)
        self.refresh()

    def on_changes(self, change: Changes) -> None:
        if (Changed.CREDIT | Changed.HANDOFFS | Changed.CLOCK | Changed.STAFF) in change:
            self.refresh()

    def retranslate(self) -> None:
        self.refresh()

    def _row(self, line: CreditLine) -> dict[str, object]:
        part = (
            translate("MyCredit", "as referrer") if line.part is Part.REFERRER else translate("MyCredit", "as seller")
        )
        amount = money(line.amount_fen)
        if line.state in (LineState.DISPUTED, LineState.SHARED):  # counts for no one while the head decides
            amount = f"({amount})" if line.amount_fen else "—"
        return {
            "handoffId": line.handoff_id,
            "customer": line.address_as or translate("MyCredit", "Customer"),
            "date": f"{line.referral_date:%m-%d}",
            "part": part,
            "amount": amount,
            "stateCode": str(line.state),
            "stateText": credit_line_state_text(line.state, month_closed=line.month_closed),
            "canDispute": line.can_dispute,
        }

    @Slot()
    def refresh(self) -> None:
        actor = self._session.actor
        if actor is None:
            self._month, self._team_fen, self._mine_fen = "", 0, 0
            self._lines.set_rows([])
        else:
            mine = my_month(self._ctx, actor)
            self._month, self._team_fen, self._mine_fen = mine.month, mine.team_total_fen, mine.mine.total_fen
            today = self._ctx.local_date(self._ctx.now())
            lines = my_credit_lines(self._ctx, actor, today.replace(day=1), today)
            self._lines.set_rows([self._row(line) for line in lines])
        self.changed.emit()

    def _team_text(self) -> str:
        return translate("MyCredit", "Team credit this month %1").replace("%1", money(self._team_fen))

    def _mine_text(self) -> str:
        return translate("MyCredit", "Mine %1").replace("%1", money(self._mine_fen))

    def _title(self) -> str:
        return translate("MyCredit", "My credit lines, %1").replace("%1", self._month)

    lines = Property(QObject, lambda self: self._lines, constant=True)
    count = Property(int, lambda self: self._lines.rowCount(), notify=changed)
    teamText = Property(str, _team_text, notify=changed)
    mineText = Property(str, _mine_text, notify=changed)
    title = Property(str, _title, notify=changed)
    disputeError = Property(str, lambda self: self._dispute_error, notify=changed)

    @Slot()
    def clearDisputeError(self) -> None:
        if self._dispute_error:
            self._dispute_error = ""
            self.changed.emit()

    @Slot(str, str, result=bool)
    def dispute(self, handoff_id: str, reason: str) -> bool:
        """Send a counted split to the branch head with a reason; refused under the reason (or the line)."""

        def refused(e: DomainError) -> None:
            self._dispute_error = referrer_error_text(e)
            self.changed.emit()

        self._dispute_error = ""
        done = run_op(
            self._bus,
            self._session,
            lambda a: dispute_credit(self._ctx, a, DisputeCredit(handoff_id=handoff_id, reason=reason)),
            refused,
        )
        return done is not None
