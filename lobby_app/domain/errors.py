"""Errors that name the field and the rule that was broken.

`rule` is a stable code the screens translate; `message` is the English text for logs and the CLI.
"""

from __future__ import annotations

from contextlib import suppress
from enum import StrEnum
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)


class DomainError(Exception):
    """Base for every refusal the rules make."""

    def __init__(self, field: str, rule: str, message: str, **params: Any) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.rule = rule
        self.message = message
        self.params = params


class ValidationError(DomainError):
    """A value a person or a device entered breaks a rule."""


class TransitionRefused(DomainError):
    """A handoff step that is not allowed from this state or by this person."""


class PermissionDenied(DomainError):
    """The signed-in role may not do this."""


class NotFound(DomainError):
    """The thing referred to does not exist."""


def one_of(kind: type[E], value: object, *, field: str, message: str = "", rule: str = "unknown") -> E:
    """`value` as one of `kind`'s members, or a ValidationError naming the field (by default, with the choices)."""
    if isinstance(value, str):
        with suppress(ValueError):
            return kind(value)
    raise ValidationError(field, rule, message or "must be one of " + ", ".join(kind))
