"""The app's start: the window's first frame before anything heavy is imported or opened.

Only PySide6 and the standard library here. The window shows the sign-in form, ready for typing, at
about the time a bare QML window would; then the store is opened and the view-models are built (the
ORM and the services, over a second on a tablet) and handed to the window (`app.open_app`). Keys
pressed meanwhile wait in Qt's queue and arrive once it is done.
"""

from __future__ import annotations

import linecache
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QTimer, QTranslator, QUrl
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlError
from PySide6.QtQuick import QQuickWindow
from PySide6.QtWidgets import QApplication

from ..paths import resources_dir, ui_dir

if TYPE_CHECKING:
    from ..services.context import Ctx
    from ..sync.config import HubConfig

translate = QCoreApplication.translate  # the name lupdate looks for
log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
APP_FONT = "Noto Sans CJK SC"  # else Qt picks Japanese glyph variants for Chinese
FIRST_FRAME_WAIT_MS = 2000  # a window never exposed (minimised at start) renders no frame: go on anyway


def _no_watch(step: str, window: QQuickWindow) -> None:
    pass


# Told each step of `run` as it ends ("window", "store", "workspace"): the start-up benchmark
# (benchmarks/startup.py) times them here, where nothing it hooks would be imported early.
phase: Callable[[str, QQuickWindow], None] = _no_watch


class Translations:
    """The one installed translator; switching language swaps it at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None

    def install(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        QLocale.setDefault(QLocale(language))
        if language == "en":  # English is the source language
            return
        translator = QTranslator(self._app)
        qm = resources_dir() / "translations" / f"lobby_{language}.qm"
        if not translator.load(str(qm)):
            raise FileNotFoundError(qm)
        self._app.installTranslator(translator)
        self._translator = translator

    def remove(self) -> None:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None


def _without_httpx_cli() -> None:
    """httpx imports its command line (click, rich, pygments: ~7 MB) whenever they are installed, as
    rich is with the test extras; the app never runs it. Marked absent, httpx defines a stand-in `main`."""
    if "httpx" not in sys.modules:
        sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]


def _drop_sources() -> None:
    """Empty the standard library's cache of source lines. PySide6's import hook (shibokensupport's
    feature.py, for `from __feature__ import ...`) reads the whole source of every module imported after
    it (inspect.getsource) to see whether it names PySide6, and linecache keeps it: some 11 million
    characters by the time the screens are in, ~11 MB of the start's peak. A traceback reads its lines
    again from the files."""
    linecache.clearcache()


def make_app(*, virtual_keyboard: bool = False) -> QGuiApplication:
    """A QApplication (not only QGuiApplication): the desk's tray icon lives in QtWidgets."""
    if virtual_keyboard:
        os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"  # read when the application starts
    app = QGuiApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QGuiApplication)
    app.setFont(QFont(APP_FONT, 12))
    return app


def load_window(
    *,
    kiosk: bool,
    virtual_keyboard: bool,
    font_scale: int = 100,
    on_warnings: Callable[[list[QQmlError]], None] | None = None,
) -> QQmlApplicationEngine:
    """ui/Main.qml: the window with its sign-in form, no view-models yet (`app.open_workspace`).
    `font_scale`: per cent of the type sizes until the workspace's shell takes over (Theme.scale)."""
    engine = QQmlApplicationEngine()
    if on_warnings is not None:
        engine.warnings.connect(on_warnings)
    engine.setInitialProperties({"kiosk": kiosk, "virtualKeyboard": virtual_keyboard, "fontScale": font_scale})
    engine.load(QUrl.fromLocalFile(str(ui_dir() / "Main.qml")))
    return engine


def wait_for_first_frame(window: QQuickWindow) -> None:
    """Run Qt's events until the window has shown its first frame (or FIRST_FRAME_WAIT_MS has passed)."""
    loop = QEventLoop()
    window.frameSwapped.connect(loop.quit, Qt.ConnectionType.QueuedConnection)  # swapped on the render thread
    QTimer.singleShot(FIRST_FRAME_WAIT_MS, loop.quit)
    loop.exec()
    window.frameSwapped.disconnect(loop.quit)


def run(
    open_store: Callable[[], Ctx],
    *,
    language: str,
    font_scale: int = 100,
    kiosk: bool = False,
    virtual_keyboard: bool = False,
    idle_lock_s: int = 300,
    hub: HubConfig | None = None,
) -> int:
    """The window first, then `open_store()`, then the screens. Returns the exit code."""
    _without_httpx_cli()
    app = make_app(virtual_keyboard=virtual_keyboard)
    translations = Translations(app)
    translations.install(language)
    engine = load_window(kiosk=kiosk, virtual_keyboard=virtual_keyboard, font_scale=font_scale)
    if not engine.rootObjects():
        return 1
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    phase("window", window)
    wait_for_first_frame(window)
    _drop_sources()
    try:
        ctx = open_store()
    except Exception as error:  # whatever it is, the person at the window is told, and no one signs in
        log.exception("this device's store could not be opened")  # the traceback, for support
        said = (str(error).strip().splitlines() or [type(error).__name__])[0][:300]
        text = translate(
            "Start", "This device's records could not be opened, so no one can sign in here; tell the branch head: %1"
        )
        window.setProperty("startError", text.replace("%1", said))
        app.exec()  # until the window is closed
        translations.remove()
        return 1
    phase("store", window)
    _drop_sources()  # the ORM's and the store's: the screens' step reuses that memory
    from .app import open_app, serve  # the view-models, and with them the services and the ORM

    screens = open_app(
        app,
        engine,
        translations,
        ctx,
        language=language,
        font_scale=font_scale,
        kiosk=kiosk,
        virtual_keyboard=virtual_keyboard,
        idle_lock_s=idle_lock_s,
        hub=hub,
    )
    phase("workspace", window)
    _drop_sources()
    return serve(app, ctx, screens, hub)
