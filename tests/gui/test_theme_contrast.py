"""The theme's colours (ui/Theme.qml) meet WCAG 2.x AA: 4.5:1 for every text colour on every background
the screens draw it on (issue 21, point 10), and no screen has a colour of its own outside the theme.

The pairs below were found by reading the QML; each says where it is used. Large text (at least 24 px,
or 18.66 px bold) may use 3:1, and a pair that relies on that says so. WCAG exempts the label of a
disabled control; ours is held to 4.5:1 anyway, so that a greyed button can still be read.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from lobby_app.paths import ui_dir

from .conftest import Window

THEME = ui_dir() / "Theme.qml"
TEXT = 4.5
LARGE = 3.0  # text of at least 24 px, or 18.66 px bold


def theme_colours(path: Path = THEME) -> dict[str, str]:
    """Every `property color name: "#rrggbb"` of the theme (the scrim, with its alpha, is not text)."""
    found = re.findall(r'property\s+color\s+(\w+)\s*:\s*"(#[0-9a-fA-F]{6})"', path.read_text(encoding="utf-8"))
    return dict(found)


def luminance(hex_colour: str) -> float:
    """Relative luminance (WCAG 2.x): each sRGB channel linearised, then weighted."""

    def linear(channel: str) -> float:
        c = int(channel, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    h = hex_colour.lstrip("#")
    r, g, b = (linear(h[i : i + 2]) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# (text, background, where the screens draw it, the least ratio it needs)
PAIRS: list[tuple[str, str, str, float]] = [
    # Body text and its muted companion on every surface
    ("text", "page", "every page's body text (desk, branch, standards, credit, setup)", TEXT),
    ("text", "card", "cards, panels, dialogs, table rows", TEXT),
    ("text", "statusBar", "the clock in the status bar", TEXT),
    ("text", "primaryLight", "the chosen wealth manager's row; the outcome dialog's credit; my role card", TEXT),
    ("text", "eligibleLight", "a wealth manager on duty (branch day)", TEXT),
    ("text", "lobbyLight", "the not-eligible verdict's reasons", TEXT),
    ("text", "urgentLight", "the branch banner, the desk's overdue banner, an overdue call, a fast-track card", TEXT),
    ("text", "offerLight", "a customer offered to me (desk card)", TEXT),
    ("text", "warningLight", "the lobby's 'all wealth managers are busy' strip", TEXT),
    ("muted", "page", "section labels, hints and dates on a page", TEXT),
    ("muted", "card", "hints in cards and dialogs; a disabled outline button's label", TEXT),
    ("muted", "statusBar", "the sync state in the status bar", TEXT),
    ("muted", "primaryLight", "the handoff panel's state words; the outcome dialog's hint; role card", TEXT),
    ("muted", "eligibleLight", "the eligible verdict's standards version", TEXT),
    ("muted", "lobbyLight", "the not-eligible verdict's standards version", TEXT),
    ("muted", "urgentLight", "an overdue call's kind (desk)", TEXT),
    ("muted", "offerLight", "'referred by' on a customer offered to me (desk)", TEXT),
    # White on the filled accents
    ("onAccent", "primary", "filled buttons, a checked chip, the picked day, the lock screen's text", TEXT),
    ("onAccent", "primaryDark", "the lock screen's Unlock button; its switch-user button when pressed", TEXT),
    ("onAccent", "urgent", "the FAST-TRACK badge, the desk's urgent banner, a red notice strip", TEXT),
    ("onAccent", "eligible", "a green notice strip (a customer bought) and its '+N more'", TEXT),
    ("onAccent", "offer", "the desk's offer banner, a blue notice strip", TEXT),
    ("onAccent", "lobby", "a filled 'serve in the lobby' button", TEXT),
    ("errorOnPrimary", "primary", "a wrong PIN on the lock screen", TEXT),
    # The lock screen's switch-user button (flat: its text straight on the teal) — issue 21 named it
    ("onAccent", "primary", "the lock screen's 'Someone else: sign out'", TEXT),
    # Accent text on its own light and on the plain surfaces
    ("primary", "primaryLight", "my credit strip; the enrolment code; the 'queued'/'with the WM' badges", TEXT),
    ("primary", "card", "the header's title; outline buttons; the sign-in title", TEXT),
    ("primary", "page", "the change-PIN title; the standards draft title", TEXT),
    ("eligible", "eligibleLight", "the 'sent' confirmation; the eligible verdict; 'converted' badge; in force", TEXT),
    ("eligible", "card", "the desk's matched rules; credit counted", TEXT),
    ("eligible", "page", "the credit page's totals", TEXT),
    ("eligible", "urgentLight", "the matched rules on a fast-track card offered to me", TEXT),
    ("eligible", "offerLight", "the matched rules on a card offered to me", TEXT),
    ("urgent", "urgentLight", "the branch banner's title; the desk's overdue banner", TEXT),
    ("urgent", "card", "an escalation, an overdue call, a refusal, an outline urgent button", TEXT),
    ("urgent", "page", "an unexplained missed customer; a start error", TEXT),
    ("urgent", "statusBar", "the sync state when the hub is in trouble", TEXT),
    ("offer", "offerLight", "the time left to answer an offer (desk card)", TEXT),
    ("offer", "card", "an outline offer button", TEXT),
    ("lobby", "lobbyLight", "the 'not converted' / 'cancelled' badge in My referrals (15 px bold)", TEXT),
    ("lobby", "card", "the outline 'customer left' and 'serve in the lobby' buttons", TEXT),
    ("callback", "callbackLight", "the purple 'callback' / 'follow-up' badge in My referrals", TEXT),
    ("pending", "card", "a held customer's sync state; an open credit line", TEXT),
    ("pending", "page", "my credit lines waiting for the head; the standards' pending notes", TEXT),
    ("pending", "urgentLight", "a standards version not in force yet (badge)", TEXT),
    ("pending", "warningLight", "the status strip 'hub away since …'", TEXT),
    ("pending", "primaryLight", "the outcome dialog's shares when the head will allocate", TEXT),
    ("error", "card", "a field's error under it; a bad note's counter", TEXT),
    ("error", "page", "the standards' refusal", TEXT),
    ("disabledText", "disabled", "a filled button that cannot be pressed now (e.g. 'Hand off' before a verdict)", TEXT),
    # The desk's controls under the mouse (DeskButton and its kin: ActionButton dense)
    ("primary", "hover", "an outlined or quiet desk button under the mouse; a tab under the mouse", TEXT),
    ("urgent", "hover", "a danger (outlined red) desk button under the mouse", TEXT),
    ("text", "hover", "a check box's or a combo box's words under the mouse", TEXT),
    ("muted", "hover", "a tab not chosen, under the mouse", TEXT),
    # Edges a person must see (WCAG 1.4.11, non-text contrast: 3:1)
    ("fieldBorder", "card", "a field's, a check box's and a combo box's edge", LARGE),
    ("focusRing", "card", "the keyboard's focus ring on a card or a dialog", LARGE),
    ("focusRing", "page", "the keyboard's focus ring on a page", LARGE),
    # Large text that may use 3:1 — none needs it today; the verdict's title is here for the record
    ("lobby", "lobbyLight", "the not-eligible verdict's title (24 px bold: large text)", LARGE),
]


def test_the_contrast_formula_gives_the_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-too-light grey
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_every_pair_names_colours_the_theme_has():
    colours = theme_colours()
    assert {"text", "page", "primary", "onAccent"} <= colours.keys()  # the parse found the theme
    missing = {name for fg, bg, _, _ in PAIRS for name in (fg, bg)} - colours.keys()
    assert missing == set()


@pytest.mark.parametrize(("fg", "bg", "where", "least"), PAIRS, ids=[f"{p[0]}-on-{p[1]}" for p in PAIRS])
def test_text_meets_wcag_aa(fg: str, bg: str, where: str, least: float):
    colours = theme_colours()
    ratio = contrast(colours[fg], colours[bg])
    assert ratio >= least, f"{fg} {colours[fg]} on {bg} {colours[bg]}: {ratio:.2f}:1 < {least}:1 ({where})"


_LITERAL = re.compile(
    r'"#[0-9a-fA-F]{3,8}"|Qt\.(rgba|rgb|hsla|hsva)\(|'
    r'"(white|black|red|green|blue|gray|grey|orange|purple|yellow|lightgray|lightgrey|darkgray|darkgrey)"'
)


def test_no_colour_outside_the_theme():
    """Every colour a screen draws comes from a named token ("transparent" is not a colour)."""
    found = [
        f"{qml.name}:{n}: {line.strip()}"
        for qml in sorted(ui_dir().glob("*.qml"))
        if qml.name != "Theme.qml"
        for n, line in enumerate(qml.read_text(encoding="utf-8").splitlines(), 1)
        if _LITERAL.search(line.split("//")[0])
    ]
    assert found == []


def test_the_lock_screens_switch_user_button_is_drawn_readable(window: Window):
    """A flat Basic button draws its text in the palette's windowText, not buttonText: the one the issue
    named came out dark grey on teal (3.2:1). Read what is drawn, not what the QML meant."""
    window.sign_in("1001")
    window.screens.session.idle_timer.timeout.emit()  # the idle time has passed: locked
    lock = window.item("lockScreen")
    assert lock.isVisible()
    label = window.item("switchUser").property("contentItem")
    drawn, behind = label.property("color"), lock.property("color")
    assert isinstance(drawn, QColor) and isinstance(behind, QColor)
    assert contrast(drawn.name(), behind.name()) >= TEXT
