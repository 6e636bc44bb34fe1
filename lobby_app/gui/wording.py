"""Every code the services speak (purposes, states, rules, refusals) in the words a person reads."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain import handoff as dh
from ..domain.errors import DomainError
from ..domain.routing import Presence
from ..domain.standards import (
    FEATURED_INTEREST,
    HIGH_FLOW,
    LARGE_TRANSACTION,
    REASON_SIMPLE_ONLY,
    Product,
    RuleMatch,
    Standards,
)
from ..domain.tags import Purpose
from .formatting import clock_time, money


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def chinese() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def purpose_name(purpose: Purpose | str) -> str:
    return {
        Purpose.DEPOSIT: tr("Purpose", "Deposit"),
        Purpose.WITHDRAWAL: tr("Purpose", "Withdrawal"),
        Purpose.TRANSFER: tr("Purpose", "Transfer"),
        Purpose.REMITTANCE: tr("Purpose", "Remittance"),
        Purpose.OTHER: tr("Purpose", "Other service"),
    }[Purpose(purpose)]


def product_name(product: Product) -> str:
    return product.name_zh if chinese() else product.name_en


def product_names(standards: Standards, codes: list[str]) -> str:
    by_code = {p.code: p for p in standards.products}
    return ("、" if chinese() else ", ").join(product_name(by_code[c]) if c in by_code else c for c in codes)


def rule_text(match: RuleMatch, standards: Standards) -> str:
    """One matched rule in plain words, with the numbers that made it match."""
    d = match.detail
    if match.code == LARGE_TRANSACTION:
        return (
            tr("Rule", "%1 of %2: at least %3")
            .replace("%1", purpose_name(d["purpose"]))
            .replace("%2", money(d["amount_fen"]))
            .replace("%3", money(d["threshold_fen"]))
        )
    if match.code == FEATURED_INTEREST:
        return tr("Rule", "Interested in featured products: %1").replace("%1", product_names(standards, d["products"]))
    if match.code == HIGH_FLOW:
        return tr("Rule", "Six-month flow at least %1").replace("%1", money(d["threshold_fen"]))
    label = d.get("label_zh") if chinese() else d.get("label_en")
    return tr("Rule", "Branch rule: %1").replace("%1", str(label or match.code.removeprefix("custom:")))


def not_eligible_text(reason: str | None) -> str:
    if reason == REASON_SIMPLE_ONLY:
        return tr("Verdict", "Simple products only (online banking, mobile banking, SMS alerts): serve in the lobby")
    return tr("Verdict", "No referral standard is met: serve in the lobby")


def presence_text(presence: Presence, since: datetime, away_reason: str, tz: ZoneInfo) -> str:
    if presence is Presence.AVAILABLE:
        return tr("Presence", "Available")
    if presence is Presence.WITH_CUSTOMER:
        return tr("Presence", "With a customer since %1").replace("%1", clock_time(since, tz))
    if presence is Presence.AWAY:
        reason = away_reason_text(away_reason)
        return tr("Presence", "Away") + (f" · {reason}" if reason else "")
    return tr("Presence", "Offline")


def away_reason_text(reason: str) -> str:
    return {
        "break": tr("Presence", "break"),
        "meeting": tr("Presence", "meeting"),
        "training": tr("Presence", "training"),
    }.get(reason, reason)


def state_text(state: dh.State) -> str:
    return {
        dh.State.QUEUED: tr("Handoff", "Waiting in the queue"),
        dh.State.OFFERED: tr("Handoff", "Offered, waiting for the wealth manager"),
        dh.State.ACCEPTED: tr("Handoff", "Accepted"),
        dh.State.MET: tr("Handoff", "Meeting the wealth manager"),
        dh.State.CONVERTED: tr("Handoff", "Converted"),
        dh.State.NOT_CONVERTED: tr("Handoff", "Not converted"),
        dh.State.FOLLOW_UP: tr("Handoff", "Follow-up booked"),
        dh.State.CANCELLED: tr("Handoff", "Cancelled"),
        dh.State.CALLBACK: tr("Handoff", "Callback booked"),
    }[state]


def error_text(e: DomainError) -> str:
    """A refusal from the services as one line for the field it names."""
    p = e.params
    known = {
        "not_a_number": tr("Error", "Numbers only, e.g. 50000 or 5万"),
        "negative": tr("Error", "Must not be negative"),
        "too_large": tr("Error", "Too large: at most %1").replace("%1", money(int(p.get("limit", 0)))),
        "too_precise": tr("Error", "At most two decimal places"),
        "too_long": tr("Error", "Too long: at most %1 characters").replace("%1", str(p.get("limit", ""))),
        "required": tr("Error", "Required"),
        "control_chars": tr("Error", "Contains characters that cannot be kept"),
        "bad_phone": tr("Error", "An 11-digit mobile number or a landline with area code"),
        "no_consent": tr("Error", "Tick the customer's consent before keeping a phone number"),
        "in_the_past": tr("Error", "Choose a time in the future"),
        "not_eligible": tr("Error", "The customer does not meet the standards: serve in the lobby"),
        "already_referred": tr("Error", "This customer is already referred"),
        "not_available": tr("Error", "This wealth manager is not available"),
        "illegal_transition": tr("Error", "Already moved on; the list shows its state now"),
    }
    return known.get(e.rule, tr("Error", "Refused: %1").replace("%1", e.message))
