"""Check-ins from several computers: the last written answer of each day wins."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from standup_buddy.core.journal import Record, RecordType, merged_history
from standup_buddy.storage.checkins import merged_checkins
from standup_buddy.storage.history import CheckIn

DAY = dt.date(2026, 11, 24)


def answer(device: str, seq: int, at: float, score: int, day: dt.date = DAY) -> Record:
    data = {"day": day.isoformat(), "score": score, "note": ""}
    return Record(device, seq, RecordType.CHECKIN, at, 3600, data)


def deleted(device: str, seq: int, at: float, day: dt.date = DAY) -> Record:
    return Record(device, seq, RecordType.CHECKIN, at, 3600, {"day": day.isoformat(),
                                                               "deleted": True})


def test_the_later_answer_wins_whether_here_or_elsewhere() -> None:
    here = [CheckIn(DAY, 100.0, 3600, 4)]
    assert [c.score for c in merged_checkins(here, [answer("bb", 0, 200.0, 7)], "aa")] == [7]
    assert [c.score for c in merged_checkins(here, [answer("bb", 0, 50.0, 7)], "aa")] == [4]


def test_a_deletion_hides_older_answers_and_a_newer_answer_comes_back() -> None:
    here = [CheckIn(DAY, 100.0, 3600, 4)]
    records = [answer("bb", 0, 150.0, 7), deleted("aa", 3, 300.0)]
    assert merged_checkins(here, records, "aa") == []
    records.append(answer("bb", 1, 400.0, 2))
    assert [c.score for c in merged_checkins([], records, "aa")] == [2]
    assert [c.score for c in merged_history(records).checkins] == [2]


@given(st.permutations([answer("aa", 0, 10.0, 1), answer("bb", 0, 20.0, 5),
                        deleted("cc", 0, 30.0), answer("aa", 1, 40.0, 8),
                        answer("bb", 1, 15.0, 3, DAY + dt.timedelta(1))]))
def test_any_order_of_delivery_gives_the_same_check_ins(records: list[Record]) -> None:
    merged = merged_checkins([], records, "aa")
    assert [(c.day, c.score) for c in merged] == [(DAY, 8), (DAY + dt.timedelta(1), 3)]
