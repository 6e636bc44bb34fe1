"""The tag being filled in for a walk-in customer, and its verdict live as each field changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QObject, Signal, Slot

from ..domain.errors import DomainError
from ..domain.money import parse_amount_fen
from ..domain.standards import ProductKind, Standards, Verdict
from ..domain.tags import ADDRESS_MAX, TICKET_MAX, Purpose
from ..domain.text import check_text
from ..protocol.commands import TagCustomer
from ..services.context import Changed, Changes, Ctx
from ..services.rules import current_standards
from ..services.tagging import preview_verdict
from .formatting import money, short_money
from .session_vm import SessionViewModel
from .wording import error_text, not_eligible_text, product_name, purpose_name, rule_text

translate = QCoreApplication.translate  # the name lupdate looks for

AMOUNT_KEYS = frozenset("0123456789") | {"00", ".", "万", "back", "clear"}
AMOUNT_MAX_CHARS = 16
FLOW_BAND_MULTIPLES = (None, 0, 1, 5)  # unknown · under the threshold · at least it · at least five times it


class TagFormViewModel(QObject):
    """One `changed` signal: the whole form is a handful of fields and re-reads cheaply."""

    changed = Signal()

    def __init__(self, ctx: Ctx, session: SessionViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._standards: Standards = current_standards(ctx)
        self._reset_fields()
        self._update()

    def _reset_fields(self) -> None:
        self._purpose = ""
        self._amount_text = ""
        self._products: list[str] = []
        self._flow_band = 0
        self._clear_intent = False
        self._in_hurry = False
        self._ticket = ""
        self._address = ""
        self._name_or_ticket_refused = False  # a hand-off was tapped with neither: said under the name field

    # -- a new customer --------------------------------------------------------------------------

    def has_input(self) -> bool:
        """Whether anything was chosen or typed: a "New customer" tap on an empty form has nothing to clear."""
        return bool(
            self._purpose
            or self._amount_text.strip()
            or self._products
            or self._flow_band
            or self._clear_intent
            or self._in_hurry
            or self._ticket.strip()
            or self._address.strip()
        )

    def snapshot(self) -> dict[str, Any]:
        """Every field as it is, for an undo of "New customer"."""
        return {
            "purpose": self._purpose,
            "amount_text": self._amount_text,
            "products": list(self._products),
            "flow_band": self._flow_band,
            "clear_intent": self._clear_intent,
            "in_hurry": self._in_hurry,
            "ticket": self._ticket,
            "address": self._address,
        }

    def restore(self, fields: dict[str, Any]) -> None:
        self._reset_fields()
        for name, value in fields.items():
            setattr(self, f"_{name}", list(value) if isinstance(value, list) else value)
        self._update()

    def summary(self) -> str:
        """The cleared customer in a few words: how to address them, the ticket, the amount, or the purpose."""
        parts = [self._address.strip(), self._ticket.strip()]
        if not any(parts):
            parts = [purpose_name(Purpose(self._purpose)) if self._purpose else "", self._get_amount_display()]
        return " · ".join(p for p in parts if p)

    def check_name_or_ticket(self) -> bool:
        """The wealth manager finds the customer by name or ticket number: without either, say so under
        the name field and send nothing (services.lobby.check_name_or_ticket holds the same rule)."""
        refused = not self._address.strip() and not self._ticket.strip()
        if refused != self._name_or_ticket_refused:
            self._name_or_ticket_refused = refused
            self.changed.emit()
        return not refused

    def refuse_name_or_ticket(self) -> None:
        """The service refused for want of a name or a ticket number (rule name_or_ticket)."""
        self._name_or_ticket_refused = True
        self.changed.emit()

    def _get_name_or_ticket_error(self) -> str:
        if not self._name_or_ticket_refused:
            return ""
        return translate("TagForm", "Enter a name or a ticket no.: the wealth manager needs one to find the customer")

    # -- what the services receive -------------------------------------------------------------

    def _amount_fen(self) -> int:
        return parse_amount_fen(self._amount_text, field="amount_fen") if self._amount_text.strip() else 0

    def _flow_fen(self) -> int | None:
        multiple = FLOW_BAND_MULTIPLES[self._flow_band]
        return None if multiple is None else multiple * self._standards.high_flow_fen

    def tag(self) -> TagCustomer:
        """The tag as the services take it, under a new id; raises the first field error."""
        return TagCustomer(
            purpose=self._purpose,
            amount_fen=self._amount_fen(),
            products=list(self._products),
            six_month_flow_fen=self._flow_fen(),
            clear_intent=self._clear_intent,
            in_a_hurry=self._in_hurry,
            ticket=self._ticket,
            address_as=self._address,
        )

    @property
    def verdict(self) -> Verdict | None:
        return self._verdict

    # -- recomputed on every change ------------------------------------------------------------

    def _update(self) -> None:
        self._errors: dict[str, str] = {}
        self._verdict = None
        for field, check in (
            ("amount_fen", self._amount_fen),
            ("ticket", lambda: check_text(self._ticket, field="ticket", max_len=TICKET_MAX, required=False)),
            ("address_as", lambda: check_text(self._address, field="address_as", max_len=ADDRESS_MAX, required=False)),
        ):
            try:
                check()
            except DomainError as e:
                self._errors[field] = error_text(e)
        actor = self._session.actor
        if self._purpose and not self._errors and actor is not None:
            try:
                # Judged against the standards the form holds: no read of the store on every keystroke.
                self._verdict = preview_verdict(self._ctx, actor, self.tag(), self._standards)
            except DomainError as e:
                self._errors[e.field] = error_text(e)
        self.changed.emit()

    def on_changes(self, change: Changes) -> None:
        """New standards (saved here or pulled from the hub), or the clock moving on (a version saved to take
        effect later may now be in force): the verdict is judged again when the version in force differs."""
        if (Changed.STANDARDS | Changed.CLOCK) in change:
            standards = current_standards(self._ctx)
            if Changed.STANDARDS in change or standards != self._standards:
                self._standards = standards
                self._update()

    def retranslate(self) -> None:
        self._update()

    # -- properties ----------------------------------------------------------------------------

    def _get_purposes(self) -> list[dict[str, str]]:
        return [{"code": str(p), "name": purpose_name(p)} for p in Purpose]

    def _products_of(self, featured: bool) -> list[dict[str, Any]]:
        return [
            {"code": p.code, "name": product_name(p), "selected": p.code in self._products}
            for p in self._standards.products
            if (p.kind is ProductKind.FEATURED) == featured
        ]

    def _get_flow_bands(self) -> list[str]:
        threshold = self._standards.high_flow_fen
        return [
            translate("TagForm", "Unknown"),
            translate("TagForm", "Under %1").replace("%1", short_money(threshold)),
            translate("TagForm", "%1 or more").replace("%1", short_money(threshold)),
            translate("TagForm", "%1 or more").replace("%1", short_money(5 * threshold)),
        ]

    def _get_amount_display(self) -> str:
        if not self._amount_text.strip() or "amount_fen" in self._errors:
            return ""
        return money(self._amount_fen())

    def _get_verdict_state(self) -> str:
        if self._verdict is None:
            return "invalid" if self._errors else "none"
        return "eligible" if self._verdict.eligible else "not_eligible"

    def _get_verdict_title(self) -> str:
        state = self._get_verdict_state()
        return {
            "none": translate("TagForm", "Choose what the customer came for"),
            "invalid": translate("TagForm", "Correct the marked field"),
            "eligible": translate("TagForm", "Meets the referral standards"),
            "not_eligible": translate("TagForm", "Does not meet the referral standards"),
        }[state]

    def _get_verdict_reasons(self) -> list[str]:
        v = self._verdict
        if v is None:
            return []
        if v.eligible:
            return [rule_text(m, self._standards) for m in v.matches]
        return [not_eligible_text(v.reason)]

    def _get_standards_text(self) -> str:
        version = self._verdict.standards_version if self._verdict else self._standards.version
        return translate("TagForm", "Branch standards, version %1").replace("%1", str(version))

    def _error(self, field: str) -> str:
        return self._errors.get(field, "")

    purposes = Property("QVariantList", _get_purposes, notify=changed)
    purpose = Property(str, lambda self: self._purpose, notify=changed)
    amountText = Property(str, lambda self: self._amount_text, notify=changed)
    amountDisplay = Property(str, _get_amount_display, notify=changed)
    amountError = Property(str, lambda self: self._error("amount_fen"), notify=changed)
    featuredProducts = Property("QVariantList", lambda self: self._products_of(True), notify=changed)
    otherProducts = Property("QVariantList", lambda self: self._products_of(False), notify=changed)
    productsError = Property(str, lambda self: self._error("products"), notify=changed)
    flowBands = Property("QVariantList", _get_flow_bands, notify=changed)
    flowBand = Property(int, lambda self: self._flow_band, notify=changed)
    clearIntent = Property(bool, lambda self: self._clear_intent, notify=changed)
    inHurry = Property(bool, lambda self: self._in_hurry, notify=changed)
    ticket = Property(str, lambda self: self._ticket, notify=changed)
    ticketError = Property(str, lambda self: self._error("ticket"), notify=changed)
    addressAs = Property(str, lambda self: self._address, notify=changed)
    addressError = Property(str, lambda self: self._error("address_as"), notify=changed)
    nameOrTicketError = Property(str, _get_name_or_ticket_error, notify=changed)
    hasInput = Property(bool, has_input, notify=changed)
    verdictState = Property(str, _get_verdict_state, notify=changed)
    verdictTitle = Property(str, _get_verdict_title, notify=changed)
    verdictReasons = Property("QVariantList", _get_verdict_reasons, notify=changed)
    standardsText = Property(str, _get_standards_text, notify=changed)
    eligible = Property(bool, lambda self: bool(self._verdict and self._verdict.eligible), notify=changed)
    ready = Property(bool, lambda self: self._verdict is not None, notify=changed)

    # -- slots ---------------------------------------------------------------------------------

    @Slot(str)
    def setPurpose(self, code: str) -> None:
        self._purpose = "" if code == self._purpose else code  # a second tap clears the choice
        self._update()

    @Slot(str)
    def key(self, key: str) -> None:
        """A key of the amount keypad."""
        if key not in AMOUNT_KEYS:
            return
        text = self._amount_text
        if key == "back":
            text = text[:-1]
        elif key == "clear":
            text = ""
        elif "万" in text or len(text) + len(key) > AMOUNT_MAX_CHARS:
            return  # 万 ends the number
        elif (key == "." and "." in text) or (key == "万" and not text.rstrip(".")):
            return
        else:
            text += key
        self.setAmountText(text)

    @Slot(str)
    def setAmountText(self, text: str) -> None:
        if text != self._amount_text:
            self._amount_text = text
            self._update()

    @Slot(str)
    def toggleProduct(self, code: str) -> None:
        if code in self._products:
            self._products.remove(code)
        else:
            self._products.append(code)
        self._update()

    @Slot(int)
    def setFlowBand(self, index: int) -> None:
        if 0 <= index < len(FLOW_BAND_MULTIPLES) and index != self._flow_band:
            self._flow_band = index
            self._update()

    @Slot(bool)
    def setClearIntent(self, on: bool) -> None:
        if on != self._clear_intent:
            self._clear_intent = on
            self._update()

    @Slot(bool)
    def setInHurry(self, on: bool) -> None:
        if on != self._in_hurry:
            self._in_hurry = on
            self._update()

    @Slot(str)
    def setTicket(self, text: str) -> None:
        if text != self._ticket:
            self._ticket = text
            if text.strip():
                self._name_or_ticket_refused = False
            self._update()

    @Slot(str)
    def setAddressAs(self, text: str) -> None:
        if text != self._address:
            self._address = text
            if text.strip():
                self._name_or_ticket_refused = False
            self._update()

    @Slot()
    def clear(self) -> None:
        """A new customer: every field back to empty."""
        self._reset_fields()
        self._update()
