"""The minimal window on the real QML: sign in by clicking, in Chinese and in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow

from lobby_app.gui.app import build_engine, install_translator
from lobby_app.gui.session_vm import SessionViewModel


@pytest.fixture
def window(qapp, ctx, team, request):
    language = getattr(request, "param", "zh_CN")
    translator = install_translator(qapp, language)
    session = SessionViewModel(ctx)
    warnings: list[str] = []
    engine = build_engine(session, on_warnings=lambda ws: warnings.extend(w.toString() for w in ws))
    root = engine.rootObjects()[0]
    assert isinstance(root, QQuickWindow)
    yield root
    assert warnings == []
    engine.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if translator is not None:
        qapp.removeTranslator(translator)


def item(root: QQuickWindow, name: str) -> QQuickItem:
    found = root.findChild(QObject, name)
    assert isinstance(found, QQuickItem), name
    return found


def click(qtbot, root: QQuickWindow, name: str) -> None:
    target = item(root, name)
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    qtbot.mouseClick(root, Qt.MouseButton.LeftButton, pos=centre)


def sign_in(qtbot, root, staff_no, pin):
    item(root, "staffNo").setProperty("text", staff_no)
    item(root, "pin").setProperty("text", pin)
    click(qtbot, root, "signInButton")


def test_sign_in_shows_the_role_in_chinese(qtbot, window):
    sign_in(qtbot, window, "1001", "1234")
    assert item(window, "signedInAs").property("text") == "已登录：员工1001 · 大堂经理"
    assert item(window, "roleDuty").property("text") == "核心岗责：识别推荐，引导分流"


@pytest.mark.parametrize("window", ["en"], indirect=True)
def test_sign_in_shows_the_role_in_english(qtbot, window):
    sign_in(qtbot, window, "3001", "1234")
    assert item(window, "signedInAs").property("text") == "Signed in: 员工3001 · Wealth manager"


def test_a_wrong_pin_is_refused_on_screen(qtbot, window):
    sign_in(qtbot, window, "1001", "9999")
    assert item(window, "signInError").property("text") == "工号或密码错误"
    assert not item(window, "signedInAs").isVisible()


def test_sign_out_returns_to_sign_in(qtbot, window):
    sign_in(qtbot, window, "8001", "1234")
    click(qtbot, window, "signOutButton")
    assert item(window, "signInButton").isVisible()
