"""Decoding: bytes to clean text that is safe to show in a terminal."""

from __future__ import annotations

from briefing.clean import UNSAFE, clean_text

_UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}
_UTF8_BOM = b"\xef\xbb\xbf"
# The ASCII bytes clean_text keeps (``\r`` too: it only becomes ``\n``), from its own gate.
_ASCII_KEPT = bytes(b for b in range(128) if chr(b) == "\r" or not UNSAFE.match(chr(b)))


def utf16_encoding(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when ``data`` looks like UTF-16 (a BOM, or NULs every other byte)."""
    bom = _UTF16_BOMS.get(data[:2])
    if bom:
        return bom
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    # Mostly-ASCII UTF-16: one byte of each pair is NUL, the other almost never.
    if odd.count(0) >= 0.9 * half and even.count(0) <= 0.1 * half:
        return "utf-16-le"
    if even.count(0) >= 0.9 * half and odd.count(0) <= 0.1 * half:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode ``data`` as UTF-8 (BOM allowed), UTF-16 (BOM or detected), else cp1252.

    Returns (text, warnings); the text has passed :func:`briefing.clean.clean_text`.
    """
    warnings: list[str] = []
    wide = utf16_encoding(data)
    if wide:
        body = data[2:] if data[:2] in _UTF16_BOMS else data
        text = body.decode(wide, errors="replace")
        if "\ufffd" in text:
            warnings.append(f"invalid {wide.upper()} sequences replaced")
        return clean_text(text), warnings
    if data.isascii() and not data.translate(None, _ASCII_KEPT):
        # Nothing for clean_text to remove (no control character, so no escape sequence):
        # what it returns, without its scan of the whole text.
        return data.decode("ascii").replace("\r\n", "\n").replace("\r", "\n"), warnings
    try:
        # As "utf-8-sig" decodes (error offsets after the BOM), without its Python wrapper.
        text = (data[3:] if data.startswith(_UTF8_BOM) else data).decode("utf-8")
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        warnings.append(f"not valid UTF-8 (byte {exc.start}); decoded as cp1252")
    return clean_text(text), warnings


def clean(text: str) -> str:
    """Normalise line ends and remove escape sequences and control characters.

    Kept for callers of the old name; the gate is :func:`briefing.clean.clean_text`.
    """
    return clean_text(text)
