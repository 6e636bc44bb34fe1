"""Referral standards (转介标准): versioned data, and the verdict for a tagged customer.

A customer is eligible when ANY rule holds; every rule that matched is reported. Interest in
simple products alone (网银, 手机银行, 短信通知) is never a ground for referral.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from .credit import check_percent
from .errors import ValidationError, one_of
from .money import check_amount_fen
from .tags import MONEY_PURPOSES, CustomerTag, Purpose
from .text import check_text

LARGE_TRANSACTION = "large_transaction"
FEATURED_INTEREST = "featured_interest"
HIGH_FLOW = "high_flow"

REASON_SIMPLE_ONLY = "simple_products_only"  # not eligible: serve in the lobby
REASON_NO_RULE = "no_rule_matched"


class ProductKind(StrEnum):
    FEATURED = "featured"  # 主推产品
    SIMPLE = "simple"  # never grounds for referral on its own
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Product:
    code: str
    name_zh: str
    name_en: str
    kind: ProductKind
    credit_percent: int = 100  # the part of a sale of it that counts as performance (the credit value)


class Field(StrEnum):
    """The tag fields a custom rule may test."""

    AMOUNT = "amount_fen"
    FLOW = "six_month_flow_fen"
    PURPOSE = "purpose"
    PRODUCT = "product"
    CLEAR_INTENT = "clear_intent"
    IN_A_HURRY = "in_a_hurry"


class Op(StrEnum):
    GE = ">="
    GT = ">"
    LE = "<="
    LT = "<"
    EQ = "=="
    NE = "!="
    HAS = "has"


_OPS_BY_FIELD: dict[Field, frozenset[Op]] = {
    Field.AMOUNT: frozenset({Op.GE, Op.GT, Op.LE, Op.LT, Op.EQ}),
    Field.FLOW: frozenset({Op.GE, Op.GT, Op.LE, Op.LT, Op.EQ}),
    Field.PURPOSE: frozenset({Op.EQ, Op.NE}),
    Field.PRODUCT: frozenset({Op.HAS}),
    Field.CLEAR_INTENT: frozenset({Op.EQ}),
    Field.IN_A_HURRY: frozenset({Op.EQ}),
}


@dataclass(frozen=True, slots=True)
class CustomRule:
    code: str
    label_zh: str
    label_en: str
    field: Field
    op: Op
    value: int | str | bool


@dataclass(frozen=True, slots=True)
class Standards:
    version: int
    large_transaction_fen: dict[Purpose, int]
    high_flow_fen: int
    products: tuple[Product, ...]
    custom_rules: tuple[CustomRule, ...] = ()

    @property
    def product_codes(self) -> frozenset[str]:
        return frozenset(p.code for p in self.products)

    def kind_of(self, code: str) -> ProductKind:
        for p in self.products:
            if p.code == code:
                return p.kind
        raise KeyError(code)

    def with_version(self, version: int) -> Standards:
        return replace(self, version=version)

    def credit_value(self, sales: tuple[tuple[str, int], ...] | list[tuple[str, int]]) -> int:
        """A sale's performance value in fen: each product's amount times its credit percent, rounded
        half-up to the fen per product (a product dropped since counts whole)."""
        percent = {p.code: p.credit_percent for p in self.products}
        return sum((fen * percent.get(code, 100) + 50) // 100 for code, fen in sales)


@dataclass(frozen=True, slots=True)
class RuleMatch:
    code: str  # large_transaction · featured_interest · high_flow · custom:<code>
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Verdict:
    eligible: bool
    matches: tuple[RuleMatch, ...]
    standards_version: int
    reason: str | None  # why not eligible; None when eligible

    def to_dict(self) -> dict[str, Any]:
        return {
            "eligible": self.eligible,
            "matches": [{"code": m.code, "detail": m.detail} for m in self.matches],
            "standards_version": self.standards_version,
            "reason": self.reason,
        }


# 网银, 手机银行, 短信通知: simple whatever a branch decides (DOMAIN.md: simple products alone are never
# grounds for referral). A branch may mark more products simple; no custom rule may test a simple one.
FIXED_SIMPLE = frozenset({"online_banking", "mobile_banking", "sms_alerts"})

DEFAULT_PRODUCTS = (
    Product("wealth_product", "理财产品", "Wealth management product", ProductKind.FEATURED),
    Product("fund", "基金", "Funds", ProductKind.FEATURED),
    Product("insurance", "保险", "Insurance", ProductKind.FEATURED),
    Product("large_cd", "大额存单", "Large-denomination CD", ProductKind.FEATURED),
    Product("precious_metals", "贵金属", "Precious metals", ProductKind.FEATURED),
    Product("online_banking", "网银", "Online banking", ProductKind.SIMPLE),
    Product("mobile_banking", "手机银行", "Mobile banking", ProductKind.SIMPLE),
    Product("sms_alerts", "短信通知", "SMS alerts", ProductKind.SIMPLE),
    Product("credit_card", "信用卡", "Credit card", ProductKind.OTHER),
    Product("personal_loan", "个人贷款", "Personal loan", ProductKind.OTHER),
)


def default_standards() -> Standards:
    """DOMAIN.md's defaults: 50,000 CNY per transaction, 100,000 CNY six-month flow."""
    return Standards(
        version=1,
        large_transaction_fen={p: 5_000_000 for p in MONEY_PURPOSES},
        high_flow_fen=10_000_000,
        products=DEFAULT_PRODUCTS,
    )


def evaluate(tag: CustomerTag, standards: Standards) -> Verdict:
    """Check a tag against the standards; report every rule that matched."""
    matches: list[RuleMatch] = []
    threshold = standards.large_transaction_fen.get(tag.purpose)
    if threshold is not None and tag.amount_fen >= threshold:
        matches.append(
            RuleMatch(
                LARGE_TRANSACTION,
                {"purpose": str(tag.purpose), "amount_fen": tag.amount_fen, "threshold_fen": threshold},
            )
        )
    featured = [c for c in tag.products if _kind(standards, c) is ProductKind.FEATURED]
    if featured:
        matches.append(RuleMatch(FEATURED_INTEREST, {"products": featured}))
    if tag.six_month_flow_fen is not None and tag.six_month_flow_fen >= standards.high_flow_fen:
        matches.append(
            RuleMatch(HIGH_FLOW, {"flow_fen": tag.six_month_flow_fen, "threshold_fen": standards.high_flow_fen})
        )
    for rule in standards.custom_rules:
        if _custom_holds(rule, tag):
            matches.append(RuleMatch(f"custom:{rule.code}", {"label_zh": rule.label_zh, "label_en": rule.label_en}))
    if matches:
        return Verdict(True, tuple(matches), standards.version, None)
    simple_only = bool(tag.products) and all(_kind(standards, c) is ProductKind.SIMPLE for c in tag.products)
    return Verdict(False, (), standards.version, REASON_SIMPLE_ONLY if simple_only else REASON_NO_RULE)


def _kind(standards: Standards, code: str) -> ProductKind | None:
    try:
        return standards.kind_of(code)
    except KeyError:  # a product dropped from a later version: it no longer counts
        return None


def _custom_holds(rule: CustomRule, tag: CustomerTag) -> bool:
    if rule.field is Field.PRODUCT:
        return rule.value in tag.products
    actual: Any = {
        Field.AMOUNT: tag.amount_fen,
        Field.FLOW: tag.six_month_flow_fen,
        Field.PURPOSE: str(tag.purpose),
        Field.CLEAR_INTENT: tag.clear_intent,
        Field.IN_A_HURRY: tag.in_a_hurry,
    }[rule.field]
    if actual is None:  # an unknown flow never satisfies a comparison
        return False
    match rule.op:
        case Op.GE:
            return bool(actual >= rule.value)
        case Op.GT:
            return bool(actual > rule.value)
        case Op.LE:
            return bool(actual <= rule.value)
        case Op.LT:
            return bool(actual < rule.value)
        case Op.EQ:
            return bool(actual == rule.value)
        case Op.NE:
            return bool(actual != rule.value)
    return False


# ---- (de)serialisation with validation: what the branch head edits and what is stored ----

CODE_MAX = 32
LABEL_MAX = 40


def standards_to_dict(s: Standards) -> dict[str, Any]:
    return {
        "large_transaction_fen": {str(p): v for p, v in s.large_transaction_fen.items()},
        "high_flow_fen": s.high_flow_fen,
        "products": [
            {
                "code": p.code,
                "name_zh": p.name_zh,
                "name_en": p.name_en,
                "kind": str(p.kind),
                "credit_percent": p.credit_percent,
            }
            for p in s.products
        ],
        "custom_rules": [
            {
                "code": r.code,
                "label_zh": r.label_zh,
                "label_en": r.label_en,
                "field": str(r.field),
                "op": str(r.op),
                "value": r.value,
            }
            for r in s.custom_rules
        ],
    }


def standards_from_dict(data: dict[str, Any], *, version: int) -> Standards:
    """Build standards from edited data, refusing anything inconsistent (field names the place)."""
    if not isinstance(data, dict):
        raise ValidationError("standards", "not_an_object", "must be an object")
    thresholds_in = data.get("large_transaction_fen", {})
    if not isinstance(thresholds_in, dict):
        raise ValidationError("large_transaction_fen", "not_an_object", "must map purposes to amounts")
    thresholds: dict[Purpose, int] = {}
    for key, value in thresholds_in.items():
        purpose = one_of(Purpose, key, field=f"large_transaction_fen.{key}", message="is not a purpose")
        if purpose not in MONEY_PURPOSES:
            raise ValidationError(f"large_transaction_fen.{key}", "no_threshold", "this purpose has no amount")
        thresholds[purpose] = check_amount_fen(value, field=f"large_transaction_fen.{key}", allow_zero=False)
    flow = check_amount_fen(data.get("high_flow_fen"), field="high_flow_fen", allow_zero=False)

    products_in = data.get("products")
    if not isinstance(products_in, list) or not products_in:
        raise ValidationError("products", "required", "must list at least one product")
    products: list[Product] = []
    seen: set[str] = set()
    for i, p in enumerate(products_in):
        where = f"products[{i}]"
        if not isinstance(p, dict):
            raise ValidationError(where, "not_an_object", "must be an object")
        code = _check_code(p.get("code"), field=f"{where}.code")
        if code in seen:
            raise ValidationError(f"{where}.code", "duplicate", f"product {code!r} is listed twice")
        seen.add(code)
        kind = one_of(ProductKind, p.get("kind"), field=f"{where}.kind")
        if code in FIXED_SIMPLE and kind is not ProductKind.SIMPLE:
            raise ValidationError(f"{where}.kind", "fixed_simple", f"{code} is a simple product, never a ground")
        products.append(
            Product(
                code,
                check_text(p.get("name_zh"), field=f"{where}.name_zh", max_len=LABEL_MAX, required=True),
                check_text(p.get("name_en"), field=f"{where}.name_en", max_len=LABEL_MAX, required=True),
                kind,
                check_percent(p.get("credit_percent", 100), field=f"{where}.credit_percent"),
            )
        )

    rules_in = data.get("custom_rules", [])
    if not isinstance(rules_in, list):
        raise ValidationError("custom_rules", "not_a_list", "must be a list")
    rules: list[CustomRule] = []
    rule_codes: set[str] = set()
    for i, r in enumerate(rules_in):
        where = f"custom_rules[{i}]"
        if not isinstance(r, dict):
            raise ValidationError(where, "not_an_object", "must be an object")
        code = _check_code(r.get("code"), field=f"{where}.code")
        if code in rule_codes:
            raise ValidationError(f"{where}.code", "duplicate", f"rule {code!r} is listed twice")
        rule_codes.add(code)
        rules.append(_check_rule(r, code, where, {p.code: p.kind for p in products}))
    return Standards(version, thresholds, flow, tuple(products), tuple(rules))


def _check_code(value: object, *, field: str) -> str:
    code = check_text(value, field=field, max_len=CODE_MAX, required=True)
    if not all(c.isascii() and (c.isalnum() or c == "_") for c in code):
        raise ValidationError(field, "bad_code", "may hold only letters, digits and _")
    return code


def _check_rule(r: dict[str, Any], code: str, where: str, kinds: dict[str, ProductKind]) -> CustomRule:
    field_ = one_of(Field, r.get("field"), field=f"{where}.field")
    op = one_of(Op, r.get("op"), field=f"{where}.op")
    if op not in _OPS_BY_FIELD[field_]:
        raise ValidationError(f"{where}.op", "not_for_field", f"{op} cannot compare {field_}")
    value = r.get("value")
    vfield = f"{where}.value"
    if field_ in (Field.AMOUNT, Field.FLOW):
        value = check_amount_fen(value, field=vfield)
    elif field_ is Field.PURPOSE:
        value = str(one_of(Purpose, value, field=vfield, message="is not a purpose"))
    elif field_ is Field.PRODUCT:
        if value not in kinds:
            raise ValidationError(vfield, "unknown_product", f"unknown product {value!r}")
        if kinds[str(value)] is ProductKind.SIMPLE:
            raise ValidationError(vfield, "simple_product", f"{value} is a simple product: no rule may test it")
    elif not isinstance(value, bool):
        raise ValidationError(vfield, "not_a_bool", "must be true or false")
    return CustomRule(
        code,
        check_text(r.get("label_zh"), field=f"{where}.label_zh", max_len=LABEL_MAX, required=True),
        check_text(r.get("label_en"), field=f"{where}.label_en", max_len=LABEL_MAX, required=True),
        field_,
        op,
        value,
    )
