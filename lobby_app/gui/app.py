"""Composition root of the GUI: the application, translations, fonts, the QML engine and view-models."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator, QUrl
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow  # noqa: F401  (a QQuickWindow root, so windows can be grabbed)

from ..paths import resources_dir, ui_dir
from ..services.context import Ctx
from .session_vm import SessionViewModel

LANGUAGES = ("zh_CN", "en")


def install_translator(app: QGuiApplication, language: str) -> QTranslator | None:
    """Load resources/translations/lobby_<language>.qm; English is the source language."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return None
    translator = QTranslator(app)
    qm = resources_dir() / "translations" / f"lobby_{language}.qm"
    if not translator.load(str(qm)):
        raise FileNotFoundError(qm)
    app.installTranslator(translator)
    return translator


def build_engine(
    session: SessionViewModel, *, on_warnings: Callable[[list[QQmlError]], None] | None = None
) -> QQmlApplicationEngine:
    """Load ui/Main.qml with the view-models handed in (never constructed inside QML)."""
    engine = QQmlApplicationEngine()
    if on_warnings is not None:
        engine.warnings.connect(on_warnings)
    engine.setInitialProperties({"session": session})
    engine.load(QUrl.fromLocalFile(str(ui_dir() / "Main.qml")))
    return engine


def run(ctx: Ctx, *, language: str) -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    assert isinstance(app, QGuiApplication)
    app.setFont(QFont("Noto Sans CJK SC", 12))  # else Qt picks Japanese glyph variants
    install_translator(app, language)
    session = SessionViewModel(ctx)
    engine = build_engine(session)
    if not engine.rootObjects():
        return 1
    code = app.exec()
    # The engine goes before the view-models it binds to, or teardown prints binding errors.
    engine.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code
