"""The rotation file (``rotation.json`` in the config folder) and rotation import/export.

A broken rotation file never stops the app: it is kept aside as
``rotation.json.bak``, the defaults are used and a problem says what happened.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from standup_buddy.core.problem import Problem, Reason
from standup_buddy.core.rotation import (
    DEFAULT_PROGRAM,
    RotationConfig,
    RotationState,
    config_from_dict,
    config_to_dict,
    default_config,
    state_from_dict,
    state_to_dict,
)
from standup_buddy.platform.paths import Paths
from standup_buddy.stretches.catalog import Catalog
from standup_buddy.stretches.files import FileRefused, read_json, write_json_atomic

ROTATION_VERSION = 1
EXPORT_FORMAT = "standup-buddy-rotation"


def default_rotation(catalog: Catalog) -> RotationConfig:
    """The rotation a new user starts with: the Maintain program, every other stretch off."""
    return default_config(catalog.program(DEFAULT_PROGRAM), catalog.ids)


def load_rotation(
    paths: Paths, catalog: Catalog
) -> tuple[RotationConfig, RotationState, list[Problem]]:
    """The saved rotation and its state, or the defaults; never raises for bad content.

    Entries for stretches the catalog no longer has are dropped (and reported);
    stretches the rotation does not list yet are appended, disabled.
    """
    path = paths.rotation_file
    if not path.exists() and not path.is_symlink():
        return default_rotation(catalog), RotationState(), []
    origin = str(path)
    try:
        data = read_json(path)
    except FileRefused as err:
        reason = Reason("{reason}; using the default rotation", reason=err.reason)
        return _broken(path, catalog, Problem(origin, None, reason))
    if not isinstance(data, dict) or not isinstance(data.get("config"), dict):
        problem = Problem(origin, "config", Reason("is missing; using the default rotation"))
        return _broken(path, catalog, problem)
    version = data.get("version")
    problems: list[Problem] = []
    if version != ROTATION_VERSION:
        wrong = Reason("{value} is not {version}", value=repr(version), version=ROTATION_VERSION)
        problems.append(Problem(origin, "version", wrong))
    config, found = config_from_dict(data["config"], known_ids=catalog.ids, origin=origin)
    problems += found
    state = state_from_dict(data.get("state"))
    return config.with_all(catalog.ids), state, problems


def _broken(
    path: Path, catalog: Catalog, problem: Problem
) -> tuple[RotationConfig, RotationState, list[Problem]]:
    problems = [problem]
    backup = path.with_name(path.name + ".bak")
    try:
        # Keep the user's file: the next save would otherwise overwrite it.
        shutil.copyfile(path, backup)
    except OSError as err:
        problems.append(Problem(
                str(path),
                None,
                Reason("could not be copied to {file}: {error}", file=backup.name, error=str(err)),
            ))
    return default_rotation(catalog), RotationState(), problems


def save_rotation(paths: Paths, config: RotationConfig, state: RotationState) -> None:
    """Write the rotation and its state to ``rotation.json`` atomically."""
    write_json_atomic(
        paths.rotation_file,
        {
            "version": ROTATION_VERSION,
            "config": config_to_dict(config),
            "state": state_to_dict(state),
        },
    )


def export_rotation(config: RotationConfig, path: Path) -> None:
    """Write ``config`` as one shareable JSON file (e.g. a physio's list for a patient)."""
    write_json_atomic(
        path,
        {"format": EXPORT_FORMAT, "version": ROTATION_VERSION, "config": config_to_dict(config)},
    )


def import_rotation(path: Path, catalog: Catalog) -> tuple[RotationConfig, list[Problem]]:
    """Read a rotation file exported by this app, or a plain JSON list of stretch ids.

    Unknown stretch ids are reported and left out; everything else is kept.
    Stretches the file does not mention are appended, disabled. Raises
    nothing for bad content: an unreadable file gives the defaults and a
    problem.
    """
    origin = str(path)
    try:
        data = read_json(path)
    except FileRefused as err:
        return default_rotation(catalog), [Problem(origin, None, err.reason)]
    problems: list[Problem] = []
    if isinstance(data, list):
        raw_config: object = {"entries": data}
    elif isinstance(data, dict) and "config" in data:
        if data.get("format", EXPORT_FORMAT) != EXPORT_FORMAT:
            problems.append(
                Problem(
                    origin,
                    "format",
                    Reason(
                        "{value} is not {format}",
                        value=repr(data.get("format")),
                        format=repr(EXPORT_FORMAT),
                    ),
                )
            )
        raw_config = data["config"]
    else:
        raw_config = data
    config, found = config_from_dict(raw_config, known_ids=catalog.ids, origin=origin)
    problems += found
    if not config.entries:
        problems.append(
            Problem(origin, "entries", Reason("no known stretches; using the default rotation"))
        )
        return default_rotation(catalog), problems
    return config.with_all(catalog.ids), problems
