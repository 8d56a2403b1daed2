"""Start at login through the service: the real state, and a failure said in words."""

from __future__ import annotations

from pathlib import Path

from standup_buddy.messages import MessageCenter, UserMessage
from standup_buddy.platform.autostart import AutostartError, XdgAutostart
from standup_buddy.services.autostart import AutostartService


class Broken:
    def is_enabled(self) -> bool:
        raise AutostartError("cannot read ~/.config/autostart: Permission denied")

    def enable(self) -> None:
        raise AutostartError("cannot write ~/.config/autostart: Permission denied")

    def disable(self) -> None:
        raise AutostartError("cannot write ~/.config/autostart: Permission denied")


def test_switches_the_real_entry_on_and_off(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path / "xdg", command=["standup-buddy"])
    service = AutostartService(MessageCenter(), backend)
    assert not service.is_enabled()
    assert service.set_enabled(True) and backend.is_enabled() and service.is_enabled()
    assert service.set_enabled(True), "already on: nothing to do"
    assert service.set_enabled(False) and not backend.is_enabled()


def test_a_failure_is_reported_and_read_as_off() -> None:
    center = MessageCenter()
    seen: list[UserMessage] = []
    center.subscribe(seen.append)
    service = AutostartService(center, Broken())
    assert not service.is_enabled()
    assert not service.set_enabled(True)
    assert service.last_problem is not None and "Permission denied" in service.last_problem
    assert [m.title for m in seen] == [
        "Start at login could not be read",
        "Start at login could not be changed",
    ]
