"""The changes the Stretches window makes to a rotation, as plain functions.

Each takes a :class:`RotationConfig` and returns a new one, so the window only
shows and persists; the rules (what a program sets, what a duplicate takes
over) live here where a test can read them without a widget.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from standup_buddy.core.rotation import Exclusion, Program, RotationConfig, RotationEntry
from standup_buddy.core.stretch import Stretch
from standup_buddy.services.rotation import UserProgram
from standup_buddy.textfmt import QT_TRANSLATE_NOOP, WORDS


def _entries_by_id(config: RotationConfig) -> dict[str, RotationEntry]:
    return {e.stretch_id: e for e in config.entries}


def only_known(config: RotationConfig, all_ids: Sequence[str]) -> RotationConfig:
    """``config`` without entries for missing stretches, with every other stretch listed."""
    known = set(all_ids)
    kept = tuple(e for e in config.entries if e.stretch_id in known)
    if len(kept) != len(config.entries):
        config = replace(config, entries=kept)
    return config.with_all(all_ids)


def set_enabled(config: RotationConfig, stretch_id: str, enabled: bool) -> RotationConfig:
    """Switch one stretch on or off."""
    return replace(
        config,
        entries=tuple(
            replace(e, enabled=enabled) if e.stretch_id == stretch_id else e for e in config.entries
        ),
    )


def set_weight(config: RotationConfig, stretch_id: str, weight: float) -> RotationConfig:
    """How often one stretch tends to come up when shuffled."""
    return replace(
        config,
        entries=tuple(
            replace(e, weight=weight) if e.stretch_id == stretch_id else e for e in config.entries
        ),
    )


def set_duration(config: RotationConfig, stretch_id: str, seconds: int | None) -> RotationConfig:
    """Seconds per side for one stretch; None uses the stretch's own length."""
    return replace(
        config,
        entries=tuple(
            replace(e, duration_override=seconds) if e.stretch_id == stretch_id else e
            for e in config.entries
        ),
    )


def reorder(config: RotationConfig, order: Sequence[str]) -> RotationConfig:
    """Entries in the order of ``order``; ids it leaves out keep their place at the end."""
    by_id = _entries_by_id(config)
    listed = [by_id[sid] for sid in order if sid in by_id]
    rest = [e for e in config.entries if e.stretch_id not in set(order)]
    return replace(config, entries=tuple(listed + rest))


def move(config: RotationConfig, stretch_id: str, delta: int) -> RotationConfig:
    """Move one stretch ``delta`` places (negative: up), stopping at either end."""
    ids = [e.stretch_id for e in config.entries]
    if stretch_id not in ids:
        return config
    index = ids.index(stretch_id)
    target = min(len(ids) - 1, max(0, index + delta))
    ids.insert(target, ids.pop(index))
    return reorder(config, ids)


def apply_program(
    config: RotationConfig, program: Program, all_ids: Sequence[str]
) -> RotationConfig:
    """Turn on ``program``'s stretches in its order and every other one off.

    Weights and lengths the user set for a stretch are kept: they are about
    the person, not the program. Filters and strategy are kept too.
    """
    by_id = _entries_by_id(config)
    known = set(all_ids)
    chosen = [sid for sid in program.stretch_ids if sid in known]
    entries = [replace(by_id.get(sid, RotationEntry(sid)), enabled=True) for sid in chosen]
    order = [e.stretch_id for e in config.entries] + list(all_ids)
    seen = set(chosen)
    for sid in order:
        if sid in known and sid not in seen:
            seen.add(sid)
            entries.append(replace(by_id.get(sid, RotationEntry(sid)), enabled=False))
    return replace(config, entries=tuple(entries), program=program.id)


def apply_user_program(
    config: RotationConfig, program: UserProgram, all_ids: Sequence[str]
) -> RotationConfig:
    """The rotation the user saved as ``program``, with today's filters kept."""
    updated = replace(
        config, entries=program.entries, strategy=program.strategy, program=program.id
    )
    return only_known(updated, all_ids)


def _enabled_ids(config: RotationConfig, known: Collection[str]) -> list[str]:
    return [e.stretch_id for e in config.entries if e.enabled and e.stretch_id in known]


def matches_program(config: RotationConfig, program: Program, all_ids: Sequence[str]) -> bool:
    """Whether ``config`` turns on exactly ``program``'s stretches, in its order."""
    known = set(all_ids)
    return _enabled_ids(config, known) == [sid for sid in program.stretch_ids if sid in known]


def matches_user_program(
    config: RotationConfig, program: UserProgram, all_ids: Sequence[str]
) -> bool:
    """Whether ``config`` still is the rotation saved as ``program``."""
    known = set(all_ids)
    mine = [e for e in config.entries if e.enabled and e.stretch_id in known]
    saved = [e for e in program.entries if e.enabled and e.stretch_id in known]
    return mine == saved and config.strategy == program.strategy


def insert_copy(
    config: RotationConfig, copy_id: str, original_id: str, all_ids: Sequence[str]
) -> RotationConfig:
    """Put a duplicate right after its original, taking over the original's place.

    The copy gets the original's state (on or off, weight); the original is
    switched off so the two do not both come up. Its length comes from the
    copy itself, so any override is not carried over.
    """
    config = only_known(config, all_ids)
    original = config.entry(original_id)
    entries = [e for e in config.entries if e.stretch_id != copy_id]
    if original is None:
        entries.append(RotationEntry(copy_id))
        return replace(config, entries=tuple(entries))
    index = next(i for i, e in enumerate(entries) if e.stretch_id == original_id)
    copy = RotationEntry(copy_id, enabled=original.enabled, weight=original.weight)
    entries[index] = replace(original, enabled=False)
    entries.insert(index + 1, copy)
    return replace(config, entries=tuple(entries))


def enable_new(config: RotationConfig, stretch_id: str, all_ids: Sequence[str]) -> RotationConfig:
    """List a newly made stretch at the end of the rotation, switched on."""
    config = only_known(config, all_ids)
    entries = [e for e in config.entries if e.stretch_id != stretch_id]
    entries.append(RotationEntry(stretch_id))
    return replace(config, entries=tuple(entries))


def filtered_out_reason(
    stretch: Stretch, config: RotationConfig, *, place_words: Mapping[str, str]
) -> str | None:
    """Why the filters keep ``stretch`` out of breaks (None when they let it through).

    The rule is the core's (``RotationConfig.exclusion``), so the window and
    the break planner cannot disagree; this only words it. The floor rule
    depends on the hour and is shown apart, so it is not asked here.
    """
    why = config.exclusion(stretch)
    if why is Exclusion.NO_ROOM:
        return WORDS.translate("StretchWords", "Needs more room than you have")
    if why is Exclusion.PLACE_FILTERED:
        return WORDS.translate("StretchWords", "{place} is filtered out").format(
            place=place_words.get(stretch.where, stretch.where))
    if why is Exclusion.FOCUS_FILTERED:
        return WORDS.translate("StretchWords", "Not in the chosen focus")
    return None


# The reasons above, for the translation catalog.
_REASONS = (
    QT_TRANSLATE_NOOP("StretchWords", "Needs more room than you have"),
    QT_TRANSLATE_NOOP("StretchWords", "{place} is filtered out"),
    QT_TRANSLATE_NOOP("StretchWords", "Not in the chosen focus"),
)


def enabled_count(config: RotationConfig, ids: Iterable[str]) -> int:
    """How many of ``ids`` are switched on."""
    wanted = set(ids)
    return sum(1 for e in config.entries if e.enabled and e.stretch_id in wanted)
