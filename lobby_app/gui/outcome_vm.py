"""Recording what became of a customer: converted (each product and its amount), not converted (why),
or a follow-up booked (a day and a time, never in the past).

A conversion shows its credit value and each person's share by the phase in force as the amounts are
typed (services.handoffs.credit_preview); colleagues who took part besides the referrer and the seller
send it to the branch head to allocate instead."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain import handoff as dh
from ..domain.errors import DomainError, ValidationError
from ..domain.money import parse_amount_fen
from ..domain.standards import ProductKind
from ..services import handoffs
from ..services.bus import ChangeBus
from ..services.context import Ctx
from ..services.rules import current_standards
from ..services.took_part import TookPartChoices, took_part_choices
from .formatting import chinese, money
from .list_model import RowsModel
from .ops import run_op
from .session_vm import SessionViewModel, role_title
from .wording import error_text, product_name

translate = QCoreApplication.translate  # the name lupdate looks for

KINDS = tuple(str(o) for o in dh.Outcome)
FOLLOW_UP_DAYS = (0, 1, 2, 7)  # today, tomorrow, the day after, in a week
DEFAULT_FOLLOW_UP_TIME = "10:00"
_KIND_ORDER = {ProductKind.FEATURED: 0, ProductKind.OTHER: 1, ProductKind.SIMPLE: 2}


def parse_clock(text: str) -> time:
    try:
        hours, minutes = (int(part) for part in text.strip().replace("：", ":").split(":"))
        return time(hours, minutes)
    except ValueError:
        raise ValidationError("follow_up_time", "bad_time", "must be a time like 14:30") from None


class OutcomeViewModel(QObject):
    changed = Signal()

    def __init__(self, ctx: Ctx, session: SessionViewModel, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._bus = bus
        self._products = RowsModel(("code", "name", "selected", "amountText", "error"), "code", self)
        self._colleagues = RowsModel(("staffId", "name", "roleText", "picked"), "staffId", self)
        self._reset("", "")

    def _reset(self, handoff_id: str, address_as: str) -> None:
        self._handoff_id = handoff_id
        self._address_as = address_as
        self._kind = str(dh.Outcome.CONVERTED)
        self._reason = ""
        self._date_text = self._date_for(1)  # tomorrow
        self._time_text = DEFAULT_FOLLOW_UP_TIME
        self._errors: dict[str, str] = {}
        standards = current_standards(self._ctx)
        products = sorted(standards.products, key=lambda p: _KIND_ORDER[p.kind])
        self._lines = {p.code: {"selected": False, "amount": ""} for p in products}
        self._names = {p.code: product_name(p) for p in products}
        self._picked: list[int] = []  # colleagues who took part, in the order picked
        self._choices: TookPartChoices | None = None
        self._preview: handoffs.CreditPreview | None = None
        self._sale_fen = 0
        actor = self._session.actor
        if handoff_id and actor is not None:
            try:
                self._choices = took_part_choices(self._ctx, actor, handoff_id=handoff_id)
            except DomainError:
                self._choices = None

    def _update_preview(self) -> None:
        """The credit value and the split for the amounts typed so far (nothing until each reads)."""
        self._preview, self._sale_fen = None, 0
        actor = self._session.actor
        chosen = [(code, line["amount"]) for code, line in self._lines.items() if line["selected"]]
        if not self._handoff_id or actor is None or not chosen:
            return
        try:
            sales = [(code, parse_amount_fen(str(text), field="amount", allow_zero=False)) for code, text in chosen]
            self._preview = handoffs.credit_preview(self._ctx, actor, handoff_id=self._handoff_id, sales=sales)
        except DomainError:
            return
        self._sale_fen = sum(fen for _, fen in sales)

    def _publish_products(self) -> None:
        self._update_preview()
        names = {i: (name, role) for i, name, role in self._choices.colleagues} if self._choices else {}
        self._colleagues.set_rows(
            [
                {"staffId": i, "name": name, "roleText": role_title(role), "picked": i in self._picked}
                for i, (name, role) in names.items()
            ]
        )
        self._products.set_rows(
            [
                {
                    "code": code,
                    "name": self._names[code],
                    "selected": line["selected"],
                    "amountText": line["amount"],
                    "error": self._errors.get(f"amount:{code}", ""),
                }
                for code, line in self._lines.items()
            ]
        )
        self.changed.emit()

    # -- what the dialog shows ------------------------------------------------------------------

    def _get_day_choices(self) -> list[str]:
        today = self._ctx.now().astimezone(self._ctx.tz).date()
        names = [translate("Outcome", "Today"), translate("Outcome", "Tomorrow")]
        return [names[d] if d < len(names) else (today + timedelta(days=d)).strftime("%m-%d") for d in FOLLOW_UP_DAYS]

    def _get_reason_choices(self) -> list[str]:
        return [
            translate("Outcome", "Expects a higher return"),
            translate("Outcome", "Wants to talk it over with family"),
            translate("Outcome", "No spare funds for now"),
            translate("Outcome", "Already holds a similar product"),
        ]

    def _total_text(self) -> str:
        total = 0
        for line in self._lines.values():
            if line["selected"]:
                try:
                    total += parse_amount_fen(str(line["amount"]), field="amount", allow_zero=False)
                except DomainError:
                    return ""
        return translate("Outcome", "Total %1").replace("%1", money(total)) if total else ""

    def _credit_text(self) -> str:
        p = self._preview
        return translate("Outcome", "Credit %1").replace("%1", money(p.value_fen)) if p else ""

    def _credit_hint(self) -> str:
        p = self._preview
        if p is None or p.value_fen == self._sale_fen:
            return ""
        return translate("Outcome", "by the products' credit percent")

    def _share_text(self) -> str:
        p = self._preview
        if p is None:
            return ""
        if self._picked:
            return translate("Outcome", "Credit %1 goes to the branch head to allocate by participation").replace(
                "%1", money(p.value_fen)
            )
        referrer = self._choices.referrer_name if self._choices else ""
        return (
            translate("Outcome", "Referrer %1 %2 · You %3 (phase %4, referrer %5%)")
            .replace("%1", referrer)
            .replace("%2", money(p.referrer_fen))
            .replace("%3", money(p.seller_fen))
            .replace("%4", str(p.phase))
            .replace("%5", str(p.referrer_percent))
        )

    def _took_part_text(self) -> str:
        if not self._picked or self._choices is None:
            return ""
        names = {i: name for i, name, _ in self._choices.colleagues}
        sep = "、" if chinese() else ", "
        return translate("Outcome", "Took part: %1").replace("%1", sep.join(names.get(i, "") for i in self._picked))

    handoffId = Property(str, lambda self: self._handoff_id, notify=changed)
    addressAs = Property(str, lambda self: self._address_as, notify=changed)
    kind = Property(str, lambda self: self._kind, notify=changed)
    products = Property(QObject, lambda self: self._products, constant=True)
    reason = Property(str, lambda self: self._reason, notify=changed)
    reasonChoices = Property("QVariantList", _get_reason_choices, notify=changed)
    dayChoices = Property("QVariantList", _get_day_choices, notify=changed)
    dateText = Property(str, lambda self: self._date_text, notify=changed)

    def _get_day_index(self) -> int:
        """Which preset the typed date is, or -1 for another date."""
        return next((i for i, d in enumerate(FOLLOW_UP_DAYS) if self._date_for(d) == self._date_text), -1)

    dayIndex = Property(int, _get_day_index, notify=changed)
    timeText = Property(str, lambda self: self._time_text, notify=changed)
    totalText = Property(str, _total_text, notify=changed)
    salesError = Property(str, lambda self: self._errors.get("sales", ""), notify=changed)
    reasonError = Property(str, lambda self: self._errors.get("reason", ""), notify=changed)
    followUpError = Property(str, lambda self: self._errors.get("follow_up_at", ""), notify=changed)
    error = Property(str, lambda self: self._errors.get("other", ""), notify=changed)
    creditText = Property(str, _credit_text, notify=changed)
    creditHint = Property(str, _credit_hint, notify=changed)
    shareText = Property(str, _share_text, notify=changed)
    tookPartText = Property(str, _took_part_text, notify=changed)
    shared = Property(bool, lambda self: bool(self._picked), notify=changed)
    colleagues = Property(QObject, lambda self: self._colleagues, constant=True)
    sharedError = Property(str, lambda self: self._errors.get("shared_with", ""), notify=changed)

    # -- editing --------------------------------------------------------------------------------

    @Slot(str, str)
    def open(self, handoff_id: str, address_as: str) -> None:
        self._reset(handoff_id, address_as)
        self._publish_products()

    @Slot(str)
    def setKind(self, kind: str) -> None:
        if kind in KINDS and kind != self._kind:
            self._kind = kind
            self._errors.clear()
            self._publish_products()

    @Slot(str)
    def toggleProduct(self, code: str) -> None:
        line = self._lines[code]
        line["selected"] = not line["selected"]
        self._errors.pop("sales", None)
        self._errors.pop(f"amount:{code}", None)
        self._publish_products()

    @Slot(str, str)
    def setAmount(self, code: str, text: str) -> None:
        line = self._lines[code]
        line["amount"], line["selected"] = text, line["selected"] or bool(text.strip())
        self._errors.pop(f"amount:{code}", None)
        self._errors.pop("sales", None)
        self._publish_products()

    @Slot(int)
    def toggleColleague(self, staff_id: int) -> None:
        """A colleague who took part, picked or unpicked: the split becomes the branch head's to make."""
        if staff_id in self._picked:
            self._picked.remove(staff_id)
        else:
            self._picked.append(staff_id)
        self._errors.pop("shared_with", None)
        self._publish_products()

    @Slot()
    def clearColleagues(self) -> None:
        self._picked.clear()
        self._errors.pop("shared_with", None)
        self._publish_products()

    @Slot(str)
    def setReason(self, text: str) -> None:
        self._reason = text
        self._errors.pop("reason", None)
        self.changed.emit()

    @Slot(int)
    def setDay(self, index: int) -> None:
        self.setDate(self._date_for(FOLLOW_UP_DAYS[max(0, min(index, len(FOLLOW_UP_DAYS) - 1))]))

    @Slot(str)
    def setDate(self, text: str) -> None:
        self._date_text = text
        self._errors.pop("follow_up_at", None)
        self.changed.emit()

    def _date_for(self, days: int) -> str:
        return (self._ctx.now().astimezone(self._ctx.tz).date() + timedelta(days=days)).isoformat()

    @Slot(str)
    def setTime(self, text: str) -> None:
        self._time_text = text
        self._errors.pop("follow_up_at", None)
        self.changed.emit()

    def follow_up_at(self) -> datetime:
        try:
            day = date.fromisoformat(self._date_text.strip())
        except ValueError:
            raise ValidationError("follow_up_date", "bad_date", "must be a date like 2026-12-05") from None
        return datetime.combine(day, parse_clock(self._time_text), tzinfo=self._ctx.tz)

    # -- saving ---------------------------------------------------------------------------------

    @Slot(result=bool)
    def submit(self) -> bool:
        """Save the outcome; on a refusal, name the field and keep everything as typed."""
        if not self._handoff_id:
            return False
        self._errors.clear()

        def refused(e: DomainError) -> None:
            key = self._error_key(e)
            if key == "sales":
                self._errors[key] = translate("Outcome", "Choose the products sold and enter each amount")
            elif key == "shared_with":
                self._errors[key] = self._shared_error(e)
            else:
                self._errors[key] = error_text(e)
            self._publish_products()

        handoff_id = self._handoff_id
        done = run_op(
            self._bus,
            self._session,
            lambda a: handoffs.record_outcome(self._ctx, a, handoff_id=handoff_id, **self._outcome_args()),
            refused,
        )
        if done is None:
            return False
        self._reset("", "")
        self._publish_products()
        return True

    def _outcome_args(self) -> dict[str, object]:
        if self._kind == dh.Outcome.CONVERTED:
            chosen = [code for code, line in self._lines.items() if line["selected"]]
            sales = [
                (code, parse_amount_fen(str(self._lines[code]["amount"]), field=f"amount:{code}", allow_zero=False))
                for code in chosen
            ]
            return {"outcome": self._kind, "sales": sales, "shared_with": list(self._picked)}
        if self._kind == dh.Outcome.NOT_CONVERTED:
            return {"outcome": self._kind, "reason": self._reason}
        try:
            at = self.follow_up_at()
        except ValidationError as e:
            raise ValidationError("follow_up_at", e.rule, e.message) from None
        return {"outcome": self._kind, "follow_up_at": at}

    def _shared_error(self, e: DomainError) -> str:
        """A colleague the service would not count as taking part, by name."""
        names = {i: name for i, name, _ in self._choices.colleagues} if self._choices else {}
        who = ""
        if e.field.startswith("shared_with["):
            index = int(e.field[len("shared_with[") : e.field.index("]")])
            who = names.get(self._picked[index], "") if index < len(self._picked) else ""
        text = {
            "already_in": translate("Outcome", "The referrer and you share the credit anyway"),
            "unknown_staff": translate("Outcome", "No longer on the staff"),
        }.get(e.rule) or error_text(e)
        return translate("Outcome", "%1: %2").replace("%1", who).replace("%2", text) if who else text

    def _error_key(self, e: DomainError) -> str:
        if e.field.startswith("amount:") or e.field in ("sales", "reason", "follow_up_at"):
            return e.field
        if e.field.startswith("shared_with"):
            return "shared_with"
        if e.field.startswith("sales["):  # the service's own check, e.g. an amount too large
            index = int(e.field[len("sales[") : e.field.index("]")])
            chosen = [code for code, line in self._lines.items() if line["selected"]]
            return f"amount:{chosen[index]}" if index < len(chosen) else "sales"
        return "other"

    def retranslate(self) -> None:
        self._names = {p.code: product_name(p) for p in current_standards(self._ctx).products}
        self._publish_products()
