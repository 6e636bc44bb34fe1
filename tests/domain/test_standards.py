"""DOMAIN.md's referral standards at the seed's boundaries."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lobby_app.domain.errors import ValidationError
from lobby_app.domain.money import yuan
from lobby_app.domain.roles import Role
from lobby_app.domain.standards import (
    FEATURED_INTEREST,
    HIGH_FLOW,
    LARGE_TRANSACTION,
    REASON_NO_RULE,
    REASON_SIMPLE_ONLY,
    default_standards,
    evaluate,
    standards_from_dict,
    standards_to_dict,
)
from lobby_app.domain.tags import MONEY_PURPOSES, Purpose, make_tag

STD = default_standards()
NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)


def tag(**kw):
    fields = {"purpose": "deposit", "amount_fen": 0} | kw
    return make_tag(
        **fields, tagged_by=1, tagged_by_role=Role.LOBBY_MANAGER, tagged_at=NOW, known_products=STD.product_codes
    )


def codes(verdict):
    return [m.code for m in verdict.matches]


@pytest.mark.parametrize("purpose", MONEY_PURPOSES)
def test_large_transaction_includes_fifty_thousand_itself(purpose):
    v = evaluate(tag(purpose=purpose, amount_fen=yuan("50000.00")), STD)
    assert v.eligible and codes(v) == [LARGE_TRANSACTION]
    assert v.matches[0].detail["threshold_fen"] == 5_000_000


@pytest.mark.parametrize("purpose", MONEY_PURPOSES)
def test_one_fen_below_fifty_thousand_is_not_large(purpose):
    v = evaluate(tag(purpose=purpose, amount_fen=yuan("49999.99")), STD)
    assert not v.eligible and v.matches == () and v.reason == REASON_NO_RULE


def test_other_service_has_no_amount_rule():
    assert not evaluate(tag(purpose=Purpose.OTHER, amount_fen=yuan(1_000_000)), STD).eligible


def test_simple_products_alone_mean_serve_in_the_lobby():
    v = evaluate(tag(products=["online_banking", "mobile_banking", "sms_alerts"]), STD)
    assert not v.eligible and v.reason == REASON_SIMPLE_ONLY


def test_a_featured_product_makes_the_customer_eligible():
    v = evaluate(tag(products=["mobile_banking", "fund"]), STD)
    assert v.eligible and codes(v) == [FEATURED_INTEREST]
    assert v.matches[0].detail["products"] == ["fund"]


def test_a_non_featured_non_simple_product_is_not_a_ground():
    v = evaluate(tag(products=["credit_card"]), STD)
    assert not v.eligible and v.reason == REASON_NO_RULE


@pytest.mark.parametrize(("flow", "eligible"), [("99999.99", False), ("100000.00", True), ("100000.01", True)])
def test_six_month_flow_boundary(flow, eligible):
    v = evaluate(tag(six_month_flow_fen=yuan(flow)), STD)
    assert v.eligible is eligible
    assert codes(v) == ([HIGH_FLOW] if eligible else [])


def test_every_matching_rule_is_reported_with_the_version():
    v = evaluate(tag(amount_fen=yuan(80_000), products=["insurance"], six_month_flow_fen=yuan(200_000)), STD)
    assert codes(v) == [LARGE_TRANSACTION, FEATURED_INTEREST, HIGH_FLOW]
    assert v.standards_version == STD.version == 1 and v.reason is None


def test_unknown_flow_is_not_a_ground():
    assert not evaluate(tag(six_month_flow_fen=None), STD).eligible


def _with_rule(rule):
    data = standards_to_dict(STD)
    data["custom_rules"] = [rule]
    return standards_from_dict(data, version=2)


def test_custom_rule_matches_like_the_built_in_ones():
    std = _with_rule(
        {
            "code": "big_withdrawal",
            "label_zh": "大额取款",
            "label_en": "Large withdrawal",
            "field": "amount_fen",
            "op": ">=",
            "value": yuan(30_000),
        }
    )
    v = evaluate(tag(purpose="withdrawal", amount_fen=yuan(30_000)), std)
    assert v.eligible and codes(v) == ["custom:big_withdrawal"] and v.standards_version == 2
    assert not evaluate(tag(purpose="withdrawal", amount_fen=yuan("29999.99")), std).eligible


def test_custom_rule_on_a_flag_and_a_product():
    std = _with_rule(
        {
            "code": "intent",
            "label_zh": "意向明确",
            "label_en": "Clear intent",
            "field": "clear_intent",
            "op": "==",
            "value": True,
        }
    )
    assert evaluate(tag(clear_intent=True), std).eligible
    assert not evaluate(tag(clear_intent=False), std).eligible
    std = _with_rule(
        {
            "code": "loan",
            "label_zh": "贷款",
            "label_en": "Loan",
            "field": "product",
            "op": "has",
            "value": "personal_loan",
        }
    )
    assert codes(evaluate(tag(products=["personal_loan"]), std)) == ["custom:loan"]


@pytest.mark.parametrize(
    ("rule", "field", "code"),
    [
        ({"field": "amount_fen", "op": "has", "value": 1}, "custom_rules[0].op", "not_for_field"),
        ({"field": "amount_fen", "op": ">=", "value": -1}, "custom_rules[0].value", "negative"),
        ({"field": "amount_fen", "op": ">=", "value": "lots"}, "custom_rules[0].value", "not_a_number"),
        ({"field": "product", "op": "has", "value": "yacht"}, "custom_rules[0].value", "unknown_product"),
        ({"field": "shoe_size", "op": ">=", "value": 1}, "custom_rules[0].field", "unknown"),
        ({"field": "clear_intent", "op": "==", "value": "yes"}, "custom_rules[0].value", "not_a_bool"),
    ],
)
def test_bad_custom_rules_are_refused_naming_the_field(rule, field, code):
    with pytest.raises(ValidationError) as e:
        _with_rule({"code": "r", "label_zh": "规则", "label_en": "Rule"} | rule)
    assert (e.value.field, e.value.rule) == (field, code)


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"high_flow_fen": -100}, "high_flow_fen", "negative"),
        ({"high_flow_fen": "abc"}, "high_flow_fen", "not_a_number"),
        ({"high_flow_fen": 10**12 + 1}, "high_flow_fen", "too_large"),
        ({"large_transaction_fen": {"deposit": 0}}, "large_transaction_fen.deposit", "not_positive"),
        ({"large_transaction_fen": {"other": 100}}, "large_transaction_fen.other", "no_threshold"),
    ],
)
def test_bad_thresholds_are_refused(change, field, code):
    with pytest.raises(ValidationError) as e:
        standards_from_dict(standards_to_dict(STD) | change, version=2)
    assert (e.value.field, e.value.rule) == (field, code)


def test_standards_round_trip_through_their_stored_form():
    assert standards_from_dict(standards_to_dict(STD), version=1) == STD


def test_online_banking_mobile_banking_and_sms_alerts_stay_simple_whatever_a_branch_edits():
    data = standards_to_dict(STD)
    for i, product in enumerate(data["products"]):
        if product["code"] in ("online_banking", "mobile_banking", "sms_alerts"):
            edited = {
                **data,
                "products": [*data["products"][:i], {**product, "kind": "featured"}, *data["products"][i + 1 :]],
            }
            with pytest.raises(ValidationError) as refused:
                standards_from_dict(edited, version=2)
            assert (refused.value.field, refused.value.rule) == (f"products[{i}].kind", "fixed_simple")


def test_no_custom_rule_may_test_a_simple_product_and_a_branch_may_mark_more_simple():
    data = standards_to_dict(STD)
    rule = {"code": "app", "label_zh": "手机银行意向", "label_en": "App", "field": "product", "op": "has"}
    for simple in ("mobile_banking", "fund"):
        products = [{**p, "kind": "simple"} if p["code"] == "fund" else p for p in data["products"]]
        with pytest.raises(ValidationError) as refused:
            standards_from_dict({**data, "products": products, "custom_rules": [rule | {"value": simple}]}, version=2)
        assert (refused.value.field, refused.value.rule) == ("custom_rules[0].value", "simple_product")
    allowed = standards_from_dict({**data, "custom_rules": [rule | {"value": "fund"}]}, version=2)
    assert allowed.custom_rules[0].value == "fund"  # a featured product may be tested
