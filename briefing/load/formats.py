"""Which layout reads a file, and the readers for the HTML, PDF and e-mail layouts.

Formats: ``text``, ``markdown``, ``html``, ``email``, ``pdf`` — from the source's
``format``, else the extension, else (extension-less files) the first bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefing.load import html, mail, pdf
from briefing.load.decode import clean, decode
from briefing.load.layout import split_text
from briefing.model import Document

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt", ".text", "")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MAIL_SUFFIXES = (".eml", ".mbox")
PDF_SUFFIXES = (".pdf",)
SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES + MAIL_SUFFIXES + PDF_SUFFIXES
CITE = {"html": "paragraph", "pdf": "page", "email": "message"}


def in_maildir(path: Path) -> bool:
    """True for a message file in a Maildir's ``cur/`` or ``new/`` folder."""
    parent = path.parent
    if parent.name not in ("cur", "new"):
        return False
    top = parent.parent
    return all(os.path.isdir(top / sub) for sub in ("cur", "new", "tmp"))


def sniff(head: bytes) -> str:
    """The format of an extension-less file from its first bytes."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if html.looks_like_html(head):
        return "html"
    if mail.looks_like_mail(head):
        return "email"
    return "text"


def format_of(path: Path, given: str | None) -> str:
    """The format of ``path``: ``given``, else by extension, else by content."""
    if given:
        return given
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MAIL_SUFFIXES or in_maildir(path):
        return "email"
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix == "":
        try:
            with open(path, "rb") as handle:
                return sniff(handle.read(4096))
        except OSError:
            return "text"
    return "text"


def extractor(fmt: str) -> str:
    """The extractor behind a format, for ``briefing check``."""
    try:
        if fmt == "html":
            return html.extractor_version()
        if fmt == "pdf":
            return pdf.extractor_version()
    except (html.HtmlUnavailable, pdf.PdfUnavailable) as exc:
        return f"missing: {exc}"
    if fmt == "email":
        return "python email (policy.default)" + (
            "" if _has_html() else "; HTML bodies need briefing[html]"
        )
    return "briefing " + fmt


def _has_html() -> bool:
    try:
        html.extractor_version()
    except html.HtmlUnavailable:
        return False
    return True


def mail_items(data: bytes, path: Path) -> list[mail.Item]:
    """The items (messages and article attachments) of a mail file."""
    return mail.parse(data, mbox=path.suffix.lower() == ".mbox" or data.startswith(b"From "))


def _message_document(item: mail.Item) -> Document:
    """The body of a message: the HTML part extracted, unless the plain part says more."""
    plain_kind, plain = mail.body_of(item.headers, False)
    plain_doc = split_text(mail.clean_plain(plain), ()) if plain_kind == "plain" else None
    kind, body = mail.body_of(item.headers, _has_html())
    if kind != "html":
        return plain_doc or split_text(mail.clean_plain(body), ())
    try:
        doc = html.read_html(body.encode("utf-8"))
    except (ValueError, html.HtmlUnavailable):
        doc = None
    if doc is None or (plain_doc and len(doc.text.split()) < 0.5 * len(plain_doc.text.split())):
        if plain_doc is not None:
            return plain_doc
        import html as stdhtml
        import re

        text = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>|<[^>]+>", " ", body)
        return split_text(clean(stdhtml.unescape(text)), ())
    return doc


def mail_document(item: mail.Item) -> Document:
    """The Document of one mail item; ValueError when it has no text."""
    meta = mail.header_meta(item.headers)
    if item.kind == "message":
        doc = _message_document(item)
        doc.meta.update(meta)
    else:
        assert item.part is not None
        data = item.part.get_payload(decode=True)
        data = data if isinstance(data, bytes) else b""
        if item.kind == "html":
            doc = html.read_html(data)
        elif item.kind == "pdf":
            doc = pdf.read_pdf(data)
        else:
            text, warnings = decode(data)
            doc = split_text(clean(text), ())
            doc.warnings += warnings
        for key, value in meta.items():
            if key != "title":
                doc.meta.setdefault(key, value)
        doc.meta["title"] = doc.meta.get("title") or clean(item.name)
    doc.warnings[:0] = item.warnings
    return doc
