"""The remote-control commands (``standup-buddy status``, ``break``, ...) of the running app.

The socket, its framing and request validation are ``ipc``/``ipc_server``;
this only answers a parsed request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from standup_buddy.clock import local_utc_offset
from standup_buddy.controller_base import BaseController, Window
from standup_buddy.core.model import GoalMetric
from standup_buddy.ipc import pause_minutes
from standup_buddy.storage.checkins import CheckInStore
from standup_buddy.storage.database import DatabaseError
from standup_buddy.textfmt import WORDS


class IpcCommands:
    """Answers one request with the controller."""

    def __init__(
        self,
        controller: BaseController,
        open_window: Callable[[Window], None],
        *,
        checkins: Callable[[], CheckInStore | None] = lambda: None,
        wall: Callable[[], float] | None = None,
        set_goal: Callable[[GoalMetric, int], None] | None = None,
    ) -> None:
        self._set_goal = set_goal
        self._controller = controller
        self._open_window = open_window
        # The Progress window's own process saves check-ins through these.
        self._checkins = checkins
        self._wall = wall

    def answer(self, request: dict[str, Any]) -> dict[str, Any]:
        """The reply to ``request`` (``ok`` and a message, the status, or an error).

        A message is for a person (the CLI prints it): it comes in the app's
        language through the ``WORDS`` the app installed, so this stays Qt-free.
        """
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
            # A second start prints this (app/launch.py): in the running app's language.
            return {
                "ok": True,
                "message": WORDS.translate(
                    "IpcReplies",
                    "Standup Buddy is already running: its Progress window was opened.",
                ),
            }
        if command == "break":
            controller.take_break_now()
            return {"ok": True, "message": WORDS.translate("IpcReplies", "A break is starting.")}
        if command == "pause":
            minutes = pause_minutes(request.get("minutes"))  # BadRequest: "bad request: ..."
            controller.pause(minutes)
            shown = WORDS.number(int(minutes)) if minutes == int(minutes) else f"{minutes:g}"
            return {
                "ok": True,
                "message": WORDS.translate(
                    "IpcReplies", "Reminders paused for {minutes} min."
                ).format(minutes=shown),
            }
        if command == "resume":
            controller.resume()
            return {"ok": True, "message": WORDS.translate("IpcReplies", "Reminders resumed.")}
        # From the Progress window's process (validated in ipc.parse_request).
        if command == "set_goal":
            if self._set_goal is None:
                return {"ok": False, "error": "the goal cannot be set here"}
            self._set_goal(GoalMetric(request["metric"]), int(request["target"]))
            return {"ok": True, "message": WORDS.translate("IpcReplies", "Goal set.")}
        if command in ("checkin", "delete_checkins"):
            return self._checkin(request)
        return {"ok": False, "error": f"unknown command {command!r}"}

    def _checkin(self, request: dict[str, Any]) -> dict[str, Any]:
        book = self._checkins()
        if book is None or self._wall is None:
            return {"ok": False, "error": "the history database could not be opened"}
        try:
            if request["cmd"] == "delete_checkins":
                return {"ok": True, "deleted": book.delete_checkins()}
            from standup_buddy.storage.history import CheckIn

            at = self._wall()
            book.set_checkin(CheckIn(
                dt.date.fromisoformat(request["day"]), at, local_utc_offset(at),
                int(request["score"]), str(request.get("note", "")).strip(),
            ))
        except DatabaseError as exc:
            return {"ok": False, "error": str(exc)}
        return {"ok": True, "message": WORDS.translate("IpcReplies", "Check-in saved.")}
