"""Who said what on PolNeAR (2016 US election news, brat attribution annotations).

Prints JSON with three protocols per split (dev, test; ``--split train`` too):

* ``overlap``: a predicted content is correct when it overlaps a gold content by at least
  50% of the longer of the two (characters of their segments, segments separated only by
  whitespace merged; a two-part quote does not count the words between), each gold matched
  at most once; P/R/F1 over all attributions, over direct quotes (gold contents holding a
  quotation mark: ``"``, ``“``, ``”``, ``«``, ``»`` or the typewriter ``''``) and the rest;
* ``exact``: span-set P/R/F1 per role (source, cue, content); a content is its
  segments, merging segments separated only by whitespace;
* ``speaker``: over overlap-matched contents, the share whose predicted speaker mention
  overlaps the gold Source, or whose resolved actor has a mention overlapping it;
  split by gold source type (pronoun, role = lower-case head, named = otherwise).

The baseline "every quoted string of at least 3 words is a content" is scored in the
same run, and ``speed`` compares the whole pipeline with and without attribution over
the BBC corpus in alternating passes (same run, one core, process CPU time).

Annotators: where an article has several ``.ann`` files (suffix after the last ``_``),
the lexicographically first suffix is scored; the second one is scored against it as
an agreement check (``agreement``). Tuning used train and dev only.

``--british`` also scores each split with its double quotation marks made single
(``"`` as ``'``, ``“”`` as ``‘’``: same offsets), the style of British papers.

Usage: python bench/attribution.py [--split [dev test train]] [--no-speed] [--repeat N]
(`--split` with no names: speed only); ``--errors dev direct`` lists the misses and false
alarms of a tuning split (groups ``direct``, ``other``, ``cue``), never of ``test``.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

# Keep bench/ off sys.path so no bench module can shadow
# the standard library.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))
import briefing.analyse as analyse_pkg  # noqa: E402
from bench.common import corpus, emit, f_measure, pin_one_core, read_text  # noqa: E402
from briefing.analyse import Analyser  # noqa: E402
from briefing.config import load_config  # noqa: E402
from briefing.load.layout import split_text  # noqa: E402
from briefing.pipeline import Pipeline  # noqa: E402

QUOTE_MARKS = ('"', "“", "”", "«", "»", "''")
PRONOUNS = frozenset("he she they i we it you him her them his their its".split())
Segs = tuple[tuple[int, int], ...]


def parse_ann(path: Path) -> list[dict]:
    """Attributions of one brat file: ``{source, cue, content}`` -> segment tuples."""
    spans: dict[str, Segs] = {}
    events = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            _typ, _, rng = parts[1].partition(" ")
            spans[parts[0]] = tuple(tuple(map(int, r.split())) for r in rng.split(";"))  # type: ignore[misc]
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(x.split(":", 1) for x in parts[1].split()[1:]))
    out = []
    for roles in events:
        item = {r.lower(): spans[t] for r, t in roles.items() if t in spans and r != "Attribution"}
        if "content" in item:
            out.append(item)
    return out


def merged(text: str, segs: Segs) -> Segs:
    """Segments sorted, joined where only whitespace separates them."""
    out: list[list[int]] = []
    for a, b in sorted(segs):
        if out and not text[out[-1][1] : a].strip():
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)


def load_split(root: Path, split: str) -> list[tuple[str, str, list[dict], list[dict] | None]]:
    """(name, text, primary annotations, second annotator's or None) per article."""
    folder = root / split
    by: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((folder / "attributions").glob("*.ann")):
        by[ann.stem.rsplit("_", 1)[0]].append(ann)
    out = []
    for base, anns in sorted(by.items()):
        text = read_text(folder / "text" / f"{base}.txt")
        second = parse_ann(anns[1]) if len(anns) > 1 else None
        out.append((base, text, parse_ann(anns[0]), second))
    return out


def predict(analyser: Analyser, name: str, text: str) -> list[dict]:
    """Our statements as bench records (offsets into the raw file text)."""
    doc = split_text(text, ())
    assert doc.text == text[: len(doc.text)] or text.startswith(doc.text)
    article = analyser.article(doc, id=name, path=name)
    spans = {a.id: [(m.start, m.end) for m in a.mentions] for a in article.actors}
    out = []
    for s in article.statements:
        out.append(
            {
                "source": ((s.speaker_span.start, s.speaker_span.end),) if s.speaker_span else None,
                "cue": ((s.cue.start, s.cue.end),),
                "content": tuple((c.start, c.end) for c in s.contents),
                "actor_spans": spans.get(s.speaker or "", []),
            }
        )
    return out


def baseline(text: str) -> list[dict]:
    """Every quoted string of at least 3 words is a content."""
    out = []
    for m in re.finditer(r"“[^”\n]*”|\"[^\"\n]*\"|''(?:(?!'')[^\n])*''", text):
        if len(m.group().split()) >= 3:
            out.append({"source": None, "cue": (), "content": ((m.start(), m.end()),)})
    return out


def overlaps(a: Segs, b: Segs, share: float = 0.5) -> bool:
    """True if segment sets ``a`` and ``b`` share at least ``share`` of the longer one's
    characters (a two-part quote does not count the words between its parts)."""
    inter = sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)
    longer = max(sum(e - s for s, e in a), sum(e - s for s, e in b))
    return inter > 0 and inter >= share * longer


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p, r, f = f_measure(tp, n_pred, n_gold)
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
    }


def source_type(text: str, segs: Segs | None) -> str:
    if not segs:
        return "none"
    words = re.findall(r"[\w’']+", " ".join(text[a:b] for a, b in segs))
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words and words[-1][:1].islower():
        return "role"
    return "named"


class Score:
    """Accumulates the three protocols over articles."""

    def __init__(self) -> None:
        self.ov = defaultdict(lambda: [0, 0, 0])  # group -> tp, pred, gold
        self.exact = defaultdict(lambda: [0, 0, 0])
        self.spk = defaultdict(lambda: [0, 0])

    def add(self, text: str, gold: list[dict], pred: list[dict]) -> None:
        g_segs = [merged(text, g["content"]) for g in gold]
        g_direct = [any(q in text[a:b] for q in QUOTE_MARKS for a, b in g) for g in g_segs]
        used: set[int] = set()
        for group in ("all", "direct", "other"):
            self.ov[group][2] += sum(
                1 for d in g_direct if group == "all" or d == (group == "direct")
            )
        for p in pred:
            ps = merged(text, p["content"])
            is_direct = any(q in text[a:b] for q in QUOTE_MARKS for a, b in ps)
            best = None
            for i, gs in enumerate(g_segs):
                if i not in used and overlaps(ps, gs):
                    best = i
                    break
            self.ov["all"][1] += 1
            if best is None:
                self.ov["direct" if is_direct else "other"][1] += 1
                continue
            used.add(best)
            group = "direct" if g_direct[best] else "other"
            self.ov[group][1] += 1
            self.ov[group][0] += 1
            self.ov["all"][0] += 1
            self.speaker(text, gold[best], p, group)
        for role in ("source", "cue", "content"):
            gs = {merged(text, g[role]) for g in gold if g.get(role)}
            ps = {merged(text, p[role]) for p in pred if p.get(role)}
            self.exact[role][0] += len(gs & ps)
            self.exact[role][1] += len(ps)
            self.exact[role][2] += len(gs)

    def speaker(self, text: str, gold: dict, pred: dict, group: str) -> None:
        kind = source_type(text, gold.get("source"))
        if kind == "none":
            return
        gs = gold["source"]
        ok = False
        for span in [*(pred.get("source") or ()), *pred.get("actor_spans", ())]:
            if any(min(b, span[1]) > max(a, span[0]) for a, b in gs):
                ok = True
        for key in (kind, f"{group}:all", "all"):
            self.spk[key][0] += ok
            self.spk[key][1] += 1

    def result(self, speakers: bool = True) -> dict:
        out = {
            "overlap": {g: prf(*v) for g, v in sorted(self.ov.items())},
            "exact": {r: prf(*v) for r, v in sorted(self.exact.items())},
        }
        if speakers:
            out["speaker_accuracy"] = {
                k: {"accuracy": round(a / n, 4) if n else 0.0, "n": n}
                for k, (a, n) in sorted(self.spk.items())
            }
        return out


_TO_SINGLE = str.maketrans({'"': "'", "“": "‘", "”": "’"})
_DOUBLE_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_INNER_OPEN = re.compile(r"(?<=[\s“\"(])['‘](?=\S)")
_INNER_CLOSE = re.compile(r"(?<=\S)['’](?![^\W_])")


def british(text: str) -> str:
    """The text quoting as British papers do, with the same length (so the gold offsets
    hold): double marks as single ones (``"`` as ``'``, ``“”`` as ``‘’``) and a quote
    inside a quotation the other way round (an opening single mark at a word's start and
    the next one ending a word); NYT's typewriter ``''`` stays as it is."""
    chars = list(text.translate(_TO_SINGLE))
    for quoted in _DOUBLE_QUOTED.finditer(text):
        at, end = quoted.start() + 1, quoted.end() - 1
        while (opened := _INNER_OPEN.search(text, at, end)) is not None:
            closed = _INNER_CLOSE.search(text, opened.end(), end)
            if closed is None:
                break
            straight = text[opened.start()] == "'"
            chars[opened.start()] = '"' if straight else "“"
            chars[closed.start()] = '"' if straight else "”"
            at = closed.end()
    return "".join(chars)


def evaluate(root: Path, split: str, analyser: Analyser, restyle: bool = False) -> dict:
    """The three protocols on one split; ``restyle``: our statements are found in the
    :func:`british` text (scored against the same gold, the baseline on the original)."""
    ours, base, agree = Score(), Score(), Score()
    articles = load_split(root, split)
    n_gold = 0
    for name, text, gold, second in articles:
        n_gold += len(gold)
        ours.add(text, gold, predict(analyser, name, british(text) if restyle else text))
        base.add(text, gold, baseline(text))
        if second is not None:
            agree.add(text, gold, [dict(s, actor_spans=[]) for s in second])
    return {
        "texts": len(articles),
        "attributions": n_gold,
        "ours": ours.result(),
        "baseline_quotes_3_words": base.result(speakers=False),
        "agreement_second_annotator": {
            "texts": sum(1 for a in articles if a[3] is not None),
            **agree.result(),
        },
    }


def errors(root: Path, split: str, analyser: Analyser, group: str) -> list[dict]:
    """Misses and false alarms of one split (``group``: direct, other or cue), for tuning.

    ``direct``/``other``: gold contents of that group no prediction matches (``miss``)
    and unmatched predictions of that group (``false``); ``cue``: matched contents
    whose cue span differs from the gold cue. Only for train and dev.
    """
    assert split != "test", "errors are listed for train and dev only"
    out: list[dict] = []
    for name, text, gold, _second in load_split(root, split):
        pred = predict(analyser, name, text)
        g_segs = [merged(text, g["content"]) for g in gold]
        g_dir = [any(q in text[a:b] for q in QUOTE_MARKS for a, b in g) for g in g_segs]
        used: dict[int, dict] = {}
        for p in pred:
            ps = merged(text, p["content"])
            hit = next(
                (i for i, gs in enumerate(g_segs) if i not in used and overlaps(ps, gs)), None
            )
            if hit is not None:
                used[hit] = p
                continue
            is_direct = any(q in text[a:b] for q in QUOTE_MARKS for a, b in ps)
            if group in ("direct", "other") and is_direct == (group == "direct"):
                out.append({"file": name, "false": _show(text, ps), "cue": _show(text, p["cue"])})
        for i, g in enumerate(gold):
            if group == "cue" and i in used and g.get("cue"):
                gc, pc = merged(text, g["cue"]), merged(text, used[i]["cue"])
                if gc != pc:
                    out.append({"file": name, "gold": _show(text, gc), "ours": _show(text, pc)})
            elif group != "cue" and i not in used and g_dir[i] == (group == "direct"):
                a = g_segs[i][0][0]
                out.append(
                    {
                        "file": name,
                        "miss": _show(text, g_segs[i]),
                        "source": _show(text, g.get("source") or ()),
                        "cue": _show(text, g.get("cue") or ()),
                        "before": text[max(0, a - 120) : a],
                    }
                )
    return out


def _show(text: str, segs: Segs) -> str:
    return " | ".join(text[a:b] for a, b in segs)


def speed(repeat: int) -> dict:
    """Whole pipeline over BBC with and without attribution, alternating passes.

    Timed as this process's CPU time (best pass of each), which other work on a shared
    machine disturbs far less than wall-clock time.
    """
    bbc = corpus("bbc", "News Articles")
    pin_one_core()
    real = analyse_pkg.find_statements
    times: dict[str, list[float]] = {"with": [], "without": []}
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "config.yaml"
        cfg.write_text(f"sources:\n  - path: '{bbc}/*/*.txt'\n    header: [title]\n")
        config = load_config(cfg)
        Pipeline(config, cache=False).load(0)  # the gazetteer, once
        for _ in range(repeat):
            for mode in ("without", "with"):
                analyse_pkg.find_statements = real if mode == "with" else (lambda *a: ())  # type: ignore[assignment]
                start = time.process_time()
                briefing = Pipeline(config, cache=False).briefing()  # the analysis, not the cache
                times[mode].append(time.process_time() - start)
        analyse_pkg.find_statements = real
    n = len(briefing.articles)
    rate = {m: n / min(t) for m, t in times.items()}
    return {
        "articles": n,
        "articles_per_second_with": round(rate["with"], 1),
        "articles_per_second_without": round(rate["without"], 1),
        "ratio": round(rate["with"] / rate["without"], 4),
        "statements": sum(len(a.statements) for a in briefing.articles),
        "passes": repeat,
        "clock": "process CPU time, best pass",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--split", nargs="*", default=["dev", "test"], choices=["train", "dev", "test"]
    )
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument(
        "--british",
        action="store_true",
        help="also score the splits with their quotation marks made single (British style)",
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--errors",
        nargs=2,
        metavar=("SPLIT", "GROUP"),
        help="list misses and false alarms: SPLIT train|dev, GROUP direct|other|cue",
    )
    args = parser.parse_args()
    root = corpus("polnear", "data")
    analyser = Analyser(load_config(None, require_sources=False))
    if args.errors:
        emit({"errors": errors(root, args.errors[0], analyser, args.errors[1])})
        return
    out: dict = {"corpus": "polnear", "annotator": "lexicographically first .ann suffix"}
    for split in args.split:
        out[split] = evaluate(root, split, analyser)
        if args.british:
            out[f"{split}_british_quotes"] = evaluate(root, split, analyser, restyle=True)
    out["published_exact_f1_test"] = {
        "CofeNet BERT+Cofe (COLING 2022)": {"source": 83.2, "cue": 75.3, "content": 72.9},
        "BiLSTM-CRF": {"source": 69.6, "cue": 66.7, "content": 59.0},
        "CRF": {"source": 50.6, "cue": 53.4, "content": 28.6},
        "rule baseline": {"source": 10.7, "cue": 22.8, "content": 5.6},
    }
    if not args.no_speed:
        out["speed_bbc"] = speed(args.repeat)
    emit(out)


if __name__ == "__main__":
    main()
