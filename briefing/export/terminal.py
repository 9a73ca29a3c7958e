"""``briefing show``: the briefing rendered with rich, or plain text when piped."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from briefing.model import Article, Briefing

KIND_STYLE = {
    "person": "bold cyan",
    "organization": "bold magenta",
    "country": "bold green",
    "place": "green",
    "group": "bold yellow",
}


def _meta(article: Article) -> str:
    return " · ".join(article.meta_parts())


def statement_rows(article: Article) -> list[tuple[str, str, str]]:
    """(speaker, cue, content) per statement, grouped by speaker, unresolved last."""
    rows = []
    ids: list[str | None] = [a.id for a in article.actors]
    for actor_id in [*ids, None]:
        actor = article.actor(actor_id) if actor_id else None
        for s in article.statements_of(actor_id):
            if actor is not None:
                who = actor.name
            elif s.speaker_span is not None:
                who = f"? {s.speaker_span.text_of(article.text)}"
            else:
                who = "?"
            content = " ".join(s.content_text(article.text).split())
            line = f" [L{article.line_of(s.contents[0].start)}]" if s.contents else ""
            rows.append((" ".join(who.split()), " ".join(s.cue_text.split()), content + line))
    return rows


def _colon(cue: str) -> str:
    """The colon after a cue, unless the cue ends with one ("added:", ":")."""
    return "" if cue.endswith(":") else ":"


def render_plain(briefing: Briefing) -> str:
    """Plain-text rendering for pipes and scripts."""
    out = [briefing.title, "=" * len(briefing.title), ""]
    for article in briefing.articles:
        out += [article.heading, "-" * min(len(article.heading), 80)]
        if article.dek:
            out.append(article.dek)
        out += [_meta(article), f"{article.path}"]
        out += [f"warning: {w}" for w in article.warnings]
        out += ["", "Key points:"]
        for rank, kp in enumerate(article.key_points, 1):
            text = " ".join(kp.text.split())
            out.append(f"  {rank}. {text} [{article.short_locator(kp.start)}]")
        out += ["", "Actors:"]
        for actor in article.actors:
            roles = f" ({', '.join(actor.roles)})" if actor.roles else ""
            out.append(f"  - {actor.name} [{actor.kind}]{roles} x{len(actor.mentions)}")
        rows = statement_rows(article)
        if rows:
            out += ["", "Who said what:"]
            out += [f"  - {who}, {cue}{_colon(cue)} {content}" for who, cue, content in rows]
        out.append("")
    for error in briefing.errors:
        out.append(f"not loaded: {error.path}: {error.reason}")
    return "\n".join(out).rstrip() + "\n"


def render_rich(briefing: Briefing, console: Console) -> None:
    """Print the briefing with rich; all article text is passed as plain Text."""
    console.print(Text(briefing.title, style="bold underline"))
    console.print()
    for article in briefing.articles:
        console.print(Text(article.heading, style="bold"))
        if article.dek:
            console.print(Text(article.dek, style="italic"))
        console.print(Text(f"{_meta(article)} · {article.path}", style="dim"))
        for warning in article.warnings:
            console.print(Text(f"warning: {warning}", style="yellow"))
        console.print(Text("Key points", style="bold"))
        for rank, kp in enumerate(article.key_points, 1):
            line = Text(f" {rank}. ", style="bold")
            line.append(" ".join(kp.text.split()))
            line.append(f" [{article.short_locator(kp.start)}]", style="dim")
            console.print(line)
        table = Table(title=None, show_header=True, header_style="bold", expand=False)
        for column in ("Actor", "Kind", "Roles", "Mentions"):
            table.add_column(column, justify="right" if column == "Mentions" else "left")
        for actor in article.actors:
            table.add_row(
                Text(actor.name, style=KIND_STYLE.get(actor.kind, "")),
                Text(actor.kind),
                Text(", ".join(actor.roles)),
                str(len(actor.mentions)),
            )
        console.print(table)
        rows = statement_rows(article)
        if rows:
            console.print(Text("Who said what", style="bold"))
            for who, cue, content in rows:
                line = Text(f" {who}", style="bold")
                line.append(f" {cue}{_colon(cue)} ", style="italic")
                line.append(content)
                console.print(line)
        console.print()
    for error in briefing.errors:
        console.print(Text(f"not loaded: {error.path}: {error.reason}", style="red"))
