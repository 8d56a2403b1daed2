"""The remote-control commands (``standup-buddy status``, ``break``, ...) of the running app.

The socket, its framing and request validation are ``ipc``/``ipc_server``;
this only answers a parsed request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from standup_buddy.controller_base import BaseController, Window
from standup_buddy.ipc import pause_minutes


class IpcCommands:
    """Answers one request with the controller."""

    def __init__(
        self, controller: BaseController, open_window: Callable[[Window], None]
    ) -> None:
        self._controller = controller
        self._open_window = open_window

    def answer(self, request: dict[str, Any]) -> dict[str, Any]:
        """The reply to ``request`` (``ok`` and a message, the status, or an error)."""
        command = request.get("cmd")
        controller = self._controller
        if command == "status":
            status = controller.status()
            reply: dict[str, Any] = {"ok": True, "status": status.to_json()}
            if request.get("text"):
                # `standup-buddy status` (not --json) prints this line: the app's
                # language, so the CLI itself needs no translations or Qt.
                reply["text"] = status.summary()
            return reply
        if command == "activate":
            self._open_window(Window.PROGRESS)
            return {"ok": True, "message": "opened Progress"}
        if command == "break":
            controller.take_break_now()
            return {"ok": True, "message": "A break is starting."}
        if command == "pause":
            minutes = pause_minutes(request.get("minutes"))  # BadRequest: "bad request: ..."
            controller.pause(minutes)
            return {"ok": True, "message": f"Reminders paused for {minutes:g} min."}
        if command == "resume":
            controller.resume()
            return {"ok": True, "message": "Reminders resumed."}
        return {"ok": False, "error": f"unknown command {command!r}"}
