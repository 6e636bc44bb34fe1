"""The screens' own asyncio tasks (a question to the hub), started on the running loop (qasync's, in
the app) and held until done: the loop keeps only weak references to its tasks."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any


class Tasks:
    def __init__(self) -> None:
        self._held: set[asyncio.Task[None]] = set()

    def start(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None] | None:
        """The task doing `work`; None when no loop runs (a screen made without the app's, e.g. a
        screenshot): then nothing is asked and the caller decides without the hub."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            work.close()
            return None
        task = loop.create_task(work)
        self._held.add(task)
        task.add_done_callback(self._held.discard)
        return task
