"""The words of the referral-standards screen: amounts as the head types them, product kinds, rule
fields and comparisons, and what changed from one standards version to the next."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..domain.standards import CustomRule, Field, Op, Product, ProductKind, Standards
from ..domain.tags import MONEY_PURPOSES, Purpose
from .formatting import WAN_FEN, chinese
from .wording import product_name, purpose_name

translate = QCoreApplication.translate  # the name lupdate looks for


def amount_text(fen: int) -> str:
    """An amount as the head would type it: 5万 when it is whole hundreds of yuan from 1万, else plain yuan.
    Always reads back through parse_amount_fen to the same fen."""
    if fen >= WAN_FEN and fen % 10_000 == 0:
        wan = f"{Decimal(fen) / WAN_FEN:.2f}".rstrip("0").rstrip(".")
        return f"{wan}万"
    yuan, cents = divmod(fen, 100)
    return f"{yuan}" + (f".{cents:02d}" if cents else "")


def amount_or_none(fen: int | None) -> str:
    return "—" if fen is None else amount_text(fen)


def kind_name(kind: ProductKind) -> str:
    return {
        ProductKind.FEATURED: translate("Standards", "Featured"),
        ProductKind.SIMPLE: translate("Standards", "Simple"),
        ProductKind.OTHER: translate("Standards", "Other"),
    }[kind]


def kind_word(kind: ProductKind) -> str:
    """The kind inside a sentence of the history: "Funds: featured → other"."""
    return {
        ProductKind.FEATURED: translate("Standards", "featured"),
        ProductKind.SIMPLE: translate("Standards", "simple"),
        ProductKind.OTHER: translate("Standards", "other"),
    }[kind]


def field_name(field: Field) -> str:
    return {
        Field.AMOUNT: translate("Standards", "Amount this visit"),
        Field.FLOW: translate("Standards", "Six-month flow"),
        Field.PURPOSE: translate("Standards", "Purpose of the visit"),
        Field.PRODUCT: translate("Standards", "Products of interest"),
        Field.CLEAR_INTENT: translate("Standards", "Clear purchase intent"),
        Field.IN_A_HURRY: translate("Standards", "In a hurry"),
    }[field]


def op_name(field: Field, op: Op) -> str:
    if field in (Field.AMOUNT, Field.FLOW):
        return {
            Op.GE: translate("Standards", "at least"),
            Op.GT: translate("Standards", "more than"),
            Op.LE: translate("Standards", "at most"),
            Op.LT: translate("Standards", "less than"),
            Op.EQ: translate("Standards", "exactly"),
        }.get(op, str(op))
    if op is Op.HAS:
        return translate("Standards", "include")
    if op is Op.NE:
        return translate("Standards", "is not")
    return translate("Standards", "is")


def yes_no(value: bool) -> str:
    return translate("Standards", "Yes") if value else translate("Standards", "No")


def rule_condition(rule: CustomRule, products: tuple[Product, ...]) -> str:
    """A custom rule's test in words: "Amount this visit at least 20万"."""
    value = rule.value
    if rule.field in (Field.AMOUNT, Field.FLOW) and isinstance(value, int) and not isinstance(value, bool):
        shown = amount_text(value)
    elif rule.field is Field.PURPOSE:
        shown = purpose_name(str(value))
    elif rule.field is Field.PRODUCT:
        shown = next((product_name(p) for p in products if p.code == value), str(value))
    else:
        shown = yes_no(bool(value))
    return f"{field_name(rule.field)} {op_name(rule.field, rule.op)} {shown}"


def rule_description(rule: CustomRule, products: tuple[Product, ...]) -> str:
    label = rule.label_zh if chinese() else rule.label_en
    return translate("Standards", "%1 (%2)").replace("%1", label).replace("%2", rule_condition(rule, products))


def change_summary(old: Standards | None, new: Standards) -> str:
    """What a version changed against the one before it, in one line: the history's "what"."""
    if old is None:
        return translate("Standards", "The branch's first standards")
    parts: list[str] = []
    purposes = [
        p for p in (*MONEY_PURPOSES, *Purpose) if p in old.large_transaction_fen or p in new.large_transaction_fen
    ]
    for p in dict.fromkeys(purposes):
        before, after = old.large_transaction_fen.get(p), new.large_transaction_fen.get(p)
        if before != after:
            parts.append(
                translate("Standards", "%1 threshold %2 → %3")
                .replace("%1", purpose_name(p))
                .replace("%2", amount_or_none(before))
                .replace("%3", amount_or_none(after))
            )
    if old.high_flow_fen != new.high_flow_fen:
        parts.append(
            translate("Standards", "Six-month flow %1 → %2")
            .replace("%1", amount_text(old.high_flow_fen))
            .replace("%2", amount_text(new.high_flow_fen))
        )
    before_products = {p.code: p for p in old.products}
    for p in new.products:
        was = before_products.get(p.code)
        if was is None:
            parts.append(
                translate("Standards", "Product added: %1 (%2)")
                .replace("%1", product_name(p))
                .replace("%2", kind_word(p.kind))
            )
            continue
        if was.kind is not p.kind:
            parts.append(
                translate("Standards", "%1: %2 → %3")
                .replace("%1", product_name(p))
                .replace("%2", kind_word(was.kind))
                .replace("%3", kind_word(p.kind))
            )
        if was.credit_percent != p.credit_percent:
            parts.append(
                translate("Standards", "%1 credit weight %2% → %3%")
                .replace("%1", product_name(p))
                .replace("%2", str(was.credit_percent))
                .replace("%3", str(p.credit_percent))
            )
    after_codes = {p.code for p in new.products}
    for p in old.products:
        if p.code not in after_codes:
            parts.append(translate("Standards", "Product removed: %1").replace("%1", product_name(p)))
    before_rules = {r.code: r for r in old.custom_rules}
    after_rules = {r.code: r for r in new.custom_rules}
    for r in new.custom_rules:
        if r.code not in before_rules:
            parts.append(translate("Standards", "Rule added: %1").replace("%1", rule_description(r, new.products)))
        elif before_rules[r.code] != r:
            parts.append(translate("Standards", "Rule changed: %1").replace("%1", rule_description(r, new.products)))
    for r in old.custom_rules:
        if r.code not in after_rules:
            parts.append(translate("Standards", "Rule removed: %1").replace("%1", rule_description(r, old.products)))
    if not parts:
        return translate("Standards", "No change to the standards")
    return ("；" if chinese() else "; ").join(parts)
