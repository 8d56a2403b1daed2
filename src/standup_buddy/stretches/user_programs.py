"""The user's own named programs (``programs.json`` in the config folder).

A built-in program is a list of stretch ids; a program the user saves from the
Stretches window is a whole rotation: the order, which stretches are on, their
weights and lengths, and the drawing strategy. Filters are not part of it:
they describe where the user is (at work, at home), not what the program is.

The file is written atomically. A broken file never stops the app: it is
reported, and copied aside as ``programs.json.bak`` before the next save
replaces it.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from standup_buddy.core.problem import Problem, Reason
from standup_buddy.core.rotation import (
    RotationConfig,
    RotationEntry,
    Strategy,
    config_from_dict,
    config_to_dict,
)
from standup_buddy.core.stretch import MAX_NAME_CHARS
from standup_buddy.platform.paths import Paths
from standup_buddy.stretches.files import FileRefused, read_json, write_json_atomic

USER_PROGRAM_PREFIX = "user:"
"""User program ids start with this, so they never clash with a built-in program id."""

PROGRAMS_VERSION = 1
_SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")


@dataclass(frozen=True, slots=True)
class UserProgram:
    """A rotation the user saved under a name of their own."""

    id: str
    name: str
    entries: tuple[RotationEntry, ...]
    strategy: Strategy = "in_order"

    @property
    def enabled_ids(self) -> tuple[str, ...]:
        """The stretches the program turns on, in order."""
        return tuple(e.stretch_id for e in self.entries if e.enabled)


def user_programs_file(paths: Paths) -> Path:
    """Where the user's programs are kept."""
    return paths.config_dir / "programs.json"


def is_user_program_id(program_id: str | None) -> bool:
    """Whether ``program_id`` names a program the user made."""
    return program_id is not None and program_id.startswith(USER_PROGRAM_PREFIX)


def slugify(name: str) -> str:
    """A lowercase ``a-z0-9-`` form of ``name`` (empty when nothing usable is left)."""
    # Imported here: only naming a new program needs it, not the idle tray.
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug[:40].rstrip("-")


def program_id_for(name: str, taken: Iterable[str] = ()) -> str:
    """A fresh user program id made from ``name``, not in ``taken``."""
    base = slugify(name) or "my-program"
    used = set(taken)
    candidate = f"{USER_PROGRAM_PREFIX}{base}"
    number = 2
    while candidate in used:
        candidate = f"{USER_PROGRAM_PREFIX}{base}-{number}"
        number += 1
    return candidate


def program_from_config(program_id: str, name: str, config: RotationConfig) -> UserProgram:
    """A user program capturing ``config``'s entries and strategy."""
    return UserProgram(program_id, name.strip(), config.entries, config.strategy)


def _parse_program(
    raw: object, where: str, origin: str, known_ids: Iterable[str] | None
) -> tuple[UserProgram | None, list[Problem]]:
    if not isinstance(raw, dict):
        return None, [Problem(origin, where, Reason("must be an object"))]
    problems: list[Problem] = []
    program_id = raw.get("id")
    slug = program_id.removeprefix(USER_PROGRAM_PREFIX) if isinstance(program_id, str) else ""
    if not isinstance(program_id, str) or not is_user_program_id(program_id):
        problems.append(
            Problem(
                origin,
                f"{where}.id",
                Reason("must start with '{prefix}'", prefix=USER_PROGRAM_PREFIX),
            )
        )
    elif not _SLUG_PATTERN.match(slug):
        problems.append(
            Problem(origin, f"{where}.id", Reason("must be lowercase letters, digits or '-'"))
        )
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME_CHARS:
        problems.append(
            Problem(
                origin,
                f"{where}.name",
                Reason("must be 1–{most} characters", most=MAX_NAME_CHARS),
            )
        )
    config, found = config_from_dict(
        {"entries": raw.get("entries", []), "strategy": raw.get("strategy", "in_order")},
        known_ids=known_ids,
        origin=origin,
    )
    problems += [Problem(p.origin, f"{where}.{p.field}", p.reason) for p in found]
    if not isinstance(program_id, str) or not isinstance(name, str) or len(problems) > len(found):
        return None, problems
    return UserProgram(program_id, name.strip(), config.entries, config.strategy), problems


def load_user_programs(
    paths: Paths, known_ids: Iterable[str] | None = None
) -> tuple[list[UserProgram], list[Problem]]:
    """The user's programs in the order they were saved; never raises for bad content.

    With ``known_ids``, entries naming a stretch that no longer exists are
    dropped and reported. A program with a bad id or name is skipped.
    """
    path = user_programs_file(paths)
    if not path.exists() and not path.is_symlink():
        return [], []
    origin = str(path)
    try:
        data = read_json(path)
    except FileRefused as err:
        return [], [Problem(origin, None, err.reason)]
    raw_programs = data.get("programs") if isinstance(data, dict) else None
    if not isinstance(raw_programs, list):
        return [], [Problem(origin, "programs", Reason("must be a list"))]
    known = list(known_ids) if known_ids is not None else None
    programs: list[UserProgram] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_programs):
        program, found = _parse_program(raw, f"programs[{index}]", origin, known)
        problems += found
        if program is None:
            continue
        if program.id in seen:
            problems.append(Problem(origin, f"programs[{index}].id", Reason("is listed twice")))
            continue
        seen.add(program.id)
        programs.append(program)
    return programs, problems


def _program_to_dict(program: UserProgram) -> dict[str, object]:
    data = config_to_dict(RotationConfig(entries=program.entries, strategy=program.strategy))
    return {
        "id": program.id,
        "name": program.name,
        "strategy": data["strategy"],
        "entries": data["entries"],
    }


def _write(paths: Paths, programs: list[UserProgram]) -> None:
    path = user_programs_file(paths)
    if path.exists():
        try:
            read_json(path)
        except FileRefused:
            # Keep what the user had: this write would otherwise replace it for good.
            shutil.copyfile(path, path.with_name(path.name + ".bak"))
    write_json_atomic(
        path,
        {"version": PROGRAMS_VERSION, "programs": [_program_to_dict(p) for p in programs]},
    )


def save_user_program(paths: Paths, program: UserProgram) -> None:
    """Add ``program``, or replace the saved one with the same id; raises ``OSError``."""
    programs, _ = load_user_programs(paths)
    replaced = [program if p.id == program.id else p for p in programs]
    if all(p.id != program.id for p in programs):
        replaced.append(program)
    _write(paths, replaced)


def delete_user_program(paths: Paths, program_id: str) -> bool:
    """Remove the program with ``program_id``; False when there was none."""
    programs, _ = load_user_programs(paths)
    kept = [p for p in programs if p.id != program_id]
    if len(kept) == len(programs):
        return False
    _write(paths, kept)
    return True
