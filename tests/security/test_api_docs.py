"""The API's pages are off unless asked for: /docs loads its scripts from a CDN that a branch LAN cannot
reach, and a hub need not describe itself to whoever asks. `lobby-app hub --api-docs` turns them on."""

from __future__ import annotations

from typing import Any

import httpx
import uvicorn

from lobby_app.cli import main

from ..hub.conftest import SPEAKS, TLS, Hub


def test_the_api_pages_are_off_unless_asked_for(hub: Hub):
    for path in ("/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect"):
        assert httpx.get(hub.url + path, headers=SPEAKS, verify=TLS).status_code == 404, path


def test_the_hub_command_serves_them_when_asked(tmp_path, monkeypatch):
    served: list[Any] = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda server, **_: served.append(server.config.app))
    db = str(tmp_path / "hub.db")
    assert main(["--data-dir", str(tmp_path), "hub", "--db", db]) == 0
    assert main(["--data-dir", str(tmp_path), "hub", "--db", db, "--api-docs"]) == 0
    assert [app.openapi_url for app in served] == [None, "/openapi.json"]
