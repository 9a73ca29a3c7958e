"""Small files written for the format tests: an HTML page, mails, hand-made PDFs."""

from __future__ import annotations

import hashlib
import struct
from email.message import EmailMessage

PAGE = b"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour council approves new ferry link | Coastline Gazette</title>
<meta name="author" content="Maria Okafor">
<meta property="og:site_name" content="Coastline Gazette">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<meta name="keywords" content="transport, ferries">
<link rel="canonical" href="https://gazette.example.org/2024/03/ferry-link">
<script>var tracker = "SCRIPTSECRET"; document.write("tracking pixel");</script>
<style>.x { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div class="cookie-banner" id="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<main><article>
<h1>Harbour council approves new ferry link</h1>
<p>The harbour council voted on Tuesday to approve a new ferry link between the old town
and the northern islands, ending a decade of debate over the crossing.</p>
<p>Councillor Ines Berg said the service would start next spring with two boats, each
carrying up to three hundred passengers and forty cars on every crossing.</p>
<h2>Costs and timetable</h2>
<p>The project is expected to cost twelve million euros, most of it paid by the regional
government, according to the budget papers published with the decision.</p>
<ul><li>Two boats will run from April to October every year.</li>
<li>One boat will run during the winter months on a reduced timetable.</li></ul>
<blockquote><p>This is the most important transport decision in a generation for us.</p>
</blockquote>
<p>Opponents argued that the money should have gone to road repairs on the islands, where
several bridges have been closed for more than a year.</p>
</article></main>
<aside><h3>Related stories</h3><ul><li><a href="/a">Bridge closures continue</a></li>
<li><a href="/b">Island school gets new roof</a></li></ul></aside>
<footer><p>Copyright 2024 Coastline Gazette. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
</body></html>
"""

BODY_TEXT = (
    "The regional assembly met on Monday to discuss the harbour budget for next year.\n\n"
    "Delegates from the islands asked for more money for ferries and bridges.\n"
)


def message(subject: str = "Harbour budget", body: str = BODY_TEXT, **headers: str) -> EmailMessage:
    """A plain-text message."""
    msg = EmailMessage()
    msg["From"] = headers.get("sender", "Ana Lima <ana@lists.example.net>")
    msg["To"] = "desk@example.com"
    msg["Subject"] = subject
    msg["Date"] = headers.get("date", "Tue, 05 Mar 2024 10:00:00 +0000")
    if "list_id" in headers:
        msg["List-Id"] = headers["list_id"]
    msg.set_content(body)
    return msg


def multipart_mail() -> bytes:
    """multipart/mixed: plain+HTML alternative body, RFC 2047 subject, base64 HTML attachment."""
    msg = EmailMessage()
    msg["From"] = "=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen@news.example.de>"
    msg["To"] = "desk@example.com"
    msg["Subject"] = "=?utf-8?b?RsOkaHJlIGFuIGRlciBLw7xzdGU=?="  # "Fähre an der Küste"
    msg["Date"] = "Wed, 06 Mar 2024 08:15:00 +0100"
    msg.set_content(
        "The plain version of the newsletter about the ferry.\n\nSecond plain paragraph.\n"
    )
    msg.add_alternative(PAGE.decode(), subtype="html")
    msg.add_attachment(
        PAGE.replace(b"Harbour council", b"Island board"),
        maintype="text",
        subtype="html",
        filename="report.html",
    )
    # add_attachment of bytes uses base64 transfer encoding
    return msg.as_bytes()


def mbox_of_three() -> bytes:
    out = b""
    for i, who in enumerate(
        ("Ana Lima <ana@a.example>", "Bo Chen <bo@b.example>", "Cy <cy@c.example>")
    ):
        msg = message(
            f"Message {i + 1}", f"Body of message number {i + 1} about the harbour.\n", sender=who
        )
        out += b"From someone@example.com Tue Mar  5 10:00:00 2024\n" + msg.as_bytes() + b"\n"
    return out


def zip_bomb_mail() -> bytes:
    msg = message("Quarterly figures")
    # a zip whose one entry claims a huge size: the loader must not open it
    fake_zip = b"PK\x03\x04" + b"\x00" * 22 + struct.pack("<I", 0xFFFFFFFF) + b"\x00" * 200
    msg.add_attachment(fake_zip, maintype="application", subtype="zip", filename="figures.zip")
    return msg.as_bytes()


def many_parts_mail(parts: int = 1000) -> bytes:
    msg = message("Many parts")
    for i in range(parts):
        msg.add_attachment(f"part {i}\n".encode(), maintype="application", subtype="octet-stream",
                           filename=f"p{i}.bin")  # fmt: skip
    return msg.as_bytes()


def _pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R ".encode() + trailer_extra
    out += f">>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def pdf_pages(streams: list[bytes], trailer_extra: bytes = b"", extra: list[bytes] = ()) -> bytes:
    """A PDF with one page per content stream, Helvetica as /F1."""
    n = len(streams)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
    ]
    font = 3 + 2 * n
    for i, stream in enumerate(streams):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects += list(extra)
    return _pdf(objects, trailer_extra)


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def column_lines(x: int, top: int, lines: list[str], size: int = 10) -> bytes:
    out = [f"BT /F1 {size} Tf {size + 2} TL {x} {top} Td".encode()]
    for line in lines:
        out.append(f"({_esc(line)}) Tj T*".encode() if line else b"T*")
    out.append(b"ET")
    return b"\n".join(out)


LEFT = [
    "The river authority published its annual report",
    "on Thursday, describing a year of floods and",
    "repairs along the lower valley and the delta.",
    "",
    "Engineers rebuilt three levees and replaced the",
    "old pumping station near the harbour mouth at a",
    "cost that the authority called unavoid-",
    "able after the storms of the winter.",
]
RIGHT = [
    "The second column begins here with a new",
    "paragraph about the budget for next year, which",
    "the board will discuss in its May meeting.",
    "",
    "Farmers in the delta asked for compensation for",
    "fields that stayed under water for six weeks.",
]


def letter_spaced_pdf(sentence: str) -> bytes:
    """One line placed glyph by glyph, letters 0.15 em apart and words 0.7 em, no spaces."""
    parts = []
    for word in sentence.split():
        parts.append(" ".join(f"({c}) -150" for c in word))
        parts.append("-700")
    return pdf_pages([f"BT /F1 12 Tf 72 700 Td [{' '.join(parts)}] TJ ET".encode()])


def two_column_pdf(pages: int = 3) -> bytes:
    """Two columns of prose per page, a running header and a page number on each page."""
    streams = []
    for page in range(1, pages + 1):
        parts = [
            column_lines(72, 750, ["River Authority Annual Report 2024"], 9),
            column_lines(72, 700, LEFT),
            column_lines(330, 700, RIGHT),
            column_lines(300, 40, [str(page)], 9),
        ]
        streams.append(b"\n".join(parts))
    return pdf_pages(streams)


def textless_pdf() -> bytes:
    return pdf_pages([b"0 0 1 rg 72 72 200 200 re f"])


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def encrypted_pdf(user: bytes = b"secret", owner: bytes = b"owner") -> bytes:
    """A PDF encrypted with the standard handler (R2, RC4-40) and a user password."""
    ident = hashlib.md5(b"briefing-test").digest()
    o = _rc4(hashlib.md5((owner + _PAD)[:32]).digest()[:5], (user + _PAD)[:32])
    perms = -4
    key = hashlib.md5((user + _PAD)[:32] + o + struct.pack("<i", perms) + ident).digest()[:5]
    u = _rc4(key, _PAD)
    n = 1
    enc = 3 + 2 * n + 1
    encrypt = f"<< /Filter /Standard /V 1 /R 2 /O <{o.hex()}> /U <{u.hex()}> /P {perms} >>".encode()
    trailer = f"/Encrypt {enc} 0 R /ID [<{ident.hex()}> <{ident.hex()}>] ".encode()
    return pdf_pages([column_lines(72, 700, LEFT)], trailer, [encrypt])
