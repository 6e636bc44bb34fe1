"""The branch head's referral standards on screen: the draft, its preview, saving a version from a chosen
time, the refusals under their fields, and the history of who changed what (DOMAIN.md, referral standards)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import col, select

from lobby_app.domain.money import yuan
from lobby_app.gui.app import build_screens
from lobby_app.protocol.commands import TagCustomer
from lobby_app.services.context import Changed, changes
from lobby_app.services.rules import current_standards
from lobby_app.services.tagging import tag_customer
from lobby_app.store.tables import StandardsVersion
from tests.conftest import row_counts

from .conftest import Window

TOMORROW_0800 = datetime(2026, 3, 11, 0, 0, tzinfo=UTC)  # 08:00 in Shanghai, the day after T0


@pytest.fixture
def screens(qapp, ctx, team):
    s = build_screens(qapp, ctx, language="en")  # English: the source text, whatever the catalogue holds
    s.session.signIn("8001", "580274")
    yield s
    s.close()


def rows(model) -> list[dict]:
    return model.rows


def versions_in_store(ctx) -> dict[int, datetime]:
    """The StandardsVersion rows: version → effective from."""
    with ctx.db.read() as s:
        found = s.exec(select(StandardsVersion).order_by(col(StandardsVersion.version))).all()
        return {v.version: v.effective_from for v in found}


def test_the_draft_starts_from_the_defaults_in_force(screens):
    vm = screens.standards
    assert [(r["purpose"], r["text"], r["display"]) for r in rows(vm.property("thresholds"))] == [
        ("deposit", "5万", "¥50,000"),
        ("withdrawal", "5万", "¥50,000"),
        ("transfer", "5万", "¥50,000"),
        ("remittance", "5万", "¥50,000"),
    ]
    assert (vm.property("highFlowText"), vm.property("highFlowDisplay")) == ("10万", "¥100,000")
    kinds = {r["code"]: r["kind"] for r in rows(vm.property("products"))}
    assert kinds["fund"] == "featured" and kinds["mobile_banking"] == "simple" and kinds["credit_card"] == "other"
    assert vm.property("inForceText") == "Version 1, in force since 2025-03-10 10:00"
    [v1] = rows(vm.property("versions"))
    assert (v1["version"], v1["statusText"], v1["summary"]) == (1, "In force", "The branch's first standards")
    assert v1["byText"].startswith("The defaults of a new branch")
    assert not vm.property("dirty") and vm.property("draftSummary") == "No changes yet"


def test_a_lower_deposit_threshold_previews_this_weeks_4wan_customer_as_newly_eligible(screens, ctx, team, clock):
    tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(40_000)))  # 8 days ago: not this week
    clock.advance(days=8)
    _, then = tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(40_000)))
    tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(60_000)))  # eligible either way
    assert not then.eligible  # under 5万 when tagged
    vm = screens.standards
    before = row_counts(ctx)
    vm.setThreshold("deposit", "3万")
    assert vm.property("draftSummary") == "Changes: Deposit threshold 5万 → 3万"
    vm.preview()
    assert vm.property("previewText") == (
        "With this change, 1 more of the last 7 days' 2 customers would have been eligible"
    )
    assert vm.property("previewDetail") == "Eligible: 1 under the standards of the day, 2 with this change"
    assert row_counts(ctx) == before  # a preview writes nothing
    vm.setThreshold("deposit", "30000")  # the same amount typed another way: the preview is stale now
    assert vm.property("previewText") == ""


def test_a_higher_threshold_previews_who_would_no_longer_be_eligible(screens, ctx, team):
    tag_customer(ctx, team.lobby, TagCustomer(purpose="transfer", amount_fen=yuan(60_000)))
    vm = screens.standards
    vm.setThreshold("transfer", "10万")
    vm.preview()
    assert vm.property("previewText").startswith("With this change, 0 more of the last 7 days' 1 customers")
    assert vm.property("previewDetail").endswith("; 1 who were eligible would no longer be")


def _unknown_product_rule(vm) -> None:
    vm.addRule()
    key = rows(vm.property("rules"))[0]["key"]
    vm.setRuleLabelZh(key, "黄金意向")
    vm.setRuleField(key, "product")
    vm.setRuleValue(key, "gold_bars")  # not a product of this branch


@pytest.mark.parametrize(
    ("edit", "field", "error"),
    [
        (lambda vm: vm.setThreshold("deposit", "-30000"), "large_transaction_fen.deposit", "Must not be negative"),
        (
            lambda vm: vm.setThreshold("deposit", "abc"),
            "large_transaction_fen.deposit",
            "Numbers only, e.g. 50000 or 5万",
        ),
        (
            lambda vm: vm.setThreshold("remittance", "0"),
            "large_transaction_fen.remittance",
            "Enter an amount above zero",
        ),
        (lambda vm: vm.setHighFlow("-10万"), "high_flow_fen", "Must not be negative"),
        (
            lambda vm: vm.setEffectiveFrom("2026-03-10 09:59"),  # a minute before now, branch time
            "effective_from",
            "Must not be in the past: choose now or a later time",
        ),
        (lambda vm: vm.setEffectiveFrom("next week"), "effective_from", "A time like 2026-03-11 08:00"),
        (_unknown_product_rule, "custom_rules[0].value", "Not a product of this branch"),
    ],
    ids=["negative", "not-a-number", "zero", "negative-flow", "past-time", "unreadable-time", "unknown-product"],
)
def test_a_refused_draft_says_why_under_its_field_and_saves_nothing(screens, ctx, edit, field, error):
    vm = screens.standards
    vm.setThreshold("deposit", "3万")  # a good change alongside: it is not saved either
    edit(vm)
    before, in_force = row_counts(ctx), current_standards(ctx)
    assert vm.save() is False
    assert vm.property("errors")[field] == error
    assert vm.property("statusText").startswith("Not saved.")
    assert row_counts(ctx) == before and list(versions_in_store(ctx)) == [1]
    assert current_standards(ctx) == in_force and in_force.large_transaction_fen["deposit"] == yuan(50_000)
    assert vm.property("versions").count == 1


def test_each_refusal_shows_in_its_own_row(screens):
    vm = screens.standards
    vm.setThreshold("withdrawal", "-1")  # checked as typed, before any save
    by_purpose = {r["purpose"]: r["error"] for r in rows(vm.property("thresholds"))}
    assert by_purpose == {"deposit": "", "withdrawal": "Must not be negative", "transfer": "", "remittance": ""}
    _unknown_product_rule(vm)
    assert vm.save() is False
    assert rows(vm.property("rules"))[0]["error"] == "Value: Not a product of this branch"
    vm.setThreshold("withdrawal", "5万")
    assert rows(vm.property("thresholds"))[1]["error"] == ""


def test_saving_from_tomorrow_0800_judges_later_customers_by_it_and_earlier_ones_not(screens, ctx, team, clock):
    vm = screens.standards
    vm.setThreshold("deposit", "3万")
    vm.effectiveTomorrow()
    assert vm.property("effectiveText") == "2026-03-11 08:00"
    vm.setNote("Trial for March")
    assert vm.save() is True
    assert vm.property("statusText") == "Saved as version 2, in force from 2026-03-11 08:00"
    assert list(versions_in_store(ctx)) == [1, 2] and versions_in_store(ctx)[2] == TOMORROW_0800
    v2, v1 = rows(vm.property("versions"))  # newest first
    assert (v2["version"], v2["statusText"], v2["scheduled"], v1["statusText"]) == (2, "Scheduled", True, "In force")
    assert vm.property("inForceVersion") == 1
    assert vm.property("scheduledText") == "Version 2 takes effect 2026-03-11 08:00"
    assert not vm.property("dirty")  # the draft starts again from the version in force
    assert rows(vm.property("thresholds"))[0]["text"] == "5万"
    # A version saved now would give way to version 2 at 08:00 tomorrow: the head is told before saving.
    assert vm.property("scheduleWarning") == ""  # nothing to save yet
    vm.setHighFlow("20万")
    assert (
        vm.property("scheduleWarning")
        == "Version 2 is scheduled for 2026-03-11 08:00 and will replace this version then"
    )
    vm.setEffectiveFrom("2026-03-11 09:00")
    assert vm.property("scheduleWarning") == ""
    vm.discard()

    _, now = tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(40_000)))
    clock.now = TOMORROW_0800 - timedelta(minutes=1)
    _, just_before = tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(40_000)))  # 07:59
    clock.now = TOMORROW_0800
    _, after = tag_customer(ctx, team.lobby, TagCustomer(purpose="deposit", amount_fen=yuan(40_000)))
    assert (now.eligible, now.standards_version) == (False, 1)
    assert (just_before.eligible, just_before.standards_version) == (False, 1)
    assert (after.eligible, after.standards_version) == (True, 2)

    screens.bus.publish(changes(Changed.CLOCK))  # the tablet's clock tick: version 2 is in force now
    v2, v1 = rows(vm.property("versions"))
    assert (v2["statusText"], v2["inForce"], v1["statusText"]) == ("In force", True, "")
    assert vm.property("inForceText") == "Version 2, in force since 2026-03-11 08:00"
    assert vm.property("scheduledText") == ""


def test_a_typed_branch_time_is_kept_as_that_moment(screens, ctx):
    vm = screens.standards
    vm.setHighFlow("20万")
    vm.setEffectiveFrom("2026-03-12 09:30")
    assert vm.save() is True
    assert versions_in_store(ctx)[2] == datetime(2026, 3, 12, 1, 30, tzinfo=UTC)


def test_the_history_shows_who_changed_what_when_and_why(screens, ctx, clock):
    vm = screens.standards
    vm.setThreshold("deposit", "3万")
    vm.setProductKind("fund", "other")
    vm.addRule()
    key = rows(vm.property("rules"))[0]["key"]
    vm.setRuleLabelEn(key, "Large wealth")
    vm.setRuleValue(key, "20万")
    vm.setNote("Funds off the featured list for March")
    assert vm.save() is True  # from now
    assert vm.property("statusText") == "Saved as version 2, in force from 2026-03-10 10:00"
    v2 = rows(vm.property("versions"))[0]
    assert v2["byText"] == "Saved by 员工8001, 2026-03-10 10:00"
    assert v2["note"] == "Funds off the featured list for March"
    assert v2["summary"] == (
        "Deposit threshold 5万 → 3万; Funds: featured → other; "
        "Rule added: Large wealth (Amount this visit at least 20万)"
    )
    assert v2["statusText"] == "In force" and vm.property("inForceVersion") == 2
    rule = current_standards(ctx).custom_rules[0]
    assert (rule.label_zh, rule.label_en, rule.value) == ("Large wealth", "Large wealth", yuan(200_000))

    clock.advance(hours=1)
    vm.startFrom(2)
    vm.removeRule(rows(vm.property("rules"))[0]["key"])
    vm.setHighFlow("8万")
    assert vm.save() is True
    assert rows(vm.property("versions"))[0]["summary"] == (
        "Six-month flow 10万 → 8万; Rule removed: Large wealth (Amount this visit at least 20万)"
    )


def test_someone_other_than_the_branch_head_cannot_save(screens, ctx):
    screens.session.signOut()
    screens.session.signIn("1001", "580274")  # the lobby manager
    vm = screens.standards
    assert not vm.property("active")
    vm.setThreshold("deposit", "3万")
    before = row_counts(ctx)
    assert vm.save() is False
    assert vm.property("statusText") == "Not saved. Only the branch head may change the referral standards"
    assert row_counts(ctx) == before


def test_the_lists_pass_the_model_tester(screens, qtmodeltester):
    vm = screens.standards
    vm.addRule()
    vm.setThreshold("deposit", "3万")
    assert vm.save() is False  # the new rule has no label yet
    for name in ("versions", "thresholds", "products", "rules"):
        qtmodeltester.check(vm.property(name))


def test_in_chinese_amounts_read_in_wan(qapp, ctx, team):
    s = build_screens(qapp, ctx, language="zh_CN")
    try:
        s.session.signIn("8001", "580274")
        vm = s.standards
        vm.setThreshold("deposit", "45000")
        deposit = rows(vm.property("thresholds"))[0]
        assert (deposit["text"], deposit["display"]) == ("45000", "¥45,000（4.5万）")
        vm.setThreshold("deposit", "-1")
        assert vm.property("errors")["large_transaction_fen.deposit"] == "不能是负数"
    finally:
        s.close()


def test_the_head_saves_a_threshold_on_the_real_window_and_sees_a_refusal(window: Window, ctx):
    window.sign_in("8001")
    window.click("tabBranch")
    window.click("sectionStandards")
    assert window.item("standardsPage").isVisible()
    assert window.item("standardsVersions").property("count") == 1
    window.item("threshold_deposit").setProperty("text", "")
    window.type_into("threshold_deposit", "30000")
    assert window.text("draftSummary").endswith("5万 → 3万")
    window.click("saveStandards")
    assert window.item("standardsVersions").property("count") == 2
    assert current_standards(ctx).large_transaction_fen["deposit"] == yuan(30_000)

    window.item("highFlow").setProperty("text", "")
    window.type_into("highFlow", "abc")
    before = row_counts(ctx)
    window.click("saveStandards")
    assert window.text("error_high_flow_fen") == "只能填数字，如50000或5万"
    assert window.item("standardsVersions").property("count") == 2 and row_counts(ctx) == before


@pytest.mark.parametrize("window", ["en"], indirect=True)
def test_a_rules_comparison_and_value_follow_its_field_on_the_window(window: Window):
    window.sign_in("8001")
    window.click("tabBranch")
    window.click("sectionStandards")
    window.click("addRule")
    vm = window.screens.standards
    key = rows(vm.property("rules"))[0]["key"]

    def shown() -> tuple[str, str, str]:
        value = "ruleValue_0" if window.item("ruleValue_0").isVisible() else "ruleChoice_0"
        prop = "text" if value == "ruleValue_0" else "displayText"
        return tuple(
            str(window.item(n).property(p))
            for n, p in (("ruleField_0", "displayText"), ("ruleOp_0", "displayText"), (value, prop))
        )

    assert shown() == ("Amount this visit", "at least", "")
    vm.setRuleOp(key, "<")
    assert shown()[1] == "less than"
    vm.setRuleField(key, "product")  # a product rule: "include", and the first featured product
    assert shown() == ("Products of interest", "include", "Wealth management product")
    vm.setRuleField(key, "purpose")
    vm.setRuleOp(key, "!=")
    vm.setRuleValue(key, "transfer")
    assert shown() == ("Purpose of the visit", "is not", "Transfer")
    window.click("removeRule_0")
    assert vm.property("rules").count == 0


def test_the_editor_keeps_simple_products_out_of_rules_and_refuses_a_tested_product_made_simple(screens, ctx):
    vm = screens.standards
    products = {r["code"]: r for r in rows(vm.property("products"))}
    assert products["mobile_banking"]["fixed"] and not products["fund"]["fixed"]  # its kind cannot be changed
    offered = {c["code"] for c in vm.property("valueChoices")["product"]}
    assert "mobile_banking" not in offered and "fund" in offered  # a rule is never offered a simple product
    vm.addRule()
    key = rows(vm.property("rules"))[0]["key"]
    vm.setRuleLabelZh(key, "基金意向")
    vm.setRuleField(key, "product")
    vm.setRuleValue(key, "fund")
    assert vm.property("errors") == {}
    vm.setProductKind("fund", "simple")  # the branch makes funds simple: the rule may no longer test them
    assert vm.property("errors")["custom_rules[0].value"] == (
        "A simple product is never grounds for referral: no rule may test it"
    )
    before = row_counts(ctx)
    assert vm.save() is False and row_counts(ctx) == before
