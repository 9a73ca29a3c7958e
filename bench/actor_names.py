"""Actor identity over BBC + CNN + newspaper: renamed actors and merged persons.

Two counts, over the dev and the test half of each corpus:

- ``renamed_strict``: actors whose display name never occurs in the article while no
  mention is an acronym or expansion of it, or joined by capital, demonym, title,
  surname or reference ("Fiat" shown as Stellantis).
- ``renamed``: those of them where no mention is a short form of the name either (its
  words or a run of them, up to case and accents: "Labour" of "Labour Party"). These
  are listed with ``--list``, so each remaining one can be checked: it should be the
  same entity under its canonical name ("Britain" shown as United Kingdom).
- ``merged``: person actors whose mentions carry incompatible given names ("George
  Bush" and "Laura Bush"; the last words of a longer mention, "De Niro" of "Robert De
  Niro", carry none) or incompatible titles ("Mr" and "Mrs", "President" and
  "first lady").

Split: a file is in the dev half when ``int(sha1(rel).hexdigest(), 16) % 2 == 0`` for
``rel`` its path relative to the corpora folder ("bbc/News Articles/business/160.txt"),
else in the test half. Tune on dev only.

Usage: python bench/actor_names.py [--list dev|test] [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CORPORA, corpus, emit  # noqa: E402

from briefing.config import load_config  # noqa: E402
from briefing.model import Actor  # noqa: E402
from briefing.pipeline import Pipeline  # noqa: E402

# Reasons that explain a display name absent from the text.
_EXPLAINED = frozenset(("acronym", "capital", "demonym", "title", "surname", "reference"))
_MALE = frozenset(("mr", "mr.", "sir", "lord", "king", "prince", "duke", "father", "brother"))
_FEMALE = frozenset(
    ("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "duchess", "sister")
)
_FEMALE_ROLES = frozenset(("first lady", "queen", "princess", "duchess", "dame", "actress"))
_MALE_ROLES = frozenset(("king", "prince", "duke", "actor"))


def half(rel: str) -> str:
    """``dev`` or ``test``: the documented split by a hash of the relative file name."""
    return "dev" if int(hashlib.sha1(rel.encode()).hexdigest(), 16) % 2 == 0 else "test"


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _acronymish(a: str, b: str) -> bool:
    """One is the initials of the other ("NATO" / "North Atlantic Treaty Organization")."""
    sa, sb = a.replace(".", ""), b.replace(".", "")
    return (sa.isupper() and sa == _initials(b)) or (sb.isupper() and sb == _initials(a))


def renamed(actor: Actor, text: str) -> bool:
    """True if the display name never occurs and no mention explains it."""
    if actor.name in text:
        return False
    for m in actor.mentions:
        if m.reason in _EXPLAINED or _acronymish(m.text, actor.name):
            return False
    return True


def _fold(s: str) -> list[str]:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold().replace("-", " ").replace(".", "").split()


def short_form(actor: Actor) -> bool:
    """A mention is the name's words, or a run of them, up to case and accents
    ("Labour" of "Labour Party", "Uefa" of "UEFA", "Nestle" of "Nestlé")."""
    name = _fold(actor.name)
    for m in actor.mentions:
        f = _fold(m.text)
        if f and any(name[i : i + len(f)] == f for i in range(len(name) - len(f) + 1)):
            return True
    return False


def _given(words: list[str]) -> str | None:
    """The given name of a mention of two or more words, honorifics dropped."""
    words = [w for w in words if w.lower().rstrip(".") not in _MALE | _FEMALE]
    return words[0] if len(words) >= 2 else None


def _compatible(a: str, b: str) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def merged(actor: Actor) -> bool:
    """True if a person's mentions carry incompatible given names or titles."""
    if actor.kind != "person":
        return False
    given: list[str] = []
    male = female = False
    longer = {m.text for m in actor.mentions if len(m.text.split()) > 2}
    for m in actor.mentions:
        if m.reason == "title":
            continue  # "Home Secretary": a role, not a name
        words = m.text.split()
        low = words[0].lower() if words else ""
        male |= low in _MALE
        female |= low in _FEMALE
        g = _given(words)
        if any(t.endswith(" " + m.text) for t in longer):
            g = None  # "De Niro" of "Robert De Niro": the last words of a longer name
        if g is not None and g[0].isupper():
            given.append(g)
    roles = {r.lower() for r in actor.roles}
    female |= bool(roles & _FEMALE_ROLES)
    male |= bool(roles & _MALE_ROLES)
    if "first lady" in roles and "president" in roles:
        return True
    if male and female:
        return True
    return any(not _compatible(a, b) for i, a in enumerate(given) for b in given[i + 1 :])


def _sources(tmp: Path) -> Path:
    bbc = corpus("bbc", "News Articles")
    cnn = corpus("cnn", "articles")
    news = corpus("newspaper", "text")
    cfg = tmp / "config.yaml"
    cfg.write_text(
        "sources:\n"
        f"  - {{path: '{bbc}/*/*.txt', header: [title], format: text}}\n"
        f"  - {{path: '{cnn}/*.txt', format: text}}\n"
        f"  - {{path: '{news}/*', format: text}}\n"
    )
    return cfg


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", choices=("dev", "test"), help="print the actors of that half")
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        briefing = Pipeline(load_config(_sources(Path(tmp)))).briefing()
    root = CORPORA.resolve()
    out: dict = {
        h: {"articles": 0, "actors": 0, "renamed_strict": 0, "renamed": 0, "merged": 0}
        for h in ("dev", "test")
    }
    listed: dict[str, list] = {"renamed": [], "merged": []}
    for art in briefing.articles:
        rel = str(Path(art.path).resolve().relative_to(root))
        h = half(rel)
        row = out[h]
        row["articles"] += 1
        row["actors"] += len(art.actors)
        for a in art.actors:
            forms = sorted({m.text for m in a.mentions})
            if renamed(a, art.text):
                row["renamed_strict"] += 1
                if not short_form(a):
                    row["renamed"] += 1
                    if h == args.list:
                        listed["renamed"].append((rel, a.name, a.kind, forms[:4]))
            if merged(a):
                row["merged"] += 1
                if h == args.list:
                    listed["merged"].append((rel, a.name, list(a.roles), forms[:6]))
    for h in out:
        out[h]["renamed_plus_merged"] = out[h]["renamed"] + out[h]["merged"]
    out["total"] = {k: out["dev"][k] + out["test"][k] for k in out["dev"]}
    if args.list:
        out["list"] = {k: v[: args.limit] for k, v in listed.items()}
    emit(out)


if __name__ == "__main__":
    main()
