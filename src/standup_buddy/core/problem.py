"""The one record of something wrong in a file the user can edit.

Stretch files, animations, programs, ``rotation.json`` and ``settings.toml``
all report what they refuse as a :class:`Problem`, so the app words, logs and
de-duplicates them the same way.

A problem's reason is a :class:`Reason`: the English text (it *is* a
``str``, so logs, keys and comparisons read it as before) that also keeps the
template it was made from and its named arguments. The app and the CLI say it
in the user's language at the edge (``standup_buddy.i18n.reasons``); this
module, like every reader that makes reasons, stays Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

ReasonArg = str | int
"""What a reason's placeholder is filled with: text (itself a Reason, or a
value quoted as it was found) or a whole number (shown in the locale's digits)."""


class Reason(str):
    """A reason in English, made from a constant ``template`` and named arguments.

    ``Reason("is {size} bytes; the limit is {limit} bytes", size=3, limit=2)``
    is the ``str`` ``"is 3 bytes; the limit is 2 bytes"``. The template must be
    a literal at the call: ``tools/i18n.py update`` collects every one for the
    translation catalog. An argument that is itself a Reason is translated too.
    """

    template: str
    args: Mapping[str, ReasonArg]

    def __new__(cls, template: str, /, **args: ReasonArg) -> Reason:
        self = super().__new__(cls, template.format(**{k: str(v) for k, v in args.items()}))
        self.template = template
        self.args = args
        return self

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.template, dict(self.args)))

    def render(self, translate: Callable[[str], str], number: Callable[[int], str]) -> str:
        """The reason in another language: ``translate`` the template, fill it.

        Nested reasons are rendered the same way; whole numbers go through
        ``number``, text arguments stay as they were (a value from the file).
        """
        filled = {name: _render_arg(value, translate, number) for name, value in self.args.items()}
        try:
            return translate(self.template).format(**filled)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder: the English still says it.
            return self.template.format(**filled)


def _rebuild(template: str, args: dict[str, ReasonArg]) -> Reason:
    return Reason(template, **args)


def _render_arg(
    value: ReasonArg, translate: Callable[[str], str], number: Callable[[int], str]
) -> str:
    if isinstance(value, Reason):
        return value.render(translate, number)
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    return str(value)


def render_reason(
    reason: str, translate: Callable[[str], str], number: Callable[[int], str]
) -> str:
    """``reason`` in another language when it is a :class:`Reason`; plain text as it is."""
    return reason.render(translate, number) if isinstance(reason, Reason) else reason


def not_one_of(value: object, allowed: Iterable[str]) -> Reason:
    """``'x' is not one of a, b, c``: a value outside a fixed vocabulary."""
    return Reason("{value} is not one of {allowed}", value=repr(value), allowed=", ".join(allowed))


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with a file: where it is, which field or key, and why.

    ``origin`` is the file (or "form", "sync folder"); ``field`` the field
    path or settings key the reason is about, None for the whole file.
    ``reason`` is English (usually a :class:`Reason`, translatable at the edge).
    """

    origin: str
    field: str | None
    reason: str

    def __str__(self) -> str:
        if self.field:
            return f"{self.origin}: field '{self.field}': {self.reason}"
        return f"{self.origin}: {self.reason}"
