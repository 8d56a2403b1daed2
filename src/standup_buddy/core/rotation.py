"""Which stretches a break shows: the user's rotation, its filters and its place.

A rotation is an ordered list of entries (a stretch id, enabled or not, a
weight, an optional duration), filtered by where the user is and what they
want to work on. ``StretchRotation`` draws from it in order or from a
shuffle bag (no repeats until every eligible stretch has come up), using an
injected ``random.Random`` so a test can seed it. Its state is a plain value
that survives restarts.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Literal

from standup_buddy.core.problem import Problem, Reason, not_one_of
from standup_buddy.core.stretch import DURATION_BOUNDS, FOCUS_AREAS, PLACES, Stretch

Strategy = Literal["in_order", "shuffle"]
STRATEGIES: tuple[str, ...] = ("in_order", "shuffle")
Space = Literal["desk", "standing", "floor"]
SPACES: tuple[str, ...] = ("desk", "standing", "floor")
"""Where the user can move: at the desk only, standing too, or with floor space at home."""
SPACE_PLACES: Mapping[str, frozenset[str]] = {
    "desk": frozenset({"desk"}),
    "standing": frozenset({"desk", "standing"}),
    "floor": frozenset({"desk", "standing", "floor"}),
}
"""The stretch places each answer allows at all (breaks and the routine)."""
WEIGHT_BOUNDS = (0.1, 10.0)
FALLBACK_STRETCH_ID = "walk-break"
DEFAULT_PROGRAM = "maintain"
HISTORY_LIMIT = 50
MIN_SIDE_SECONDS = 5

_Reporter = Callable[[str, str], None]


@dataclass(frozen=True, slots=True)
class Program:
    """A named, ordered list of stretches (Relief, Strengthen, Maintain)."""

    id: str
    name: str
    description: str
    stretch_ids: tuple[str, ...]
    routine_ids: tuple[str, ...] = ()
    """The stretches of the daily routine, floor work included (none: the break ones)."""


@dataclass(frozen=True, slots=True)
class RotationEntry:
    """One stretch in the rotation, as the user set it up."""

    stretch_id: str
    enabled: bool = True
    weight: float = 1.0
    duration_override: int | None = None


class Exclusion(StrEnum):
    """Why a switched-on stretch does not come up in breaks (``RotationConfig.exclusion``)."""

    NO_ROOM = "no_room"
    """It needs more room than where the user said they can move."""
    PLACE_FILTERED = "place_filtered"
    FOCUS_FILTERED = "focus_filtered"
    FLOOR_IN_WORKING_HOURS = "floor_in_working_hours"
    """Floor work, kept for outside working hours (and the daily routine)."""


@dataclass(frozen=True, slots=True)
class RotationConfig:
    """The user's rotation: entries in order, how to draw, and the filters.

    An empty ``where_filter`` or ``focus_filter`` lets everything through; a
    stretch passes the focus filter when any of its focus areas is listed.
    ``space`` is where the user said they can move: "desk" keeps to seated
    stretches, "standing" adds standing ones, "floor" (floor space at home, the
    default) adds floor exercises. Even then, with ``floor_outside_hours_only``
    (the default: few offices have floor space), floor exercises come up in
    breaks only outside working hours; the daily routine is where they live.
    """

    entries: tuple[RotationEntry, ...] = ()
    program: str | None = DEFAULT_PROGRAM
    strategy: Strategy = "in_order"
    where_filter: frozenset[str] = frozenset()
    focus_filter: frozenset[str] = frozenset()
    floor_outside_hours_only: bool = True
    space: Space = "floor"

    def exclusion(
        self, stretch: Stretch, *, within_working_hours: bool | None = None
    ) -> Exclusion | None:
        """Why ``stretch`` cannot come up in a break (None: it can): the one rule.

        Where the user can move comes first, then the place and focus
        filters, then, when ``within_working_hours`` is known and true, the
        rule that keeps floor work for outside working hours. Whether the
        entry is switched on is the caller's other question.
        """
        if stretch.where not in SPACE_PLACES[self.space]:
            return Exclusion.NO_ROOM
        if self.where_filter and stretch.where not in self.where_filter:
            return Exclusion.PLACE_FILTERED
        if self.focus_filter and not self.focus_filter.intersection(stretch.focus):
            return Exclusion.FOCUS_FILTERED
        if self.floor_outside_hours_only and within_working_hours and stretch.where == "floor":
            return Exclusion.FLOOR_IN_WORKING_HOURS
        return None

    def entry(self, stretch_id: str) -> RotationEntry | None:
        """The entry for ``stretch_id``, if the rotation has one."""
        return next((e for e in self.entries if e.stretch_id == stretch_id), None)

    def with_all(self, stretch_ids: Iterable[str]) -> RotationConfig:
        """This config with a disabled entry appended for every id it does not list yet."""
        known = {e.stretch_id for e in self.entries}
        extra = tuple(RotationEntry(sid, enabled=False) for sid in stretch_ids if sid not in known)
        return replace(self, entries=self.entries + extra) if extra else self


@dataclass(frozen=True, slots=True)
class RotationState:
    """Where the rotation is: next in-order position, the shuffle bag, what was shown.

    ``history`` lists stretch ids in the order they were shown (most recent
    last) and ``cursor`` points at the one on screen, so ←/→ can step back and
    forth like a browser's history.
    """

    position: int = 0
    bag: tuple[str, ...] = ()
    history: tuple[str, ...] = ()
    cursor: int = -1


@dataclass(frozen=True, slots=True)
class PlannedStretch:
    """A stretch chosen for a break, with the time it gets on each side.

    ``sides`` is ``("none",)`` or ``("left", "right")``; ``note`` explains a
    fallback, e.g. when nothing in the rotation could be shown.
    """

    stretch: Stretch
    seconds_per_side: int
    sides: tuple[str, ...]
    note: str | None = None

    @property
    def total_seconds(self) -> int:
        """Time for the stretch, every side included."""
        return self.seconds_per_side * len(self.sides)


def default_config(program: Program | None, all_ids: Sequence[str]) -> RotationConfig:
    """A rotation with ``program``'s stretches enabled in its order, the rest disabled."""
    enabled = [sid for sid in (program.stretch_ids if program else ()) if sid in all_ids]
    if not enabled:
        enabled = list(all_ids)
    config = RotationConfig(
        entries=tuple(RotationEntry(sid) for sid in enabled),
        program=program.id if program else None,
    )
    return config.with_all(all_ids)


class StretchRotation:
    """Draws stretches for breaks from a rotation; pure, with injected randomness.

    ``stretches`` maps ids to every stretch the catalog holds; entries naming
    an id that is not there are ignored.
    """

    def __init__(
        self,
        stretches: Mapping[str, Stretch],
        config: RotationConfig,
        state: RotationState | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._stretches = dict(stretches)
        self._config = config
        self._state = state or RotationState()
        self._rng = rng or random.Random(0)
        self._working_hours = True

    @property
    def config(self) -> RotationConfig:
        """The rotation being drawn from."""
        return self._config

    @property
    def state(self) -> RotationState:
        """The current state, to persist."""
        return self._state

    def set_config(self, config: RotationConfig) -> None:
        """Use a changed rotation; the place in it and what was shown are kept."""
        self._config = config

    def eligible(self, within_working_hours: bool) -> list[Stretch]:
        """The enabled stretches that pass the filters now, in rotation order."""
        cfg = self._config
        result: list[Stretch] = []
        for entry in cfg.entries:
            stretch = self._stretches.get(entry.stretch_id)
            if stretch is None or not entry.enabled:
                continue
            if cfg.exclusion(stretch, within_working_hours=within_working_hours) is None:
                result.append(stretch)
        return result

    # --- drawing --------------------------------------------------------------

    def _draw(self, within_working_hours: bool) -> tuple[Stretch, str | None]:
        pool = self.eligible(within_working_hours)
        if not pool:
            return self._fallback(), (
                "No stretch in your rotation fits right now (all disabled or filtered "
                "out), so here is a simple one instead."
            )
        if self._config.strategy == "shuffle":
            return self._draw_shuffled(pool), None
        return self._draw_in_order(pool), None

    def _draw_in_order(self, pool: list[Stretch]) -> Stretch:
        entries = self._config.entries
        eligible_ids = {s.id for s in pool}
        count = len(entries)
        start = self._state.position % count if count else 0
        for offset in range(count):
            index = (start + offset) % count
            if entries[index].stretch_id in eligible_ids:
                self._state = replace(self._state, position=(index + 1) % count)
                return self._stretches[entries[index].stretch_id]
        return pool[0]  # unreachable: the pool comes from the entries

    def _draw_shuffled(self, pool: list[Stretch]) -> Stretch:
        eligible_ids = [s.id for s in pool]
        bag = [sid for sid in self._state.bag if sid in eligible_ids]
        if not bag:
            bag = self._weighted_order(eligible_ids)
            # Avoid showing the same stretch twice in a row across a refill.
            last = self._state.history[-1] if self._state.history else None
            if len(bag) > 1 and bag[0] == last:
                bag.append(bag.pop(0))
        chosen, rest = bag[0], tuple(bag[1:])
        self._state = replace(self._state, bag=rest)
        return self._stretches[chosen]

    def _weighted_order(self, ids: list[str]) -> list[str]:
        # Weighted random permutation (Efraimidis-Spirakis): heavier stretches
        # tend to come earlier in each bag, but every one comes up once.
        def key(sid: str) -> float:
            entry = self._config.entry(sid)
            weight = entry.weight if entry else 1.0
            weight = min(WEIGHT_BOUNDS[1], max(WEIGHT_BOUNDS[0], weight))
            return float(self._rng.random() ** (1.0 / weight))

        keys = {sid: key(sid) for sid in ids}
        return sorted(ids, key=lambda sid: keys[sid], reverse=True)

    def _fallback(self) -> Stretch:
        places = SPACE_PLACES[self._config.space] - {"floor"}
        walk = self._stretches.get(FALLBACK_STRETCH_ID)
        if walk is not None and walk.where in places:
            return walk
        non_floor = [s for s in self._stretches.values() if s.where in places]
        if non_floor:
            return sorted(non_floor, key=lambda s: s.id)[0]
        return sorted(self._stretches.values(), key=lambda s: s.id)[0]

    def _planned(self, stretch: Stretch, note: str | None) -> PlannedStretch:
        entry = self._config.entry(stretch.id)
        seconds = stretch.duration_seconds
        if entry is not None and entry.duration_override is not None:
            seconds = entry.duration_override
        sides = ("left", "right") if stretch.two_sided else ("none",)
        return PlannedStretch(stretch, seconds, sides, note)

    def _remember(self, stretch_ids: Sequence[str], show_index: int) -> None:
        history = (*self._state.history, *stretch_ids)
        overflow = max(0, len(history) - HISTORY_LIMIT)
        history = history[overflow:]
        cursor = len(history) - len(stretch_ids) + show_index
        self._state = replace(self._state, history=history, cursor=max(-1, cursor))

    # --- public drawing API ---------------------------------------------------

    def plan_break(
        self, break_seconds: int, within_working_hours: bool, *, commit: bool = True
    ) -> list[PlannedStretch]:
        """The stretches for a break of ``break_seconds``, advancing the rotation.

        With ``commit=False`` the plan is only a proposal: the rotation stays
        where it was and moves on through :meth:`mark_shown` for each stretch
        that really reaches the screen, so a snoozed or missed break burns
        nothing.  A two-sided stretch gets both sides. When the break is longer than one
        stretch the plan goes on with the next ones, without repeating any
        within the plan; the last one is shortened to fit. Never empty while
        the catalog has at least one stretch.
        """
        if not self._stretches:
            return []
        self._working_hours = within_working_hours
        before = self._state
        plan: list[PlannedStretch] = []
        used: set[str] = set()
        remaining = max(0, break_seconds)
        pool_size = max(1, len(self.eligible(within_working_hours)))
        while True:
            snapshot = self._state
            stretch, note = self._draw(within_working_hours)
            if stretch.id in used:
                self._state = snapshot  # leave it for the next break
                break
            item = self._planned(stretch, note)
            if plan and remaining < item.total_seconds / 2:
                self._state = snapshot
                break
            if item.total_seconds > remaining:
                per_side = max(MIN_SIDE_SECONDS, remaining // len(item.sides))
                item = replace(item, seconds_per_side=per_side)
            plan.append(item)
            used.add(stretch.id)
            remaining -= item.total_seconds
            if remaining <= 0 or note is not None or len(plan) >= pool_size:
                break
        if commit:
            self._remember([p.stretch.id for p in plan], 0)
        else:
            self._state = before
        return plan

    def mark_shown(self, stretch_id: str) -> None:
        """``stretch_id`` reached the screen: it joins the history and the rotation moves on.

        In order, the position passes it only when it is the one due next (a
        stretch reached early with the arrows leaves the others due, so none
        drops out of the week); a shuffle bag lets it go.
        """
        if stretch_id not in self._stretches:
            return
        state = self._state
        entries = self._config.entries
        position = state.position
        if self._config.strategy == "in_order" and entries:
            eligible = {s.id for s in self.eligible(self._working_hours)}
            count = len(entries)
            start = position % count
            for offset in range(count):
                index = (start + offset) % count
                if entries[index].stretch_id in eligible:
                    if entries[index].stretch_id == stretch_id:
                        position = (index + 1) % count
                    break
        bag = state.bag
        if self._config.strategy == "shuffle":
            pool = [s.id for s in self.eligible(self._working_hours)]
            if not [sid for sid in bag if sid in pool] and stretch_id in pool:
                bag = tuple(self._weighted_order(pool))  # a new round starts with this one
            bag = tuple(sid for sid in bag if sid != stretch_id)
        self._state = replace(state, position=position, bag=bag)
        self._remember([stretch_id], 0)

    def next(self, within_working_hours: bool | None = None) -> PlannedStretch | None:
        """The stretch after the one on screen (→): from history, else newly drawn."""
        if not self._stretches:
            return None
        hours = self._working_hours if within_working_hours is None else within_working_hours
        state = self._state
        if 0 <= state.cursor < len(state.history) - 1:
            self._state = replace(state, cursor=state.cursor + 1)
            return self._from_history()
        stretch, note = self._draw(hours)
        self._remember([stretch.id], 0)
        return self._planned(stretch, note)

    def previous(self) -> PlannedStretch | None:
        """The stretch shown before the one on screen (←), or None at the start."""
        state = self._state
        if state.cursor <= 0 or not state.history:
            return None
        self._state = replace(state, cursor=state.cursor - 1)
        return self._from_history()

    def current(self) -> PlannedStretch | None:
        """The stretch on screen, if any is known."""
        return self._from_history()

    def _from_history(self) -> PlannedStretch | None:
        state = self._state
        if not 0 <= state.cursor < len(state.history):
            return None
        stretch = self._stretches.get(state.history[state.cursor])
        if stretch is None:
            return None
        return self._planned(stretch, None)


# --- plain-data round trips ---------------------------------------------------


def config_to_dict(config: RotationConfig) -> dict[str, object]:
    """JSON-ready data for ``config``."""
    return {
        "program": config.program,
        "strategy": config.strategy,
        "where_filter": sorted(config.where_filter),
        "focus_filter": sorted(config.focus_filter),
        "floor_outside_hours_only": config.floor_outside_hours_only,
        "space": config.space,
        "entries": [
            {
                "stretch_id": e.stretch_id,
                "enabled": e.enabled,
                "weight": e.weight,
                "duration_override": e.duration_override,
            }
            for e in config.entries
        ],
    }


def state_to_dict(state: RotationState) -> dict[str, object]:
    """JSON-ready data for ``state``."""
    return {
        "position": state.position,
        "bag": list(state.bag),
        "history": list(state.history),
        "cursor": state.cursor,
    }


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _str_list(value: object) -> list[str] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [str(v) for v in value]
    return None


def state_from_dict(data: object) -> RotationState:
    """A state from stored data; anything unusable is replaced by the start state."""
    if not isinstance(data, dict):
        return RotationState()
    position = data.get("position", 0)
    cursor = data.get("cursor", -1)
    bag = _str_list(data.get("bag", []))
    history = _str_list(data.get("history", []))
    if not _is_int(position) or not _is_int(cursor) or bag is None or history is None:
        return RotationState()
    history = history[-HISTORY_LIMIT:]
    cursor_value = int(cursor)
    if not -1 <= cursor_value < max(1, len(history)):
        cursor_value = len(history) - 1
    return RotationState(
        position=max(0, int(position)),
        bag=tuple(bag),
        history=tuple(history),
        cursor=cursor_value,
    )


def config_from_dict(
    data: object, *, known_ids: Iterable[str] | None = None, origin: str
) -> tuple[RotationConfig, list[Problem]]:
    """A config from stored data, keeping what is usable and reporting the rest.

    With ``known_ids``, entries naming an unknown stretch are dropped and
    reported; an entry that is malformed is dropped; a bad setting falls back
    to its default.
    """
    problems: list[Problem] = []

    def bad(field: str, reason: str) -> None:
        problems.append(Problem(origin, field, reason))

    if not isinstance(data, dict):
        return RotationConfig(), [Problem(origin, None, Reason("a rotation must be a JSON object"))]
    known = set(known_ids) if known_ids is not None else None
    defaults = RotationConfig()

    program = data.get("program", defaults.program)
    if program is not None and not isinstance(program, str):
        bad("program", Reason("{value} is not a program id", value=repr(program)))
        program = defaults.program

    strategy = data.get("strategy", defaults.strategy)
    if strategy not in STRATEGIES:
        bad("strategy", not_one_of(strategy, STRATEGIES))
        strategy = defaults.strategy

    filters: dict[str, frozenset[str]] = {}
    for key, vocabulary in (("where_filter", PLACES), ("focus_filter", FOCUS_AREAS)):
        values = _str_list(data.get(key, []))
        if values is None:
            bad(key, Reason("must be a list drawn from {allowed}", allowed=", ".join(vocabulary)))
            values = []
        unknown = [v for v in values if v not in vocabulary]
        for value in unknown:
            bad(key, not_one_of(value, vocabulary))
        filters[key] = frozenset(v for v in values if v in vocabulary)

    floor_rule = data.get("floor_outside_hours_only", defaults.floor_outside_hours_only)
    if not isinstance(floor_rule, bool):
        bad("floor_outside_hours_only", _not_a_bool(floor_rule))
        floor_rule = defaults.floor_outside_hours_only

    space = data.get("space", defaults.space)
    if space not in SPACES:
        bad("space", not_one_of(space, SPACES))
        space = defaults.space

    entries: list[RotationEntry] = []
    seen: set[str] = set()
    raw_entries = data.get("entries", [])
    if not isinstance(raw_entries, list):
        bad("entries", Reason("must be a list"))
        raw_entries = []
    for index, raw in enumerate(raw_entries):
        entry = _entry_from_dict(raw, f"entries[{index}]", bad)
        if entry is None:
            continue
        if known is not None and entry.stretch_id not in known:
            bad(
                f"entries[{index}].stretch_id",
                Reason("'{id}' is not a known stretch", id=entry.stretch_id),
            )
            continue
        if entry.stretch_id in seen:
            twice = Reason("'{id}' is listed twice", id=entry.stretch_id)
            bad(f"entries[{index}].stretch_id", twice)
            continue
        seen.add(entry.stretch_id)
        entries.append(entry)

    config = RotationConfig(
        entries=tuple(entries),
        program=program,
        strategy=strategy,
        where_filter=filters["where_filter"],
        focus_filter=filters["focus_filter"],
        floor_outside_hours_only=floor_rule,
        space=space,
    )
    return config, problems


def _not_a_bool(value: object) -> Reason:
    return Reason("{value} is not true or false", value=repr(value))


def _out_of_bounds(value: object, low: str | int, high: str | int) -> Reason:
    return Reason("{value} is out of bounds ({low}–{high})", value=repr(value), low=low, high=high)


def _entry_from_dict(raw: object, where: str, bad: _Reporter) -> RotationEntry | None:
    if isinstance(raw, str):
        return RotationEntry(raw)  # a bare id is the simplest hand-written form
    if not isinstance(raw, dict):
        bad(where, Reason("must be a stretch id or an object"))
        return None
    stretch_id = raw.get("stretch_id")
    if not isinstance(stretch_id, str) or not stretch_id:
        bad(f"{where}.stretch_id", Reason("is missing"))
        return None
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        bad(f"{where}.enabled", _not_a_bool(enabled))
        enabled = True
    weight = raw.get("weight", 1.0)
    low, high = WEIGHT_BOUNDS
    if not isinstance(weight, int | float) or isinstance(weight, bool) or not low <= weight <= high:
        bad(f"{where}.weight", _out_of_bounds(weight, f"{low:g}", f"{high:g}"))
        weight = 1.0
    override = raw.get("duration_override")
    dlow, dhigh = DURATION_BOUNDS
    if override is not None and (not _is_int(override) or not dlow <= override <= dhigh):
        bad(f"{where}.duration_override", _out_of_bounds(override, dlow, dhigh))
        override = None
    return RotationEntry(
        stretch_id, enabled=enabled, weight=float(weight), duration_override=override
    )
