"""The catalog: built-in content, user stretch files good and bad, saving."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from standup_buddy.core.figure import FLOOR_Y, Animation, pose_at_fraction, segments
from standup_buddy.core.stretch import validate_stretch
from standup_buddy.platform.paths import Paths, resolve_paths
from standup_buddy.stretches.catalog import (
    delete_user_stretch,
    load_catalog,
    save_user_stretch,
    validate_files,
)
from standup_buddy.stretches.files import MAX_FILE_BYTES

ARTICLE_IDS = {
    "kneeling-hip-flexor",
    "thomas-stretch",
    "hip-release-ball",
    "glute-bridge",
    "bird-dog",
    "plank",
    "deep-breathing",
    "walk-break",
    "standing-hip-flexor",
    "standing-quad",
    "seated-figure-four",
    "standing-back-extension",
    "calf-raises",
    "march-in-place",
    "shoulder-rolls",
    "posture-reset",
}


@pytest.fixture
def paths() -> Paths:
    p = resolve_paths()
    p.stretches_dir.mkdir(parents=True)
    return p


def user_stretch(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "desk-wave",
        "name": "Desk wave",
        "focus": ["shoulders"],
        "where": "desk",
        "duration_seconds": 30,
        "sides": "none",
        "steps": ["Sit tall.", "Wave slowly."],
        "caution": "Gently; stop if it hurts.",
        "animation": "shoulder-rolls",
    }
    data.update(changes)
    return data


def write(folder: Path, name: str, data: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- built-in content -----------------------------------------------------------


def test_every_builtin_loads_without_a_problem(paths: Paths) -> None:
    catalog = load_catalog(paths)
    assert catalog.problems == ()
    assert len(catalog.stretches) >= 18
    assert all(s.source == "builtin" for s in catalog.stretches)


def test_the_articles_exercises_are_all_there(paths: Paths) -> None:
    assert load_catalog(paths).builtin_ids >= ARTICLE_IDS


def test_every_caution_follows_the_article(paths: Paths) -> None:
    for stretch in load_catalog(paths).stretches:
        caution = stretch.caution.lower()
        assert "pain" in caution, stretch.id
        if stretch.where == "floor" and not stretch.id.startswith("thomas"):
            assert "floor" in caution, stretch.id


def test_no_stretch_claims_to_diagnose_treat_or_cure(paths: Paths) -> None:
    claims = re.compile(r"\b(diagnos\w*|treat\w*|cure\w*|heal\w*)\b", re.IGNORECASE)
    for stretch in load_catalog(paths).stretches:
        text = " ".join([stretch.name, stretch.caution, *stretch.steps])
        assert not claims.search(text), stretch.id


def test_every_builtin_has_its_own_animation(paths: Paths) -> None:
    catalog = load_catalog(paths)
    for stretch in catalog.stretches:
        assert stretch.animation == stretch.id
        assert catalog.animation_for(stretch).id == stretch.id


def contact_parts(animation: Animation, fraction: float) -> set[str]:
    pose = pose_at_fraction(animation, fraction)
    floor_line = 1.0 - FLOOR_Y  # box coordinates run downward
    return {
        s.name
        for s in segments(pose)
        if s.kind != "floor" and max(s.start.y, s.end.y) + s.thickness / 2 >= floor_line - 0.004
    }


def test_floor_exercises_lie_or_kneel_on_the_floor_line(paths: Paths) -> None:
    catalog = load_catalog(paths)
    for stretch in catalog.stretches:
        if stretch.where != "floor":
            continue
        animation = catalog.animation_for(stretch)
        if any(prop.kind == "bench" for prop in animation.props):
            continue  # done lying on a bed or bench (see the figure tests)
        for fraction in (0.0, 0.25, 0.5, 0.75):
            touching = contact_parts(animation, fraction)
            # More than the feet rest on the floor: knees, hands, back or head.
            assert touching - {"foot_left", "foot_right"}, (stretch.id, fraction, touching)


def test_seated_stretches_show_the_chair(paths: Paths) -> None:
    catalog = load_catalog(paths)
    for stretch in catalog.stretches:
        if stretch.where == "desk":
            kinds = {p.kind for p in catalog.animation_for(stretch).props}
            assert "chair" in kinds, stretch.id


def test_programs_follow_the_articles_sequence(paths: Paths) -> None:
    catalog = load_catalog(paths)
    assert [p.id for p in catalog.programs] == ["relief", "strengthen", "maintain"]
    relief = catalog.program("relief")
    strengthen = catalog.program("strengthen")
    maintain = catalog.program("maintain")
    assert relief and strengthen and maintain
    assert {"hip-release-ball", "kneeling-hip-flexor", "thomas-stretch"} <= set(relief.stretch_ids)
    assert relief.stretch_ids.index("hip-release-ball") < relief.stretch_ids.index(
        "kneeling-hip-flexor"
    )
    assert {"glute-bridge", "bird-dog", "plank"} <= set(strengthen.stretch_ids)
    assert "walk-break" in maintain.stretch_ids
    for program in catalog.programs:
        assert program.description
        assert all(catalog.get(sid) for sid in program.stretch_ids)


# --- user files -------------------------------------------------------------------


def test_a_good_user_file_loads_after_the_builtins(paths: Paths) -> None:
    write(paths.stretches_dir, "desk-wave.json", user_stretch())
    catalog = load_catalog(paths)
    assert catalog.problems == ()
    stretch = catalog.get("desk-wave")
    assert stretch is not None and stretch.source == "user"
    assert catalog.ids[-1] == "desk-wave"


def only_problem_for(paths: Paths, name: str) -> tuple[str | None, str]:
    catalog = load_catalog(paths)
    assert catalog.get("fine-one") is not None, "the good file must still load"
    problems = [p for p in catalog.problems if Path(p.origin).name == name]
    assert problems, catalog.problems
    assert all(str(p).startswith(str(paths.stretches_dir / name)) for p in problems)
    return problems[0].field, problems[0].reason


@pytest.fixture
def with_good_file(paths: Paths) -> Paths:
    write(paths.stretches_dir, "fine-one.json", user_stretch(id="fine-one"))
    return paths


def test_a_file_over_one_megabyte_is_refused_without_being_read(
    with_good_file: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = with_good_file.stretches_dir / "huge.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: large on paper, cheap on disk
    real_open = Path.open

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        assert self.name != "huge.json", "the oversized file was opened"
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    field, reason = only_problem_for(with_good_file, "huge.json")
    assert field is None and "1 MB" in reason


def test_a_file_that_is_not_json_is_refused_with_its_position(with_good_file: Paths) -> None:
    (with_good_file.stretches_dir / "broken.json").write_text('{"id": "x",\n  oops}')
    field, reason = only_problem_for(with_good_file, "broken.json")
    assert field is None and "not valid JSON" in reason and "line 2" in reason


def test_an_id_clash_with_a_builtin_is_refused(with_good_file: Paths) -> None:
    write(with_good_file.stretches_dir, "mine.json", user_stretch(id="plank"))
    field, reason = only_problem_for(with_good_file, "mine.json")
    assert field == "id" and "built-in" in reason
    assert load_catalog(with_good_file).get("plank").source == "builtin"  # type: ignore[union-attr]


def test_an_unknown_animation_is_refused(with_good_file: Paths) -> None:
    write(with_good_file.stretches_dir, "anim.json", user_stretch(id="a1", animation="moonwalk"))
    assert only_problem_for(with_good_file, "anim.json")[0] == "animation"


def test_a_missing_field_is_refused(with_good_file: Paths) -> None:
    data = user_stretch(id="no-caution")
    del data["caution"]
    write(with_good_file.stretches_dir, "no-caution.json", data)
    assert only_problem_for(with_good_file, "no-caution.json") == ("caution", "is missing")


def test_an_absurd_duration_is_refused(with_good_file: Paths) -> None:
    write(with_good_file.stretches_dir, "long.json", user_stretch(id="long", duration_seconds=9000))
    field, reason = only_problem_for(with_good_file, "long.json")
    assert (field, reason) == ("duration_seconds", "9000 is out of bounds (10–600)")


def test_a_symlink_pointing_outside_the_folder_is_refused(
    with_good_file: Paths, tmp_path: Path
) -> None:
    outside = write(tmp_path, "elsewhere.json", user_stretch(id="elsewhere"))
    (with_good_file.stretches_dir / "link.json").symlink_to(outside)
    field, reason = only_problem_for(with_good_file, "link.json")
    assert field is None and "outside the stretches folder" in reason
    assert load_catalog(with_good_file).get("elsewhere") is None


def test_a_symlink_inside_the_folder_is_fine(paths: Paths) -> None:
    sub = paths.stretches_dir / "shared"
    sub.mkdir()
    target = write(sub, "real.json", user_stretch(id="linked"))
    (paths.stretches_dir / "linked.json").symlink_to(target)
    assert load_catalog(paths).get("linked") is not None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_instead_of_blocking(with_good_file: Paths) -> None:
    os.mkfifo(with_good_file.stretches_dir / "pipe.json")
    assert "regular file" in only_problem_for(with_good_file, "pipe.json")[1]


def test_two_user_files_with_one_id_keep_the_first(with_good_file: Paths) -> None:
    write(with_good_file.stretches_dir, "zz-copy.json", user_stretch(id="fine-one", name="Copy"))
    catalog = load_catalog(with_good_file)
    assert catalog.get("fine-one").name == "Desk wave"  # type: ignore[union-attr]
    assert [p.field for p in catalog.problems] == ["id"]


def test_an_animation_file_next_to_the_stretch_is_used(paths: Paths) -> None:
    anim = {"cycle_seconds": 2, "keyframes": [{"t": 0}, {"t": 0.5, "joints": {"knee_left": 60}}]}
    (paths.stretches_dir / "anims").mkdir()
    write(paths.stretches_dir / "anims", "wave.anim.json", anim)
    write(
        paths.stretches_dir, "wave.json", user_stretch(id="wave", animation="anims/wave.anim.json")
    )
    catalog = load_catalog(paths)
    assert catalog.problems == ()
    stretch = catalog.get("wave")
    assert stretch is not None
    assert isinstance(stretch.animation, Animation)
    # *.anim.json files are animations, not stretches
    assert len(catalog.stretches) == len(catalog.builtin_ids) + 1


def test_an_animation_reference_cannot_escape_the_folder(paths: Paths, tmp_path: Path) -> None:
    outside = write(tmp_path, "evil.anim.json", {"keyframes": [{"t": 0}]})
    (paths.stretches_dir / "sneaky.anim.json").symlink_to(outside)
    for index, ref in enumerate(["../evil.anim.json", str(outside), "sneaky.anim.json"]):
        write(paths.stretches_dir, f"s{index}.json", user_stretch(id=f"s{index}", animation=ref))
    catalog = load_catalog(paths)
    for index in range(3):
        assert catalog.get(f"s{index}") is None
    problems = [p for p in catalog.problems if p.field == "animation"]
    assert len(problems) == 3
    assert "outside the stretches folder" in problems[2].reason


def test_validate_files_reports_every_problem_in_every_file(tmp_path: Path) -> None:
    good = write(tmp_path, "good.json", user_stretch())
    bad = write(tmp_path, "bad.json", user_stretch(duration_seconds=5, where="beach", steps=[]))
    missing = tmp_path / "missing.json"
    problems = validate_files([good, bad, missing])
    assert {(Path(p.origin).name, p.field) for p in problems} == {
        ("bad.json", "duration_seconds"),
        ("bad.json", "where"),
        ("bad.json", "steps"),
        ("missing.json", None),
    }


# --- saving --------------------------------------------------------------------------


def test_a_saved_user_stretch_loads_back_the_same(paths: Paths) -> None:
    stretch, problems = validate_stretch(
        user_stretch(), known_animations={"shoulder-rolls"}, origin="editor"
    )
    assert stretch is not None, problems
    path = save_user_stretch(paths, stretch)
    assert path == paths.stretches_dir / "desk-wave.json"
    assert sorted(p.name for p in paths.stretches_dir.iterdir()) == ["desk-wave.json"]
    assert load_catalog(paths).get("desk-wave") == stretch
    assert delete_user_stretch(paths, "desk-wave")
    assert not delete_user_stretch(paths, "desk-wave")


def test_saving_creates_the_folder_and_replaces_the_old_file_whole(tmp_path: Path) -> None:
    paths = Paths(config_dir=tmp_path / "fresh", data_dir=tmp_path / "fresh")
    first, _ = validate_stretch(user_stretch(), known_animations={"shoulder-rolls"}, origin="e")
    second, _ = validate_stretch(
        user_stretch(name="Renamed"), known_animations={"shoulder-rolls"}, origin="e"
    )
    assert first and second
    save_user_stretch(paths, first)
    save_user_stretch(paths, second)
    assert load_catalog(paths).get("desk-wave").name == "Renamed"  # type: ignore[union-attr]
    assert [p.name for p in paths.stretches_dir.iterdir()] == ["desk-wave.json"]


def test_saving_over_a_builtin_id_is_refused(paths: Paths) -> None:
    stretch, _ = validate_stretch(
        user_stretch(id="plank"),
        known_animations={"shoulder-rolls"},
        origin="e",
        source="builtin",
    )
    assert stretch is not None
    with pytest.raises(ValueError, match="built-in"):
        save_user_stretch(paths, stretch)
