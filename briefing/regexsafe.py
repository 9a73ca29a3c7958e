"""User regular expressions restricted to a subset that cannot backtrack catastrophically.

The reader runs ``highlight.rules`` (and may run search patterns) over whole
articles, so a pattern like ``(a+)+$`` would freeze it. :func:`problem` rejects,
before anything runs:

- a repeat (``*``, ``+``, ``{m,n}`` with n > 1) whose body holds another repeat or
  an alternation (nested quantifiers: ``(a+)+``, ``(a|aa)*``, ``(\\w+\\s?)*``);
- backreferences and conditional groups (``\\1``, ``(?P=name)``, ``(?(1)..)``);
- patterns longer than :data:`MAX_LENGTH` characters.

Everything else (classes, anchors, single repeats, alternation outside repeats,
lookarounds without repeats inside) runs in time linear in the text times the
pattern length, up to the polynomial cost of adjacent repeats over the same
characters, which is bounded by the length of one line.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layout
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

MAX_LENGTH = 500
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))


def _walk(items: object, inside_repeat: bool) -> str | None:
    for op, arg in items:  # type: ignore[attr-defined]
        if op in (_c.GROUPREF, getattr(_c, "GROUPREF_EXISTS", None)):
            return "backreferences and conditional groups are not allowed"
        if op in _REPEATS and op is not None:
            low, high, body = arg
            repeats = high is _c.MAXREPEAT or high > 1
            if repeats and inside_repeat:
                return "nested repeats (like (a+)+) can take exponential time"
            found = _walk(body, inside_repeat or repeats)
            if found:
                return found
        elif op is _c.BRANCH:
            if inside_repeat:
                return "alternation inside a repeat (like (a|aa)*) can take exponential time"
            for branch in arg[1]:
                found = _walk(branch, inside_repeat)
                if found:
                    return found
        elif op is _c.SUBPATTERN:
            found = _walk(arg[-1], inside_repeat)
            if found:
                return found
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            found = _walk(arg[1], inside_repeat)
            if found:
                return found
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            found = _walk(arg, inside_repeat)
            if found:
                return found
    return None


def problem(pattern: str) -> str | None:
    """Why ``pattern`` is refused (invalid or possibly catastrophic), or None if it is safe."""
    if len(pattern) > MAX_LENGTH:
        return f"longer than {MAX_LENGTH} characters"
    try:
        re.compile(pattern)
        parsed = _p.parse(pattern)
    except re.error as exc:
        return f"invalid regular expression: {exc}"
    return _walk(parsed, False)


def compile_safe(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile ``pattern`` after :func:`problem`; raises ``ValueError`` with the reason."""
    why = problem(pattern)
    if why:
        raise ValueError(why)
    return re.compile(pattern, flags)
