"""The one cleaning gate for everything shown or written.

Three entry points, all built on the same character classes:

- :func:`clean_text` for article text at decode time: line ends normalised, escape
  sequences and control characters removed, bidi controls and zero-width
  characters removed (``\\n`` and ``\\t`` kept).
- :func:`visible` one character in, one character out (offsets preserved): control,
  bidi and zero-width characters become visible symbols (``␛``, ``�``). For text
  that is already in the model, notes and whole rendered outputs.
- :func:`clean_line` for one-line values (titles, file names, reviewer names, error
  messages): :func:`visible`, then newlines and tabs become spaces.

Nothing else in the project should filter control characters on its own.
"""

from __future__ import annotations

import re

# ANSI CSI sequences, OSC sequences (terminated by BEL or ST) and other ESC sequences.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL/ST
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS/SOS/PM/APC strings
    r"|\x1b[@-Z\\-_]"  # two-byte escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
#: Bidi embeddings, overrides, isolates and marks: they can make text read differently.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: Zero-width and invisible formatting characters (they misalign columns and hide text).
ZERO_WIDTH = "\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"
_CONTROL_CLASS = r"\x00-\x08\x0b-\x1f\x7f-\x9f"
#: Everything the gate removes or replaces (C0 except \n \t, DEL, C1, bidi, zero-width).
UNSAFE = re.compile(f"[{_CONTROL_CLASS}{BIDI}{ZERO_WIDTH}]")
_UNSAFE_WITH_LINES = re.compile(f"[{_CONTROL_CLASS}{BIDI}{ZERO_WIDTH}\n\t]")

_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code != 0x0A}
_TABLE[0x09] = "\t"
_TABLE[0x7F] = "\u2421"
_TABLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})
_TABLE.update({ord(c): "\ufffd" for c in BIDI + ZERO_WIDTH})


def clean_text(text: str) -> str:
    """Article text: normalise line ends, remove escape sequences and unsafe characters.

    Keeps ``\\n`` and ``\\t``; ``\\r\\n`` and lone ``\\r`` become ``\\n``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPES.sub("", text)
    return UNSAFE.sub("", text)


def visible(text: str) -> str:
    """Replace every unsafe character one-for-one by a visible symbol (offsets kept).

    ``\\n`` and ``\\t`` stay; ESC becomes ``␛``, other C0 controls their control
    picture, C1, bidi and zero-width characters ``�``.
    """
    if not UNSAFE.search(text):
        return text
    return text.translate(_TABLE)


def clean_line(value: object) -> str:
    """A one-line value made safe: :func:`visible`, newlines and tabs become spaces."""
    text = value if isinstance(value, str) else str(value)
    if not _UNSAFE_WITH_LINES.search(text):
        return text
    return visible(text).replace("\n", " ").replace("\t", " ")


def is_clean(text: str) -> bool:
    """True when ``text`` holds no character the gate would change (newlines allowed)."""
    return UNSAFE.search(text) is None


def clean_data(value: object) -> object:
    """Apply :func:`visible` to every string inside plain data (dicts, lists, tuples)."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(clean_data(v) for v in value)
    return value
