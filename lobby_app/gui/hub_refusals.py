"""A person's changes the hub refused today, shown until they press "Seen" (the desk, the branch head)."""

from __future__ import annotations

from ..domain.roles import Actor
from ..services.context import Ctx
from ..services.hub_states import Refused, refused_today
from .wording import refusals_text


class HubRefusals:
    def __init__(self) -> None:
        self._shown: list[Refused] = []
        self._seen: set[str] = set()

    def refresh(self, ctx: Ctx, actor: Actor) -> None:
        self._shown = [r for r in refused_today(ctx, actor) if r.mutation_id not in self._seen]

    def dismiss(self) -> None:
        self._seen |= {r.mutation_id for r in self._shown}
        self._shown = []

    def text(self) -> str:
        return refusals_text(self._shown)
