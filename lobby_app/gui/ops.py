"""One runner for every tap that changes something (Anki's CollectionOp): the service call as the
signed-in person, its refusal handed back to be shown under its field, its changes published once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..domain.errors import DomainError
from ..domain.roles import Actor
from ..services.bus import ChangeBus
from ..services.context import Changes
from .session_vm import SessionViewModel

R = TypeVar("R")


def run_op(
    bus: ChangeBus, session: SessionViewModel, call: Callable[[Actor], R], refused: Callable[[DomainError], Any]
) -> R | None:
    """`call`'s result, or None when nobody is signed in or the services refused (then `refused` has the
    refusal and nothing changed). The changes (the result, or its first part) are published on the bus:
    every screen they name refreshes from them, the one that made the call too, and only once."""
    actor = session.actor
    if actor is None:
        return None
    try:
        result = call(actor)
    except DomainError as e:
        refused(e)
        if e.rule == "session_ended":  # the day is over, or the PIN changed: the PIN starts a new session
            session.lockNow()
            session.forget_ended()  # its key leaves the device
        return None
    change = result[0] if isinstance(result, tuple) else result
    assert isinstance(change, Changes), change
    bus.publish(change)
    return result
