"""One form for a title written several ways, so that "Republican Sen.", "Sen." and
"Senator" are one office when persons are matched by their titles."""

from __future__ import annotations

from functools import lru_cache

# Abbreviated title words and plurals, by the word they stand for.
_WORDS = {
    "sen": "senator",
    "sens": "senator",
    "senators": "senator",
    "rep": "representative",
    "reps": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "maj": "major",
    "adm": "admiral",
    "cmdr": "commander",
    "prof": "professor",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
}
# Words before a title that qualify its holder, not the office ("Republican Sen.").
_QUALIFIERS = frozenset(
    "republican democratic democrat conservative labour liberal former then-".split()
)


@lru_cache(maxsize=4096)
def role_core(role: str) -> str:
    """``role`` in lower case, abbreviations written out, party and "former" dropped."""
    words = [w.rstrip(".") for w in role.lower().split()]
    while len(words) > 1 and words[0] in _QUALIFIERS:
        words = words[1:]
    return " ".join(_WORDS.get(w, w) for w in words)


_PLURAL_ENDS = {"Sens.": "Sen.", "Reps.": "Rep."}


def one_holder(role: str) -> str:
    """A plural title before a list of names as each holder's own ("Republican Sens." of
    "Republican Sens. Hatch and Flake" -> "Republican Sen.")."""
    head, _, last = role.rpartition(" ")
    single = _PLURAL_ENDS.get(last)
    if single is None:
        return role
    return f"{head} {single}" if head else single
