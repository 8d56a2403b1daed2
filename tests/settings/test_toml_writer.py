"""The TOML writer must round-trip anything tomllib reads, or unknown keys get lost."""

from __future__ import annotations

import datetime as dt
import math
import tomllib

from hypothesis import given, settings
from hypothesis import strategies as st

from standup_buddy.settings.toml_writer import dumps

keys = st.text(min_size=1, max_size=8)
scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.dates(),
    st.times().map(lambda t: t.replace(microsecond=0)),
    st.datetimes().map(lambda d: d.replace(microsecond=0)),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=8,
)
documents = st.dictionaries(
    keys, values | st.dictionaries(keys, values, max_size=4), max_size=5
)


@settings(max_examples=150)
@given(documents)
def test_dumps_round_trips_through_tomllib(document: dict[str, object]) -> None:
    assert tomllib.loads(dumps(document)) == document


def test_special_floats_and_control_characters() -> None:
    text = dumps({"a": {"inf": math.inf, "s": "tab\there \x7f \x01 \"q\" \\"}})
    parsed = tomllib.loads(text)
    assert parsed["a"]["inf"] == math.inf
    assert parsed["a"]["s"] == "tab\there \x7f \x01 \"q\" \\"


def test_empty_table_survives() -> None:
    assert tomllib.loads(dumps({"empty": {}, "t": dt.time(8, 0)})) == {
        "empty": {},
        "t": dt.time(8, 0),
    }
