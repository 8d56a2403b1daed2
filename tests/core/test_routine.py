"""The daily routine: what it offers over a week, and when it is offered."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from standup_buddy.core.rotation import (
    SPACE_PLACES,
    SPACES,
    RotationConfig,
    StretchRotation,
    default_config,
)
from standup_buddy.core.routine import (
    MAX_ROUTINE_SECONDS,
    MIN_ROUTINE_SECONDS,
    build_routine,
    should_offer,
    start_offset,
    step_at,
)
from standup_buddy.core.working_hours import WorkingHours
from standup_buddy.platform.paths import Paths
from standup_buddy.stretches.catalog import Catalog, load_catalog

ARTICLE_EXERCISES = {
    "kneeling-hip-flexor",
    "thomas-stretch",
    "hip-release-ball",
    "glute-bridge",
    "bird-dog",
    "plank",
    "deep-breathing",
}
MONDAY = dt.date(2026, 3, 2)  # any Monday; the results must not depend on which
WEEK = [MONDAY + dt.timedelta(days=i) for i in range(7)]


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    # Module-wide, so the home is made here rather than by the per-test fixture.
    home = tmp_path_factory.mktemp("home")
    return load_catalog(Paths(config_dir=home, data_dir=home))


def test_under_defaults_the_routine_offers_every_article_exercise_each_week(
    catalog: Catalog,
) -> None:
    config = RotationConfig()  # defaults: Maintain, floor space at home
    program = catalog.program(config.program)
    offered: set[str] = set()
    for day in WEEK[:5]:
        routine = build_routine(program, catalog.by_id(), day=day, space=config.space)
        assert MIN_ROUTINE_SECONDS <= routine.total_seconds <= MAX_ROUTINE_SECONDS
        offered |= set(routine.stretch_ids)
    assert offered >= ARTICLE_EXERCISES


@pytest.mark.parametrize("program_id", ["relief", "maintain", "strengthen"])
def test_every_program_routine_holds_its_floor_work(catalog: Catalog, program_id: str) -> None:
    program = catalog.program(program_id)
    assert program is not None
    offered: set[str] = set()
    for day in WEEK:
        offered |= set(build_routine(program, catalog.by_id(), day=day).stretch_ids)
    floor = {sid for sid in program.routine_ids if catalog.by_id()[sid].where == "floor"}
    assert floor and floor <= offered


def test_breaks_in_working_hours_never_show_a_floor_exercise(catalog: Catalog) -> None:
    hours = WorkingHours(frozenset(range(5)), dt.time(8, 0), dt.time(19, 0))
    stretches = catalog.by_id()
    for program in catalog.programs:
        rotation = StretchRotation(stretches, default_config(program, list(catalog.ids)))
        shown_outside: set[str] = set()
        for day in WEEK:
            moment = dt.datetime.combine(day, dt.time(6, 0))
            while moment.date() == day:
                within = hours.contains_local(moment)
                for planned in rotation.plan_break(120, within):
                    if within:
                        assert planned.stretch.where != "floor", (program.id, moment)
                    else:
                        shown_outside.add(planned.stretch.id)
                moment += dt.timedelta(minutes=30)
        # Outside working hours the floor work may still come up in a break.
        assert any(stretches[sid].where == "floor" for sid in shown_outside), program.id


@given(
    day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)),
    space=st.sampled_from(SPACES),
    program_index=st.integers(0, 2),
)
def test_a_routine_fits_its_time_and_where_you_can_move(
    catalog: Catalog, day: dt.date, space: str, program_index: int
) -> None:
    program = catalog.programs[program_index]
    routine = build_routine(
        program,
        catalog.by_id(),
        day=day,
        space=space,
        fallback_ids=catalog.ids,  # type: ignore[arg-type]
    )
    assert routine.total_seconds <= MAX_ROUTINE_SECONDS
    assert routine.total_seconds >= MIN_ROUTINE_SECONDS
    assert all(item.stretch.where in SPACE_PLACES[space] for item in routine.items)
    assert len(set(routine.stretch_ids)) == len(routine.items)


def test_the_reminder_waits_for_its_time_and_for_a_meeting_to_end() -> None:
    at = dt.time(19, 0)
    evening = dt.datetime(2026, 3, 2, 19, 5)
    assert not should_offer(
        dt.datetime(2026, 3, 2, 18, 0),
        offer_at=at,
        done_today=False,
        offered_today=False,
        held=False,
    ).offer
    assert not should_offer(
        evening, offer_at=at, done_today=False, offered_today=False, held=True
    ).offer
    assert should_offer(
        evening, offer_at=at, done_today=False, offered_today=False, held=False
    ).offer
    assert not should_offer(
        evening, offer_at=at, done_today=True, offered_today=False, held=False
    ).offer
    assert not should_offer(
        evening, offer_at=at, done_today=False, offered_today=True, held=False
    ).offer
    assert not should_offer(
        evening, offer_at=None, done_today=False, offered_today=False, held=False
    ).offer


def test_steps_count_cards_sides_and_the_progress_strip(catalog: Catalog) -> None:
    program = catalog.program("relief")
    routine = build_routine(program, catalog.by_id(), day=MONDAY)
    first = step_at(routine, 0.0)
    assert first.index == 0 and first.progress_text == f"1 of {len(routine.items)}"
    two_sided = next(i for i, item in enumerate(routine.items) if item.stretch.two_sided)
    begin = start_offset(routine, two_sided)
    per_side = routine.items[two_sided].seconds_per_side
    assert step_at(routine, begin + 1).side == "left"
    assert step_at(routine, begin + per_side + 1).side == "right"
    assert step_at(routine, begin + 1).progress_text == f"{two_sided + 1} of {len(routine.items)}"
    assert step_at(routine, routine.total_seconds + 1).finished
