"""Start at login: the one owner of the autostart entry (XDG, launchd, Windows Run key)."""

from __future__ import annotations

from standup_buddy.messages import MessageCenter, Severity
from standup_buddy.platform.autostart import Autostart, autostart_for
from standup_buddy.textfmt import WORDS

__all__ = ["Autostart", "AutostartService"]


class AutostartService:
    """Reads and changes whether the app starts at login; failures become messages.

    ``backend`` is the platform's adapter (a test hands in one writing to a
    temporary folder). The state is always read from the system, since the
    user may change it outside the app.
    """

    def __init__(self, messages: MessageCenter, backend: Autostart | None = None) -> None:
        self._messages = messages
        self._backend = backend if backend is not None else autostart_for()
        self.last_problem: str | None = None

    def is_enabled(self) -> bool:
        """Whether the app starts at login now (False when that cannot be read)."""
        try:
            return self._backend.is_enabled()
        except OSError as err:
            self._report(
                WORDS.translate("ServiceMessages", "Start at login could not be read"), str(err)
            )
            return False

    def set_enabled(self, enabled: bool) -> bool:
        """Switch start at login on or off; False (and a message) when it failed."""
        self.last_problem = None
        try:
            if enabled and not self._backend.is_enabled():
                self._backend.enable()
            elif not enabled and self._backend.is_enabled():
                self._backend.disable()
        except OSError as err:
            self._report(
                WORDS.translate("ServiceMessages", "Start at login could not be changed"), str(err)
            )
            return False
        return True

    def _report(self, title: str, text: str) -> None:
        self.last_problem = text
        self._messages.report(Severity.WARNING, title, text)
