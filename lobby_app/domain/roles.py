"""The four roles of the branch (DOMAIN.md, 岗位) and what each may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    TELLER = "teller"
    LOBBY_MANAGER = "lobby_manager"
    WEALTH_MANAGER = "wealth_manager"
    BRANCH_HEAD = "branch_head"


# Who may tag a customer and refer them (the referrers).
REFERRERS = frozenset({Role.TELLER, Role.LOBBY_MANAGER, Role.BRANCH_HEAD})
# Who may run the branch's rules: standards, credit phases, exceptions.
MANAGERS = frozenset({Role.BRANCH_HEAD})


@dataclass(frozen=True, slots=True)
class Actor:
    """The signed-in person making a change."""

    staff_id: int
    role: Role
