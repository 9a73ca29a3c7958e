"""Cutting the words of one candidate into steps, by the words alone.

Reading left to right, each word either extends the open chunk of unknown words or
closes it and starts something else: a gazetteer entry, a title (kept as a role of the
next person), an honorific, a demonym, or a word that is never part of a name.
:class:`Cutter` writes down what to do as steps, which
:mod:`~briefing.analyse.actors.segment` turns into a plan for every occurrence.
"""

from __future__ import annotations

from briefing.analyse.actors.gazetteer import Entry, Gazetteer
from briefing.analyse.actors.lookup import WordInfo, gaz_match, title_match, word_info
from briefing.analyse.actors.tokens import Word, named
from briefing.analyse.actors.words import CONTRACTIONS, EVENT_HEADS, LEGAL_FORMS, ORG_HEADS
from briefing.analyse.english import CALENDAR_WORDS, FIRM_TITLES, FUNCTION_WORDS, NOT_ACTORS

# The steps of a cut: an unknown chunk (its word indices, roles, honorific); a lone title
# (first and last word); an entry with its legal form; an entry unless "$" follows; a
# demonym; where the segments before a firm's title start; that firm's title.
CHUNK, TITLE, ALIAS, ENTRY, DEMONYM, MARK, FIRM = range(7)
# Words after a title that end it: what follows is what the title is of, not its holder.
_AND = frozenset(("and", "&", "or"))  # a title after these names no firm before them
_AFTER_TITLE = frozenset(("of", "for", "at", "in", "on", "to", "with", "from"))


class Cutter:
    """Plans the cutting of one candidate: the steps so far, the open chunk of unknown
    words (indices), and a title or honorific waiting for the name it belongs to.

    Only the words are read, never the text around them. Each rule method returns how
    many words it took (0: it does not apply).
    """

    __slots__ = ("words", "gaz", "steps", "chunk", "roles", "role_at", "honorific", "work")

    def __init__(self, words: list[Word], gaz: Gazetteer) -> None:
        self.words = words
        self.gaz = gaz
        self.steps: list[tuple] = []
        self.chunk: list[int] = []
        self.roles: list[str] = []
        self.role_at: list[int] = []
        self.honorific = ""
        self.work = False  # inside the title of a work ("Lord of the Rings")

    def cut(self, i: int) -> tuple:
        """The steps for the words from ``i`` on (see :data:`CHUNK`)."""
        words, gaz = self.words, self.gaz
        n = len(words)
        chunk = self.chunk
        while i < n:
            t = words[i].text
            info = gaz.memo.get(t) or word_info(t, gaz)
            if info.plain:  # no entry, title, stop word or demonym starts here
                chunk.append(i)
                i += 1
            elif not t[0].isupper() and t != "&":
                if not chunk and (t == "al" or t == "el") and self.article_entry(i):
                    i += 1  # "Later al Qaeda said": the article written apart opens the name
                elif chunk:
                    chunk.append(i)
                else:  # "Lord of the Rings": a work's title, naming nobody
                    self.work = self.work or bool(self.honorific)
                    self.honorific = ""
                    if self.roles and t in _AFTER_TITLE:  # "CEO of Harbour Books"
                        self.flush()  # the title holds no name (but "President da Silva")
                i += 1
            else:  # an entry may start here only if the word is one or starts a longer one
                entry = info.entry is not None or info.span != 1
                i += entry and self.entry(i, info) or self.marker(i, info) or self.take(i)
        self.flush()
        return tuple(self.steps)

    def article_entry(self, i: int) -> bool:
        """Take the entry the Arabic article at word ``i`` and the next word make ("al
        Qaeda"), if there is one."""
        words = self.words
        e = (
            self.gaz.entries.get(f"{words[i].text} {words[i + 1].text}")
            if i + 1 < len(words)
            else None
        )
        if e is None:
            return False
        self.flush()
        self.steps.append((ENTRY, i, 2, e))
        return True

    def flush(self) -> None:
        """Close the open chunk (with its title or honorific), or emit a lone title."""
        chunk = self.chunk
        if not (chunk or self.roles or self.honorific):
            return
        words = self.words
        while chunk and not (words[chunk[-1]].text[0].isupper() or named(words[chunk[-1]].text)):
            chunk.pop()
        if self.work:
            chunk.clear()
            self.work = False
        if chunk:
            self.steps.append((CHUNK, tuple(chunk), tuple(self.roles), self.honorific))
        elif self.roles and self.role_at:
            self.steps.append((TITLE, self.role_at[0], self.role_at[-1]))
        chunk.clear()
        self.role_at.clear()
        self.roles, self.honorific = [], ""

    def take(self, i: int) -> int:
        """Add word ``i`` to the open chunk."""
        self.chunk.append(i)
        return 1

    def entry(self, i: int, info: WordInfo) -> int:
        """A gazetteer entry starting at word ``i``: its own segment, or part of a name."""
        words, gaz = self.words, self.gaz
        if info.span == 1:  # no longer entry starts here: the word's own match
            k, e = info.alone, info.entry
        else:
            k, e = gaz_match(words, i, gaz, gaz.max_words)
        if (
            e is not None
            and k > 1
            and words[i + k - 1].text in gaz.title_firsts
            and (title_match(words, i + k - 1, gaz) > 1)
        ):
            # "US Treasury Secretary John Snow": the title wins over "US Treasury".
            k, e = gaz_match(words, i, gaz, k - 1)
        if e is None:
            return 0
        chunk = self.chunk
        if k > 1 and chunk and e.kind == "organization" and self._all_places(e):
            # "Kurdistan Democratic Party": a place before an organization's name.
            chunk.extend(range(i, i + k))
            return k
        if k > 1 or k < 0 or not (chunk or e.ambiguous):
            return self._entry_at(i, abs(k), e)
        return 0

    def _all_places(self, e: Entry) -> bool:
        """True if every word of the open chunk is a gazetteer place."""
        entries = self.gaz.entries
        words = self.words
        return all((entries.get(words[j].text) or e).kind == "place" for j in self.chunk)

    def _entry_at(self, i: int, k: int, e: Entry) -> int:
        """Take the entry of ``k`` words at ``i``, with a legal form or as a longer name's start."""
        words = self.words
        nxt = words[i + k] if i + k < len(words) else None
        if nxt is not None and e.kind == "organization" and nxt.text in LEGAL_FORMS:
            self.flush()
            self.steps.append((ALIAS, i, k + 1, e))  # "Disney Corporation" is still Disney
            return k + 1
        if (
            nxt is not None
            and not self.chunk
            and (self._opens_name(e, nxt.text) or self._heads_name(i + k, e))
        ):
            self.chunk.extend(range(i, i + k))
            return k
        self.flush()
        if nxt is not None and nxt.text in EVENT_HEADS and e.kind != "person":
            return k + 1  # "U.S. Open", "Toshiba Classic": an event, not the country or firm
        self.steps.append((ENTRY, i, k, e))
        return k

    def _opens_name(self, e: Entry, nxt: str) -> bool:
        """A place or country starting a longer name ("Manchester United", "China Daily")."""
        gaz = self.gaz
        return (
            nxt[0].isupper()
            and (e.kind == "place" or nxt.rstrip(".") in gaz.org_suffixes or nxt in ORG_HEADS)
            and nxt not in gaz.titles
            and gaz.entries.get(nxt) is None
            and nxt.lower() not in FUNCTION_WORDS
            and nxt not in gaz.demonyms
        )

    def _heads_name(self, j: int, e: Entry) -> bool:
        """A place, country or organization opening a name that ends, within four unknown
        capitalised words, in an organization's head ("Japan Credit Rating Agency",
        "Nomura Research Institute", "U.S. District Court")."""
        if e.kind not in ("place", "country"):
            return False
        gaz = self.gaz
        for w in self.words[j : j + 4]:
            x = w.text
            if x in ORG_HEADS or x.rstrip(".") in gaz.org_suffixes:
                return True
            if (
                not x[0].isupper()
                or x in gaz.titles
                or x in gaz.entries
                or x in gaz.demonyms
                or x.lower() in FUNCTION_WORDS
            ):
                return False
        return False

    def marker(self, i: int, info: WordInfo) -> int:
        """A title, honorific, demonym or a word never in a name: it closes the chunk."""
        words, gaz = self.words, self.gaz
        w = words[i]
        t = w.text
        tk = title_match(words, i, gaz) if t in gaz.title_firsts else 0
        if tk and not (self.chunk and tk == 1 and t in gaz.org_suffixes):
            role = " ".join(x.text for x in words[i : i + tk])
            if (
                role in FIRM_TITLES
                and not self.work
                and not (i and words[i - 1].text in _AND)  # "Sandberg and CEO Mark …"
                and i + tk < len(words)
                and words[i + tk].text[:1].isupper()
            ):
                self.steps.append((MARK,))  # "Macmillan CEO John Sargent": his firm
                self.flush()
                self.steps.append((FIRM,))
            else:
                self.flush()
            self.roles = [role]
            self.role_at.extend(range(i, i + tk))
            return tk
        bare = t.rstrip(".")
        if bare in gaz.honorifics:
            self.flush()
            self.honorific = bare
            return 1
        if info.hyphen_lower or self._never_in_name(i, info):  # "Oscar-winning Pulp Fiction"
            self.flush()
            return 1
        if t in gaz.demonyms and not self.chunk and not self._demonym_in_name(i):
            self.flush()
            self.steps.append((DEMONYM, i))
            return 1
        return 0

    def _never_in_name(self, i: int, info: WordInfo) -> bool:
        """A function word, or a calendar word unless it is a given name before a name."""
        low = info.lower
        if low in FUNCTION_WORDS or self.words[i].text in NOT_ACTORS:
            return True
        if ("'" in low or "’" in low) and low.replace("’", "'") in CONTRACTIONS:
            return True  # "But I’ve said"
        if low not in CALENDAR_WORDS:
            return False
        words = self.words
        t = words[i].text
        return not (
            t in self.gaz.given_any and i + 1 < len(words) and words[i + 1].text[0].isupper()
        )

    def _demonym_in_name(self, i: int) -> bool:
        """ "Chinese Foreign Ministry" is one name; "Russian Dmitriy Bogdanov" is two."""
        gaz = self.gaz
        rest = [x.text for x in self.words[i + 1 : i + 5]]
        return bool(
            rest
            and rest[0][0].isupper()
            and gaz.entries.get(rest[0]) is None
            and any(x in ORG_HEADS or x.rstrip(".") in gaz.org_suffixes for x in rest)
        )
