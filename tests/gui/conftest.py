"""The real window on the real QML, offscreen: view-models from the composition root, any QML warning fails."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from lobby_app.domain.routing import Presence
from lobby_app.gui.app import Screens, build_engine, build_screens, find_object
from lobby_app.services.context import Changed, changes
from lobby_app.services.handoffs import set_presence


def _find_visual(item: QQuickItem, name: str) -> QQuickItem | None:
    """Repeater delegates have no QObject parent: search the tree of visual items instead."""
    for child in item.childItems():
        if child.objectName() == name:
            return child
        if (found := _find_visual(child, name)) is not None:
            return found
    return None


@dataclass
class Window:
    root: QQuickWindow
    screens: Screens
    qtbot: object

    def settle(self) -> None:
        """Run pending events and render one frame: only then have layouts placed their items and views
        made their delegates (the polish step runs before a frame, not on a timer we can count on)."""
        QCoreApplication.processEvents()
        self.root.grabWindow()

    def find(self, name: str) -> QQuickItem | None:
        """The item, or None when it is not made (a page loaded only for some roles)."""
        self.settle()
        found = find_object(self.root, name) or _find_visual(self.root.contentItem(), name)
        return found if isinstance(found, QQuickItem) else None

    def item(self, name: str) -> QQuickItem:
        found = self.find(name)
        assert found is not None, name
        return found

    def popup_open(self, name: str) -> bool:
        """Popups are QObjects, not items: ask whether one is open."""
        found = find_object(self.root, name)
        assert found is not None, name
        return bool(found.property("opened"))

    def text(self, name: str) -> str:
        return str(self.item(name).property("text"))

    def reveal(self, target: QQuickItem) -> None:
        """Scroll the page's Flickable, as a finger would, until `target` is on screen."""
        flick = target.parentItem()
        while flick is not None and flick.metaObject().className() != "QQuickFlickable":
            flick = flick.parentItem()
        if flick is None:
            return
        content = flick.property("contentItem")
        y = target.mapToItem(content, QPointF(0, 0)).y()
        most = max(0.0, flick.property("contentHeight") - flick.height())
        flick.setProperty("contentY", min(max(0.0, y - flick.height() / 3), most))

    def click(self, name: str) -> None:
        target = self.item(name)
        assert target.isVisible(), f"{name} is not visible"
        self.reveal(target)
        centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
        assert 0 <= centre.y() < self.root.height(), f"{name} is off screen"
        self.qtbot.mouseClick(self.root, Qt.MouseButton.LeftButton, pos=centre)  # type: ignore[attr-defined]

    def type_into(self, name: str, text: str) -> None:
        self.click(name)
        for ch in text:  # QTest.keyClicks takes widgets only; one key at a time works on a QWindow
            QTest.keyClick(self.root, ch)

    def sign_in(self, staff_no: str, pin: str = "580274") -> None:
        self.type_into("staffNo", staff_no)
        self.type_into("pin", pin)
        self.click("signInButton")


@contextmanager
def open_window(qapp, qtbot, ctx, *, language: str = "zh_CN", **build: object) -> Iterator[Window]:
    """The real window over `ctx` (`build`: build_screens' keywords); any QML warning fails the test."""
    screens = build_screens(qapp, ctx, language=language, **build)  # type: ignore[arg-type]
    warnings: list[str] = []
    build_engine(screens, on_warnings=lambda ws: warnings.extend(w.toString() for w in ws))
    assert screens.engine is not None
    root = screens.engine.rootObjects()[0]
    assert isinstance(root, QQuickWindow)
    root.resize(1280, 800)
    try:
        yield Window(root, screens, qtbot)
        assert warnings == []
    finally:  # a failed test closes its window too: it would otherwise live on into the next test
        screens.close()
        gc.collect()  # the window's Qt objects die here, on the main thread


@pytest.fixture
def window(qapp, qtbot, ctx, team, request) -> Iterator[Window]:
    with open_window(qapp, qtbot, ctx, language=getattr(request, "param", "zh_CN")) as w:
        yield w


def on_duty(ctx, w: Window, *actors, presence: str = Presence.AVAILABLE) -> None:
    """Wealth managers come on duty (as their desks would do) and the tablet hears of it."""
    for actor in actors:
        set_presence(ctx, actor, presence=presence)
    w.screens.bus.publish(changes(Changed.PRESENCE))
