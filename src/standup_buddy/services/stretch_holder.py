"""The stretch catalogue and rotation, read from their files when first needed.

The idle tray plans no break and shows no stretch, so it holds neither the
catalogue nor the rotation, nor the modules that read them (``stretches/``,
``core.stretch``, ``core.figure``, ``core.rotation``, ``core.translation``:
about 1.2 MiB together). :class:`RotationHolder` builds the one
:class:`~standup_buddy.services.rotation.RotationService` the first time
something asks for it with :meth:`RotationHolder.service`: the first break
planned, the first stretch shown, the Stretches, Set-up or Routine window.

When problems are reported: a broken stretch, translation or rotation file
is reported (SPEC section 7) when the files are first read, which is now that
first use (normally the first break: the message comes with the break the
skipped stretch would have been part of), not at start-up. A check at start
would have to read and validate the files, which is the cost being saved;
``standup-buddy stretches validate FILE`` checks a file at once.

Until the service exists nothing about the rotation can have changed, so
:meth:`RotationHolder.save` writes nothing. A rotation another computer
saved (sync folder) is kept until the first use, and applied then, or when
the app quits (:meth:`RotationHolder.close`), so it is on disk here as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from standup_buddy.messages import MessageCenter
from standup_buddy.platform.paths import Paths

if TYPE_CHECKING:
    from standup_buddy.services.rotation import RotationService


class RotationHolder:
    """Builds the app's :class:`RotationService` on first use; until then holds nothing."""

    def __init__(self, paths: Paths, messages: MessageCenter, ui_language: str) -> None:
        self._paths = paths
        self._messages = messages
        self._ui_language = ui_language
        self._content_language: str | None = None
        self._service: RotationService | None = None
        self._changed: list[Callable[[Any], None]] = []
        self._saved: list[Callable[[Mapping[str, object]], None]] = []
        # A rotation another computer saved, waiting for the first use.
        self._pending: Mapping[str, object] | None = None

    @property
    def loaded(self) -> bool:
        """Whether the catalogue and rotation have been read (the service exists)."""
        return self._service is not None

    def content_language(self) -> str:
        """The language stretch content is shown in: the UI's, or English (asked on first use)."""
        if self._content_language is None:
            from standup_buddy.stretches.content_language import content_language

            self._content_language = content_language(self._ui_language)
        return self._content_language

    def service(self) -> RotationService:
        """The rotation service; the first call reads the files and reports their problems."""
        if self._service is None:
            from standup_buddy.services.rotation import RotationService

            service = RotationService(
                self._paths, self._messages, language=self.content_language()
            )
            for changed in self._changed:
                service.on_rotation_changed(changed)
            for saved in self._saved:
                service.on_saved(saved)
            self._service = service
            pending, self._pending = self._pending, None
            if pending is not None:
                service.adopt(pending)
        return self._service

    def rotation(self) -> Any:
        """The rotation breaks are planned from (the controller asks when it plans one)."""
        return self.service().rotation

    def on_rotation_changed(self, listener: Callable[[Any], None]) -> None:
        """Call ``listener`` with each new rotation once the service exists."""
        self._changed.append(listener)
        if self._service is not None:
            self._service.on_rotation_changed(listener)

    def on_saved(self, listener: Callable[[Mapping[str, object]], None]) -> None:
        """Call ``listener`` after each save (the sync folder follows it)."""
        self._saved.append(listener)
        if self._service is not None:
            self._service.on_saved(listener)

    def save(self) -> bool:
        """Write ``rotation.json`` if it was read; before that nothing changed, nothing to write."""
        if self._service is None:
            return True
        return self._service.save()

    def adopt(self, data: Mapping[str, object]) -> None:
        """Use a rotation another computer saved: now if read, else at the first use."""
        if self._service is None:
            self._pending = data  # the newer replaces an older one still waiting
            return
        self._service.adopt(data)

    def close(self) -> None:
        """The app is quitting: a rotation adopted from another computer is saved here."""
        if self._pending is not None:
            self.service()
