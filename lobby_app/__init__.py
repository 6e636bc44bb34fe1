"""Lobby referral kiosk: the branch's collaborative-referral app."""

__version__ = "0.1.0"
