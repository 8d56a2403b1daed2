"""The stretch catalog: built-in stretches from the package plus the user's own files.

A bad user file never stops the others loading: it is skipped with a
:class:`~standup_buddy.core.stretch.Problem` naming the file, the field and
the reason (SPEC section 7).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from standup_buddy.core.figure import (
    NO_FIGURE,
    POSE_LIBRARY,
    Animation,
    Keyframe,
    Pose,
    Prop,
    parse_animation,
)
from standup_buddy.core.problem import Problem, Reason
from standup_buddy.core.rotation import Program
from standup_buddy.core.stretch import (
    TEXT_LIMITS,
    Source,
    Stretch,
    TranslatedFields,
    english_fields,
    is_file_reference,
    localized,
    stretch_to_dict,
    unsafe_reference_reason,
    validate_stretch,
)
from standup_buddy.core.translation import SOURCE_LANGUAGE
from standup_buddy.package_files import package_root
from standup_buddy.platform.paths import Paths
from standup_buddy.stretches.files import FileRefused, read_json, write_json_atomic
from standup_buddy.stretches.translations import (
    PROGRAM_LIMITS,
    ContentTranslation,
    available_languages,
    check_family,
    localized_program,
    program_fields,
    read_family,
)

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

STILL_FIGURE = Animation(id="still", keyframes=(Keyframe(0.0, Pose()),), loop=False)
"""Shown if a stretch's animation cannot be found (should not happen after validation)."""


@dataclass(frozen=True, slots=True)
class Catalog:
    """Every stretch the app knows, the built-in animations and programs, and load problems."""

    stretches: tuple[Stretch, ...]
    animations: Mapping[str, Animation]
    programs: tuple[Program, ...]
    problems: tuple[Problem, ...] = ()
    language: str = SOURCE_LANGUAGE
    """The language stretch and program text is shown in (English where a field is untranslated)."""
    _by_id: Mapping[str, Stretch] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {s.id: s for s in self.stretches})

    def get(self, stretch_id: str) -> Stretch | None:
        """The stretch with ``stretch_id``, if there is one."""
        return self._by_id.get(stretch_id)

    def by_id(self) -> dict[str, Stretch]:
        """All stretches keyed by id."""
        return dict(self._by_id)

    @property
    def ids(self) -> tuple[str, ...]:
        """Stretch ids in catalog order: built-ins first, then the user's."""
        return tuple(s.id for s in self.stretches)

    @property
    def builtin_ids(self) -> frozenset[str]:
        """Ids of the stretches that ship with the app."""
        return frozenset(s.id for s in self.stretches if s.source == "builtin")

    def program(self, program_id: str | None) -> Program | None:
        """The program with ``program_id``, if there is one."""
        return next((p for p in self.programs if p.id == program_id), None)

    def animation_for(self, stretch: Stretch) -> Animation:
        """The animation a stretch shows, whether inline or built in."""
        if isinstance(stretch.animation, Animation):
            return stretch.animation
        return self.animations.get(stretch.animation, STILL_FIGURE)


# --- built-ins ----------------------------------------------------------------


def _assets() -> Traversable:
    return package_root() / "assets"


def _json_resources(folder: Traversable) -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for item in sorted(folder.iterdir(), key=lambda t: t.name):
        if item.name.endswith(".json") and item.is_file():
            found.append((item.name, json.loads(item.read_text(encoding="utf-8"))))
    return found


def _unknown_stretch(stretch_id: str) -> Reason:
    return Reason("'{id}' is not a known stretch", id=stretch_id)


def _parse_program(
    data: object, origin: str, known: set[str]
) -> tuple[Program | None, list[Problem]]:
    problems: list[Problem] = []
    if not isinstance(data, dict):
        return None, [Problem(origin, None, Reason("a program must be a JSON object"))]
    texts: dict[str, str] = {}
    for key in ("id", "name", "description"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(Problem(origin, key, Reason("must be non-empty text")))
        else:
            texts[key] = value
    ids = data.get("stretch_ids")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        problems.append(
            Problem(origin, "stretch_ids", Reason("must be a non-empty list of stretch ids"))
        )
        ids = []
    for sid in ids:
        if sid not in known:
            problems.append(Problem(origin, "stretch_ids", _unknown_stretch(sid)))
    routine = data.get("routine_ids", [])
    if not isinstance(routine, list) or not all(isinstance(i, str) for i in routine):
        problems.append(Problem(origin, "routine_ids", Reason("must be a list of stretch ids")))
        routine = []
    for sid in routine:
        if sid not in known:
            problems.append(Problem(origin, "routine_ids", _unknown_stretch(sid)))
    if problems:
        return None, problems
    return (
        Program(texts["id"], texts["name"], texts["description"], tuple(ids), tuple(routine)),
        [],
    )


@dataclass(frozen=True, slots=True)
class _Builtins:
    stretches: tuple[Stretch, ...]
    animations: Mapping[str, Animation]
    programs: tuple[Program, ...]
    problems: tuple[Problem, ...]


def _library_animations() -> dict[str, Animation]:
    """'none' (no figure) and a still figure for each pose of the pose library.

    These let a user's stretch show no animation, or a plain pose that fits it,
    rather than borrowing the figure of an unrelated stretch.
    """
    found: dict[str, Animation] = {NO_FIGURE.id: NO_FIGURE}
    for name, pose in POSE_LIBRARY.items():
        props = (Prop("chair", 0.449),) if name == "seated" else ()
        found[f"pose-{name}"] = Animation(
            id=f"pose-{name}", keyframes=(Keyframe(0.0, pose),), loop=False, props=props
        )
    return found


@functools.cache
def _load_builtins() -> _Builtins:
    # Shipped data never changes while the app runs, so it is read once.
    problems: list[Problem] = []
    animations: dict[str, Animation] = {}
    for name, data in _json_resources(_assets() / "animations"):
        default_id = name.removesuffix(".json")
        animation, found = parse_animation(
            data, default_id=default_id, origin=f"built-in animations/{name}"
        )
        problems += found
        if animation is not None:
            animations[animation.id] = animation
    animations.update(_library_animations())
    stretches: list[Stretch] = []
    for name, data in _json_resources(_assets() / "stretches"):
        stretch, found = validate_stretch(
            data,
            known_animations=animations,
            origin=f"built-in stretches/{name}",
            source="builtin",
        )
        problems += found
        if stretch is not None:
            stretches.append(stretch)
    known = {s.id for s in stretches}
    programs: list[Program] = []
    for name, data in _json_resources(_assets() / "programs"):
        program, found = _parse_program(data, f"built-in programs/{name}", known)
        problems += found
        if program is not None:
            programs.append(program)
    order = {"relief": 0, "strengthen": 1, "maintain": 2}
    programs.sort(key=lambda p: (order.get(p.id, 9), p.id))
    return _Builtins(tuple(stretches), animations, tuple(programs), tuple(problems))


@functools.cache
def builtin_translations(language: str) -> ContentTranslation:
    """The checked built-in translations of stretches and programs into ``language``.

    Read once per language and only when that language is asked for.
    """
    builtins = _load_builtins()
    problems: list[Problem] = []
    found: list[dict[str, TranslatedFields]] = []
    for family, english, limits in (
        ("stretches", {s.id: english_fields(s) for s in builtins.stretches}, TEXT_LIMITS),
        ("programs", {p.id: program_fields(p) for p in builtins.programs}, PROGRAM_LIMITS),
    ):
        data, problem = read_family(family, language)
        if problem is not None:
            problems.append(problem)
        if data is None:
            found.append({})
            continue
        origin = f"built-in translations/{family}/{language}.json"
        usable, issues = check_family(
            data, english, language=language, limits=limits, origin=origin
        )
        problems += issues
        found.append(dict(usable))
    return ContentTranslation(
        language,
        stretches=found[0],
        programs=found[1],
        problems=tuple(problems),
    )


# --- user files -----------------------------------------------------------------


def _is_stretch_file(path: Path) -> bool:
    name = path.name
    return name.endswith(".json") and not name.endswith(".anim.json") and not name.startswith(".")


def _load_user_file(
    path: Path,
    folder: Path,
    builtins: _Builtins,
    source: Source = "user",
) -> tuple[Stretch | None, list[Problem]]:
    """Read and check one user stretch file; never raises for bad content."""
    origin = str(path)
    try:
        data = read_json(path, inside=folder)
    except FileRefused as err:
        return None, [Problem(origin, None, err.reason)]
    reference_problem: Problem | None = None
    if isinstance(data, dict):
        raw_animation = data.get("animation")
        if isinstance(raw_animation, str) and is_file_reference(raw_animation):
            reason = unsafe_reference_reason(raw_animation)
            if reason is None:
                try:
                    # Swap the reference for the file's content: the core then
                    # checks it exactly like an inline animation.
                    data["animation"] = read_json(folder / raw_animation, inside=folder)
                except FileRefused as err:
                    reason = Reason(
                        "{file} {reason}", file=repr(raw_animation), reason=err.reason
                    )
            if reason is not None:
                reference_problem = Problem(origin, "animation", reason)
    stretch, problems = validate_stretch(
        data,
        known_animations=builtins.animations,
        builtin_ids={s.id for s in builtins.stretches},
        origin=origin,
        source=source,
    )
    if reference_problem is not None:
        problems = [p for p in problems if p.field != "animation"]
        problems.insert(0, reference_problem)
        stretch = None
    return stretch, problems


def load_catalog(paths: Paths, language: str | None = None) -> Catalog:
    """Built-in stretches plus every valid ``*.json`` in ``paths.stretches_dir``.

    Files are read in name order; a file whose id another file already used
    is skipped. Every skipped file leaves a problem in ``Catalog.problems``.

    ``language`` (a code such as ``de`` or ``pt_BR``; see
    :func:`standup_buddy.stretches.content_language.content_language`) shows
    names, steps, cautions and programs translated, field by field, English
    wherever a field has no good translation. None or ``en``: the files' own text.
    """
    builtins = _load_builtins()
    stretches = list(builtins.stretches)
    problems = list(builtins.problems)
    folder = paths.stretches_dir
    seen: dict[str, Path] = {}
    try:
        candidates = sorted(p for p in folder.iterdir() if _is_stretch_file(p))
    except FileNotFoundError:
        candidates = []
    except OSError as err:
        listed = Reason("cannot be listed: {error}", error=str(err))
        problems.append(Problem(str(folder), None, listed))
        candidates = []
    for path in candidates:
        stretch, found = _load_user_file(path, folder, builtins)
        problems += found
        if stretch is None:
            continue
        if stretch.id in seen:
            problems.append(
                Problem(
                    str(path),
                    "id",
                    Reason(
                        "'{id}' is already used by {file}",
                        id=stretch.id,
                        file=str(seen[stretch.id]),
                    ),
                )
            )
            continue
        seen[stretch.id] = path
        stretches.append(stretch)
    shown = language if language and language in available_languages() else SOURCE_LANGUAGE
    programs = builtins.programs
    if shown != SOURCE_LANGUAGE:
        content = builtin_translations(shown)
        problems += content.problems
        stretches = [localized(s, shown, content.stretches) for s in stretches]
        programs = tuple(localized_program(p, content.programs) for p in programs)
    return Catalog(
        stretches=tuple(stretches),
        animations=builtins.animations,
        programs=programs,
        problems=tuple(problems),
        language=shown,
    )


def validate_files(files: Iterable[Path]) -> list[Problem]:
    """Every problem in the given user stretch files (empty when all are fine).

    Each file is checked as if it sat in its own folder: animation file
    references are looked up next to it.
    """
    builtins = _load_builtins()
    problems: list[Problem] = []
    for path in files:
        _, found = _load_user_file(path, path.parent, builtins)
        problems += found
    return problems


def user_stretch_path(paths: Paths, stretch_id: str) -> Path:
    """Where the user stretch ``stretch_id`` is saved."""
    return paths.stretches_dir / f"{stretch_id}.json"


def save_user_stretch(paths: Paths, stretch: Stretch) -> Path:
    """Write a user stretch to ``<stretches dir>/<id>.json`` atomically; returns the path.

    Raises ``ValueError`` for an id a built-in stretch uses, and ``OSError``
    if the file cannot be written.
    """
    if stretch.id in {s.id for s in _load_builtins().stretches}:
        raise ValueError(f"'{stretch.id}' is the id of a built-in stretch")
    if stretch.language != SOURCE_LANGUAGE:
        # A stretch shown translated would save its translation as the file's own text.
        raise ValueError("a translated stretch cannot be saved; save the file's own text")
    path = user_stretch_path(paths, stretch.id)
    data = stretch_to_dict(stretch)
    if "translations" not in data:
        # The editor knows only the file's own text: keep the translations it carries.
        kept = _translations_on_disk(path, paths.stretches_dir)
        if kept is not None:
            data["translations"] = kept
    write_json_atomic(path, data)
    return path


def _translations_on_disk(path: Path, folder: Path) -> object | None:
    try:
        old = read_json(path, inside=folder)
    except FileRefused:
        return None
    return old.get("translations") if isinstance(old, dict) else None


def delete_user_stretch(paths: Paths, stretch_id: str) -> bool:
    """Remove the user stretch file for ``stretch_id``; False if there was none."""
    path = user_stretch_path(paths, stretch_id)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
