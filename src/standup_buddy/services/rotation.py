"""Stretches as the windows see them: the catalog, the rotation, the user's own stretches
and programs, and ``rotation.json``.

:class:`RotationService` is the only writer of ``rotation.json`` and of the
user stretch and program files: the Stretches window, the set-up, the sync
folder and the break planner all change the rotation through it, so there is
one place where the file is saved and one copy of the rotation in memory. A
file that cannot be read is reported (and kept as ``.bak``), a file that
cannot be written is reported; the change is still used until the app quits.

The value types the windows need (``Catalog``, ``UserProgram``) are
re-exported here, so ``ui/`` has no reason to reach into ``stretches/``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from pathlib import Path

from standup_buddy.core.problem import Problem
from standup_buddy.core.rotation import (
    RotationConfig,
    RotationState,
    StretchRotation,
    config_from_dict,
    config_to_dict,
    state_from_dict,
    state_to_dict,
)
from standup_buddy.core.stretch import Stretch
from standup_buddy.i18n.reasons import problem_words
from standup_buddy.messages import MessageCenter, Severity
from standup_buddy.platform.paths import Paths
from standup_buddy.stretches import catalog as catalog_files
from standup_buddy.stretches import rotation_store, user_programs
from standup_buddy.stretches.catalog import Catalog
from standup_buddy.stretches.user_programs import (
    UserProgram,
    is_user_program_id,
    program_from_config,
    program_id_for,
    slugify,
)
from standup_buddy.textfmt import WORDS

__all__ = [
    "Catalog",
    "RotationService",
    "UserProgram",
    "is_user_program_id",
    "program_from_config",
    "program_id_for",
    "slugify",
]

#: Called with the rotation whenever the service replaces it (new config or catalog).
RotationListener = Callable[[StretchRotation], None]
#: Called after each successful save with the saved data (the sync folder follows it).
SavedListener = Callable[[Mapping[str, object]], None]


class RotationService:
    """The one owner of the stretch catalog, the rotation and their files."""

    def __init__(
        self,
        paths: Paths,
        messages: MessageCenter,
        *,
        language: str | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._paths = paths
        # The language the cards show the stretches in; the editor always
        # edits the files' own text (``editable_catalog``).
        self._language = language
        self._messages = messages
        self._rng = rng or random.Random()
        self._listeners: list[RotationListener] = []
        self._saved_listeners: list[SavedListener] = []
        self.last_problem: str | None = None
        self._catalog = catalog_files.load_catalog(paths, language=language)
        config, state, problems = rotation_store.load_rotation(paths, self._catalog)
        for problem in [*self._catalog.problems, *problems]:
            messages.report(
                Severity.WARNING,
                WORDS.translate("ServiceMessages", "Stretch file skipped"),
                problem_words(problem),
                key=f"stretch:{problem}",
            )
        self._rotation = StretchRotation(self._catalog.by_id(), config, state, self._rng)

    # --- what the app and the windows read ---------------------------------------

    @property
    def catalog(self) -> Catalog:
        """Built-in stretches plus the user's own, as last read."""
        return self._catalog

    def editable_catalog(self) -> Catalog:
        """The catalog in the files' own words: what the Stretches window edits."""
        if self._language is None:
            return self._catalog
        return catalog_files.load_catalog(self._paths)

    @property
    def rotation(self) -> StretchRotation:
        """The rotation breaks are planned from (replaced when the config changes)."""
        return self._rotation

    @property
    def config(self) -> RotationConfig:
        """The rotation's configuration."""
        return self._rotation.config

    @property
    def state(self) -> RotationState:
        """Where the rotation is (moves on as stretches are shown)."""
        return self._rotation.state

    @property
    def rotation_file(self) -> Path:
        """Where the rotation is saved."""
        return self._paths.rotation_file

    def on_rotation_changed(self, listener: RotationListener) -> None:
        """Call ``listener`` with each new rotation (the controller plans from it)."""
        self._listeners.append(listener)

    def on_saved(self, listener: SavedListener) -> None:
        """Call ``listener`` after each save with what was written."""
        self._saved_listeners.append(listener)

    # --- rotation.json -----------------------------------------------------------

    def save(self) -> bool:
        """Write ``rotation.json``; False (and one message per run) when it failed."""
        try:
            rotation_store.save_rotation(self._paths, self.config, self.state)
        except OSError as err:
            self._report(
                Severity.WARNING,
                WORDS.translate("ServiceMessages", "Rotation not saved"),
                WORDS.translate(
                    "ServiceMessages", "{error}. The change is used until you quit."
                ).format(error=err),
                key="rotation-save",
            )
            return False
        data = {"config": config_to_dict(self.config), "state": state_to_dict(self.state)}
        for listener in self._saved_listeners:
            listener(data)
        return True

    def set_config(self, config: RotationConfig, *, reload_catalog: bool = False) -> bool:
        """Use ``config`` from the next break on and save it; False when not saved.

        The place in the rotation is kept. With ``reload_catalog`` the
        stretches folder is read again first (a stretch was added or removed).
        """
        if reload_catalog:
            self._catalog = catalog_files.load_catalog(self._paths, language=self._language)
        self._replace(config, self.state)
        return self.save()

    def adopt(self, data: Mapping[str, object]) -> bool:
        """Use a rotation another computer saved (sync folder); False when nothing usable.

        Stretches only the other computer has (its own files) are left out.
        """
        config, _unknown = config_from_dict(
            data.get("config"), known_ids=self._catalog.ids, origin="sync folder"
        )
        if not config.entries:
            return False  # nothing this computer knows: keep its own
        self._replace(config.with_all(self._catalog.ids), state_from_dict(data.get("state")))
        try:
            rotation_store.save_rotation(self._paths, self.config, self.state)
        except OSError as err:
            self._report(
                Severity.WARNING,
                WORDS.translate("ServiceMessages", "Rotation not saved"),
                str(err),
                key="rotation-save",
            )
        return True

    def _replace(self, config: RotationConfig, state: RotationState) -> None:
        self._rotation = StretchRotation(self._catalog.by_id(), config, state, self._rng)
        for listener in self._listeners:
            listener(self._rotation)

    def reload_catalog(self) -> Catalog:
        """Read the stretches folder again (the rotation keeps its config and place)."""
        self._catalog = catalog_files.load_catalog(self._paths, language=self._language)
        self._replace(self.config, self.state)
        return self._catalog

    # --- import and export -------------------------------------------------------

    def read_import(self, path: Path) -> tuple[RotationConfig, list[Problem]]:
        """A rotation file (exported by the app, or a list of ids) and what was wrong in it."""
        return rotation_store.import_rotation(path, self._catalog)

    def export(self, config: RotationConfig, path: Path) -> bool:
        """Write ``config`` as one shareable file; False (and a message) when it failed."""
        try:
            rotation_store.export_rotation(config, path)
        except OSError as err:
            self._report(
                Severity.ERROR,
                WORDS.translate("ServiceMessages", "Could not export the rotation"),
                str(err),
            )
            return False
        return True

    # --- the user's own stretches ------------------------------------------------

    def user_stretch_exists(self, stretch_id: str) -> bool:
        """Whether a user stretch file with this id is in the stretches folder."""
        return catalog_files.user_stretch_path(self._paths, stretch_id).exists()

    def save_user_stretch(self, stretch: Stretch) -> bool:
        """Write a user stretch file; False (reason in ``last_problem``) when refused."""
        try:
            catalog_files.save_user_stretch(self._paths, stretch)
        except (OSError, ValueError) as err:
            self.last_problem = str(err)
            return False
        return True

    def delete_user_stretch(self, stretch: Stretch) -> bool:
        """Remove a user stretch file; False (and a message) on error. Then ``reload_catalog``."""
        try:
            catalog_files.delete_user_stretch(self._paths, stretch.id)
        except OSError as err:
            self._report(
                Severity.ERROR,
                WORDS.translate("ServiceMessages", "Could not delete the stretch"),
                f"{stretch.name}: {err}",
            )
            return False
        return True

    # --- the user's own programs -------------------------------------------------

    def user_programs(self, *, report: bool = False) -> list[UserProgram]:
        """The user's programs; a broken file is reported (once) when ``report``."""
        programs, problems = user_programs.load_user_programs(self._paths)
        if report and problems:
            self._messages.report(
                Severity.WARNING,
                WORDS.translate("ServiceMessages", "Some of your programs could not be read"),
                "; ".join(problem_words(p) for p in problems),
                key="user-programs-problems",
            )
        return programs

    def save_user_program(self, program: UserProgram) -> bool:
        """Add or replace a program; False (and a message) when it could not be saved."""
        try:
            user_programs.save_user_program(self._paths, program)
        except OSError as err:
            self._report(
                Severity.ERROR,
                WORDS.translate("ServiceMessages", "Could not save the program"),
                f"{program.name}: {err}",
            )
            return False
        return True

    def delete_user_program(self, program: UserProgram) -> bool:
        """Remove a program; False (and a message) when the file could not be written."""
        try:
            user_programs.delete_user_program(self._paths, program.id)
        except OSError as err:
            self._report(
                Severity.ERROR,
                WORDS.translate("ServiceMessages", "Could not delete the program"),
                f"{program.name}: {err}",
            )
            return False
        return True

    def report(self, severity: Severity, title: str, text: str, key: str | None = None) -> None:
        """Tell the user something about their stretches (the windows' own findings)."""
        self._messages.report(severity, title, text, key=key)

    def _report(self, severity: Severity, title: str, text: str, key: str | None = None) -> None:
        self.last_problem = text
        self._messages.report(severity, title, text, key=key)

