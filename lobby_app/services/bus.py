"""A plain-Python change bus: services' change sets reach every subscribed view-model."""

from __future__ import annotations

from collections.abc import Callable

from .context import Changes

Listener = Callable[[Changes], None]


class ChangeBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def publish(self, change: Changes) -> None:
        for listener in list(self._listeners):
            listener(change)
