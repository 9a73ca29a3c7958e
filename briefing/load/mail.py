"""E-mail layout: ``.eml``, ``.mbox`` and Maildir messages with the standard library.

A file becomes a list of items, each one article: every message (a Mailman digest
gives one per contained message), then its attachments that are articles (HTML, PDF,
plain text, forwarded ``message/rfc822``). Items are numbered in that order; the loader
names item ``n > 1`` ``mail.eml#n``. Archives are never opened (zip bombs), parts past
MAX_PARTS are ignored and oversized attachments are refused, each with a warning.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from briefing.load.decode import clean

MAX_PARTS = 200
MAX_ATTACHMENT = 10_000_000
_MBOX_FROM = re.compile(rb"^From .*\r?\n", re.M)
_ARCHIVES = ("zip", "gzip", "x-gzip", "x-tar", "x-7z-compressed", "x-rar", "x-bzip2", "x-xz")
_QUOTE_INTRO = re.compile(r"^(On .{5,200} wrote:|.{0,80}<[^>]+@[^>]+> (a écrit|schrieb|wrote):)$")
_FOOTER_SEP = re.compile(r"^(_{5,}|-{5,}|={5,})\s*$")
_FOOTER_WORDS = re.compile(r"unsubscribe|mailing list|listinfo|list-?info|manage your", re.I)


@dataclass
class Item:
    """One article of a mail file: a message body or an attachment."""

    kind: str  # "message", "html", "pdf" or "text"
    headers: Message
    part: Message | None = None
    name: str = ""
    warnings: list[str] = field(default_factory=list)


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox file (``From `` separator lines)."""
    starts = [m.start() for m in _MBOX_FROM.finditer(data)]
    if not starts:
        return [data] if data.strip() else []
    bounds = starts + [len(data)]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        chunk = data[a:b]
        chunk = chunk[chunk.index(b"\n") + 1 :]
        out.append(re.sub(rb"^>(>*From )", rb"\1", chunk, flags=re.M))
    return out


def looks_like_mail(head: bytes) -> bool:
    """True when the first bytes look like an RFC 5322 message or an mbox."""
    if head.startswith(b"From ") and b"\n" in head:
        return True
    names = re.findall(rb"^([A-Za-z][A-Za-z0-9-]{1,40}):", head[:4096], re.M)
    known = {n.lower() for n in names} & {
        b"from", b"to", b"subject", b"date", b"received", b"message-id",
        b"mime-version", b"return-path", b"delivered-to",
    }  # fmt: skip
    return len(known) >= 3


def parse(data: bytes, mbox: bool) -> list[Item]:
    """Every item of a mail file, in order."""
    raw = split_mbox(data) if mbox else [data]
    items: list[Item] = []
    budget = [MAX_PARTS]
    for chunk in raw:
        message = email.message_from_bytes(chunk, policy=policy.default)
        items += message_items(message, budget)
    if budget[0] < 0 and items:
        items[0].warnings.append(f"more than {MAX_PARTS} MIME parts; the rest were ignored")
    return items


def _digest(message: Message) -> list[Message] | None:
    """The contained messages of a multipart/digest (also one nested in multipart/mixed)."""
    if message.get_content_type() == "multipart/digest":
        return [p for p in message.iter_parts() if isinstance(p, Message)]  # type: ignore[attr-defined]
    if message.is_multipart():
        for part in message.get_payload():  # type: ignore[union-attr]
            if isinstance(part, Message) and part.get_content_type() == "multipart/digest":
                return [p for p in part.get_payload() if isinstance(p, Message)]  # type: ignore[union-attr]
    return None


def _inner(part: Message) -> Message | None:
    """The message inside a message/rfc822 part."""
    payload = part.get_payload()
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        return payload[0]
    return None


def message_items(message: Message, budget: list[int]) -> list[Item]:
    """The message's own item, then its attachment items (digests: the contained ones)."""
    contained = _digest(message)
    if contained is not None:
        out: list[Item] = []
        for sub in contained:
            sub = _inner(sub) or sub if sub.get_content_type() == "message/rfc822" else sub
            out += message_items(sub, budget)
        return out
    items = [Item("message", message, message)]
    body = _body_part(message)
    keep_body = body is not None and bool(part_text(body).strip())
    for part in message.walk():
        budget[0] -= 1
        if budget[0] < 0:
            break
        if part is message or part is body or part.is_multipart() and not _is_rfc822(part):
            continue
        if body is not None and _inside(body, part):
            continue
        items += _attachment(part, message, items[0], budget)
    if not keep_body and len(items) > 1:  # an empty note carrying attachments
        items[1].warnings[:0] = items[0].warnings
        return items[1:]
    return items


def _is_rfc822(part: Message) -> bool:
    return part.get_content_type() == "message/rfc822"


def _inside(container: Message, part: Message) -> bool:
    return container.is_multipart() and any(p is part for p in container.walk())


def _attachment(part: Message, parent: Message, first: Item, budget: list[int]) -> list[Item]:
    ctype = part.get_content_type()
    name = part.get_filename() or ctype
    if _is_rfc822(part):
        inner = _inner(part)
        return message_items(inner, budget) if inner is not None else []
    if part.get_content_disposition() != "attachment" and ctype in ("text/plain", "text/html"):
        if ctype == "text/plain" or parent.get_content_type() == "multipart/alternative":
            return []  # an alternative or inline part of the body
    if part.get_content_maintype() == "application" and part.get_content_subtype() in _ARCHIVES:
        first.warnings.append(f"attachment {name}: archives are not opened")
        return []
    kind = {"text/html": "html", "application/pdf": "pdf", "text/plain": "text"}.get(ctype)
    if kind is None:
        return []
    size = len(part.get_payload(decode=True) or b"")
    if size > MAX_ATTACHMENT:
        first.warnings.append(f"attachment {name}: too large ({size:,} bytes); not read")
        return []
    return [Item(kind, parent, part, name)]


def _body_part(message: Message) -> Message | None:
    getter = getattr(message, "get_body", None)
    if getter is None:
        return None
    return getter(preferencelist=("related", "html", "plain"))  # type: ignore[no-any-return]


def body_of(message: Message, html_ok: bool) -> tuple[str, str]:
    """``("html"|"plain", text)`` of the message's body (HTML preferred when ``html_ok``)."""
    order = ("html", "plain") if html_ok else ("plain", "html")
    getter = getattr(message, "get_body", None)
    part = getter(preferencelist=order) if getter else None
    if part is None:
        if message.get_content_maintype() != "text":
            return "plain", ""
        part = message
    return ("html" if part.get_content_subtype() == "html" else "plain"), part_text(part)


def part_text(part: Message) -> str:
    """The decoded text of a part; unknown or wrong charsets fall back to cp1252."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return str(part.get_payload())
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")


def clean_plain(text: str) -> str:
    """Drop quoted replies, the signature and a mailing-list footer from a plain body."""
    lines = clean(text).split("\n")
    for i, line in enumerate(lines):
        if line.rstrip() == "--" and line.startswith("--"):
            lines = lines[:i]
            break
    keep: list[str] = []
    for line in lines:
        if line.lstrip().startswith(">"):
            if keep and _QUOTE_INTRO.match(keep[-1].strip()):
                keep.pop()
            continue
        keep.append(line)
    start = int(len(keep) * 0.5)
    for i in range(len(keep) - 1, start - 1, -1):
        if _FOOTER_SEP.match(keep[i]) and _FOOTER_WORDS.search("\n".join(keep[i:])):
            keep = keep[:i]
            break
    return "\n".join(keep).strip()


def header_meta(message: Message) -> dict[str, Any]:
    """Title, byline, date and source from Subject, From, Date and List-Id headers."""
    meta: dict[str, Any] = {}
    subject = " ".join(str(message.get("subject", "") or "").split())
    if subject:
        meta["title"] = clean(subject)
    pairs = getaddresses([str(message.get("from", "") or "")])
    name, address = pairs[0] if pairs else ("", "")
    if name or address:
        meta["byline"] = clean(name or address)
    date = message.get("date")
    if date:
        try:
            meta["date"] = parsedate_to_datetime(str(date)).date().isoformat()
        except (TypeError, ValueError, IndexError):
            meta["date"] = str(date)
    list_id = str(message.get("list-id", "") or "")
    match = re.match(r'\s*"?([^"<]*?)"?\s*<([^>]+)>', list_id)
    if match:
        meta["source"] = clean(match.group(1).strip() or match.group(2))
    elif address and "@" in address:
        meta["source"] = address.rsplit("@", 1)[1].lower()
    return meta
