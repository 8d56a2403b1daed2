"""A problem's reason: English text that keeps its template and arguments."""

from __future__ import annotations

import json
import pickle

from standup_buddy.core.problem import Problem, Reason, not_one_of, render_reason

GERMAN = {
    "is {size} bytes; the limit is {limit} bytes (1 MB)":
        "ist {size} Bytes groß; die Grenze ist {limit} Bytes (1 MB)",
    "{value} is not allowed ({why}); using the default {default}":
        "{value} ist nicht erlaubt ({why}); es gilt der Standardwert {default}",
    "expected {allowed}": "erwartet: {allowed}",
    "true or false": "true oder false",
}


def german(text: str) -> str:
    return GERMAN.get(text, text)


def grouped(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def test_a_reason_is_its_english_text() -> None:
    reason = Reason("is {size} bytes; the limit is {limit} bytes (1 MB)", size=2000000,
                    limit=1048576)
    assert reason == "is 2000000 bytes; the limit is 1048576 bytes (1 MB)"
    assert reason.template == "is {size} bytes; the limit is {limit} bytes (1 MB)"
    assert reason.args == {"size": 2000000, "limit": 1048576}
    problem = Problem("a.json", None, reason)
    assert str(problem) == "a.json: is 2000000 bytes; the limit is 1048576 bytes (1 MB)"
    # Logs, keys and JSON read it as the plain English it always was.
    assert json.dumps({"reason": reason}) == json.dumps({"reason": str(reason)})
    assert problem == Problem("a.json", None, str(reason))


def test_rendering_translates_the_template_and_nested_reasons_and_shows_numbers() -> None:
    why = Reason("expected {allowed}", allowed=Reason("true or false"))
    reason = Reason("{value} is not allowed ({why}); using the default {default}",
                    value='"yes"', why=why, default="true")
    assert reason == '"yes" is not allowed (expected true or false); using the default true'
    assert reason.render(german, grouped) == (
        '"yes" ist nicht erlaubt (erwartet: true oder false); es gilt der Standardwert true'
    )
    size = Reason("is {size} bytes; the limit is {limit} bytes (1 MB)", size=2000000,
                  limit=1048576)
    # Whole numbers in the locale's form; text from the file exactly as it was.
    assert size.render(german, grouped) == (
        "ist 2.000.000 Bytes groß; die Grenze ist 1.048.576 Bytes (1 MB)"
    )


def test_a_plain_string_and_a_broken_translation_are_shown_as_they_are() -> None:
    assert render_reason("cannot be read", german, grouped) == "cannot be read"
    broken = Reason("expected {allowed}", allowed="a time")
    assert broken.render(lambda _text: "erwartet {erlaubt}", str) == "expected a time"


def test_a_reason_survives_pickling_with_braces_in_its_arguments() -> None:
    reason = Reason("must be an object keyed by language, e.g. {example}",
                    example='{"de": {"name": …}}')
    copy = pickle.loads(pickle.dumps(reason))
    assert copy == reason and isinstance(copy, Reason)
    assert copy.template == reason.template and copy.args == reason.args


def test_not_one_of_quotes_the_value_and_lists_the_choices() -> None:
    reason = not_one_of("toes", ("neck", "hips"))
    assert reason == "'toes' is not one of neck, hips"
    assert reason.args == {"value": "'toes'", "allowed": "neck, hips"}
