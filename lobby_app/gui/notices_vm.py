"""What a person must hear of at once, as a strip under the header until marked seen: for the branch
head, customers whose offer went unanswered or whom everyone on duty declined; for a referrer (lobby
manager, teller), what became of their customer: bought, a follow-up booked, or declined by everyone."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain.errors import DomainError
from ..domain.roles import Role
from ..services.bus import ChangeBus
from ..services.context import Changed, Changes, Ctx
from ..services.notifications import FOR_THE_REFERRER, Kind, Notice, mark_all_read, unread
from ..services.rules import current_standards
from ..services.staff import active_staff
from .formatting import chinese, clock_time
from .ops import run_op
from .session_vm import SessionViewModel
from .wording import pin_locked_text, product_name, referrer_notice_text

translate = QCoreApplication.translate  # the name lupdate looks for


class NoticesViewModel(QObject):
    changed = Signal()

    def __init__(self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._bus = bus
        self._notices: list[Notice] = []
        session.changed.connect(self.refresh)

    def on_changes(self, change: Changes) -> None:
        if (Changed.NOTIFICATIONS | Changed.HANDOFFS) in change:
            self.refresh()

    def retranslate(self) -> None:
        self.changed.emit()

    def refresh(self) -> None:
        actor = self._session.actor
        notices = unread(self._ctx, actor) if actor is not None else []
        if actor is not None and actor.role is not Role.BRANCH_HEAD:
            notices = [n for n in notices if n.kind in FOR_THE_REFERRER]  # what the strip knows how to say
        if notices != self._notices:
            self._notices = notices
            self.changed.emit()

    def text(self, n: Notice) -> str:
        at = clock_time(n.created_at, self._ctx.tz)
        actor = self._session.actor
        if n.kind in (Kind.CONVERTED, Kind.FOLLOW_UP) or (actor is not None and actor.role is not Role.BRANCH_HEAD):
            products = {p.code: product_name(p) for p in current_standards(self._ctx).products}
            names = {staff_id: name for staff_id, name, _ in active_staff(self._ctx)}
            return f"{at} " + referrer_notice_text(n, products=products, names=names, tz=self._ctx.tz)
        customer = n.address_as or translate("Notice", "a customer")
        who = ("、" if chinese() else ", ").join(p for p in n.people if p)
        if n.kind == Kind.PIN_LOCKED:
            return pin_locked_text(n, self._ctx.tz)
        if n.kind == Kind.NO_ANSWER:
            line = translate("Notice", "%1: the offer of %2 to %3 went unanswered; passed on (escalation %4)")
            line = line.replace("%4", str(n.data.get("escalations", 1)))
        else:
            line = translate("Notice", "%1: everyone on duty declined %2 (%3); the customer waits in the queue")
        return line.replace("%1", at).replace("%2", customer).replace("%3", who)

    def _tone(self) -> str:
        """good news (a sale), news (a follow-up booked), or trouble: the strip's colour."""
        if not self._notices:
            return ""
        kind = self._notices[0].kind
        return "good" if kind == Kind.CONVERTED else "news" if kind == Kind.FOLLOW_UP else "trouble"

    count = Property(int, lambda self: len(self._notices), notify=changed)
    latestText = Property(str, lambda self: self.text(self._notices[0]) if self._notices else "", notify=changed)
    tone = Property(str, _tone, notify=changed)
    # The ones under the latest, for the strip opened up (a handful: the rest wait for the next look).
    olderTexts = Property("QVariantList", lambda self: [self.text(n) for n in self._notices[1:6]], notify=changed)

    @Slot()
    def markAllSeen(self) -> None:
        ids = [n.id for n in self._notices]
        # Refused only if one is gone meanwhile (purged): the strip then shows what is there now.
        run_op(self._bus, self._session, lambda a: mark_all_read(self._ctx, a, notification_ids=ids), self._gone)

    def _gone(self, _refusal: DomainError) -> None:
        self.refresh()
