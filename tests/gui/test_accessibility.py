"""Issue 21, point 15: every control a person can use has a name a screen reader can speak.

The rule, on the real QML with accessibility switched on (as it is when a screen reader connects;
offscreen, `QAccessible.setActive(True)` does it, and without it Qt Quick Controls leave every
name empty): for every screenshot state, walk the visual item tree and take
every item that is visible and enabled and that a person can operate:

- a button of any kind (`QQuickAbstractButton`: Button, CheckBox, RadioButton, Switch, TabButton,
  ToolButton, and our ActionButton, Chip and keypad keys);
- a text input (`QQuickTextInput`: TextField; `QQuickTextEdit`: TextArea), a ComboBox, a SpinBox;
- an item with an enabled TapHandler, or the item a MouseArea covers (a MouseArea marked
  `Accessible.ignored`, such as the lock screen's input blocker, operates nothing and is skipped).

Each must have an accessible name (`QAccessible.queryAccessibleInterface(item).text(Name)`, what a
screen reader reads) with at least one letter or digit: a sign alone ("←", "✕", "◀") is not a
name. Qt withholds the name of a password field (echoMode Password) from screen readers, whatever
`Accessible.name` says; there the description (the placeholder, or the label we put in it) must say
what the field is. A chart is one item: its name is its title, its description its bars in words.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from lobby_app.tooling.demo import seed_demo
from lobby_app.tooling.screenshot import SCREENS, SCREENSHOT_TIME, _pin

from .conftest import Window, open_window

CONTROLS = (
    "QQuickAbstractButton",
    "QQuickTextInput",
    "QQuickTextEdit",
    "QQuickComboBox",
    "QQuickSpinBox",
    "QQuickSlider",
)

# Every lobby, desk and console state.
STATES = sorted(SCREENS)


def _ignored(item: QQuickItem) -> bool:
    attached = [c for c in item.children() if c.inherits("QQuickAccessibleAttached")]
    return bool(attached and attached[0].property("ignored"))


def _operated(item: QQuickItem) -> QQuickItem | None:
    """The item a person operates through `item`, or None when `item` is not a control.
    (QObject.inherits, not metaObject(): a QMetaObject's Python wrapper can outlive the QML type it
    describes, and PySide then hands it back for a new item made at the same address.)"""
    if any(item.inherits(kind) for kind in CONTROLS):
        return item
    if item.inherits("QQuickMouseArea"):
        return None if _ignored(item) else item.parentItem()
    taps = [c for c in item.children() if c.inherits("QQuickTapHandler")]
    return item if any(t.property("enabled") for t in taps) else None


def controls(window: Window) -> Iterator[QQuickItem]:
    """Every visible, enabled control in the window, popups included (they live in its overlay)."""
    items = [window.root.contentItem()]
    while items:
        item = items.pop()
        if not item.isVisible() or not item.isEnabled():
            continue
        if item.inherits("QGraphsView"):  # a chart is one item, named with its bars in words
            yield item
            continue
        items.extend(item.childItems())
        if (target := _operated(item)) is not None:
            yield target


def spoken(item: QQuickItem) -> str:
    """What a screen reader says the control is: its name, or a password field's description."""
    face = QAccessible.queryAccessibleInterface(item)
    assert face is not None, item.objectName()
    if face.state().passwordEdit:
        return face.text(QAccessible.Text.Description)
    return face.text(QAccessible.Text.Name)


def _describe(item: QQuickItem) -> str:
    return f"{item.objectName()!r} text={item.property('text')!r} placeholder={item.property('placeholderText')!r}"


@pytest.fixture
def accessible(clock):
    """Accessibility on, as when a screen reader is running; off again after the test. The clock at
    the screenshots' Friday afternoon, which their demo data is made for."""
    clock.now = SCREENSHOT_TIME
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def _open(qapp, qtbot, ctx, state: str, language: str):
    shot = SCREENS[state]
    if not shot.empty:
        seed_demo(ctx)
        shot.data(ctx)
    window = open_window(qapp, qtbot, ctx, language=language, hub=shot.hub, kiosk=state == "kiosk-exit")
    return shot, window


# Walked in Chinese, the default: an English name is the source of the Chinese one (qsTr), so a control
# named in one is named in the other; the English names are checked by the tests below.
@pytest.mark.parametrize("state", STATES)
def test_every_control_has_a_name_a_screen_reader_can_speak(qapp, qtbot, ctx, accessible, state):
    shot, opened = _open(qapp, qtbot, ctx, state, "zh_CN")
    with opened as w:
        if not shot.empty:
            w.screens.session.signIn(*_pin(shot.role))
        w.settle()
        shot.setup(ctx, w.screens, w.root)
        w.settle()
        found = list(controls(w))
        assert found, state
        unnamed = [_describe(item) for item in found if not any(ch.isalnum() for ch in spoken(item))]
        assert unnamed == [], unnamed


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", {"key_back": "Delete last digit", "key_万": "Ten thousand", "key_clear": "Clear the amount"}),
        ("zh_CN", {"key_back": "删除最后一位", "key_万": "万", "key_clear": "清除金额"}),
    ],
)
def test_the_keypad_keys_say_what_they_do(qapp, qtbot, ctx, accessible, language, names):
    seed_demo(ctx)
    with open_window(qapp, qtbot, ctx, language=language) as w:
        w.screens.session.signIn(*_pin(SCREENS["lobby"].role))
        w.settle()
        assert {key: spoken(w.item(key)) for key in names} == names
        face = QAccessible.queryAccessibleInterface(w.item("key_万"))
        assert face is not None and face.role() == QAccessible.Role.Button


def test_a_chip_says_whether_it_is_chosen_and_a_wealth_manager_row_says_its_state(qapp, qtbot, ctx, accessible):
    seed_demo(ctx)
    with open_window(qapp, qtbot, ctx, language="en") as w:
        w.screens.session.signIn(*_pin(SCREENS["lobby"].role))
        w.settle()
        chip = QAccessible.queryAccessibleInterface(w.item("purpose_deposit"))
        assert chip is not None and chip.role() == QAccessible.Role.CheckBox
        assert not chip.state().checked
        w.click("purpose_deposit")
        assert chip.state().checked
        auto = QAccessible.queryAccessibleInterface(w.item("wm_auto"))
        assert auto is not None and auto.role() == QAccessible.Role.RadioButton
        assert auto.text(QAccessible.Text.Name).startswith("Next free wealth manager")
        rows = [item for item in controls(w) if item.objectName().startswith("wm_") and item.objectName() != "wm_auto"]
        assert rows
        for row in rows:  # the presence dot's colour is said in words too
            name = spoken(row)
            assert str(row.property("stateText")) in name and str(row.property("name")) in name, name


def test_a_locked_screen_lets_a_screen_reader_reach_only_the_lock(qapp, qtbot, ctx, accessible):
    """The lock covers the form with a customer's details: nothing under it is in the item tree's or the
    keyboard's reach (a key goes to the PIN), and what was typed stays for when the same person unlocks."""
    seed_demo(ctx)
    with open_window(qapp, qtbot, ctx, language="en") as w:
        w.screens.session.signIn(*_pin(SCREENS["lobby"].role))
        w.settle()
        w.type_into("addressField", "Mr Wang")
        name = w.item("addressField")
        assert name in list(controls(w))
        w.screens.session.lockNow()
        w.settle()
        lock = w.item("lockScreen")
        outside = [_describe(item) for item in controls(w) if not lock.isAncestorOf(item)]
        assert outside == [], outside
        QTest.keyClick(w.root, "5")
        assert w.item("unlockPin").property("text") == "5" and name.property("text") == "Mr Wang"
