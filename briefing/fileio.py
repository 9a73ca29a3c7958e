"""The one safe reader and writer: only regular files, bounded reads, atomic writes.

Every file the project writes (``export -o``, ``state export``, the reader's export)
goes through :func:`write_text`; every input file through :func:`read_bytes`.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

#: Default cap on one input file (an article); the loader and readers use their own caps.
MAX_BYTES = 20_000_000


class UnsafePathError(OSError):
    """A path that is not a regular file (or would be overwritten), with a one-line message."""


class TooLargeError(OSError):
    """A file larger than the cap it was read with."""


def kind(mode: int) -> str:
    """A short name for the file type in ``mode`` ("FIFO", "character device", ...)."""
    for test, name in (
        (stat.S_ISLNK, "symlink"),
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISDIR, "directory"),
    ):
        if test(mode):
            return name
    return "regular file" if stat.S_ISREG(mode) else "special file"


def not_regular(path: str | Path) -> str | None:
    """Why ``path`` cannot be read as a regular file (following symlinks), or None if it can.

    Never opens the path.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # missing or unreadable: the open reports it
    if stat.S_ISREG(mode):
        return None
    return f"not a regular file ({kind(mode)}); skipped"


def read_bytes(path: str | Path, cap: int = MAX_BYTES) -> bytes:
    """Read a regular file, at most ``cap`` bytes, without blocking on FIFOs or devices.

    The cap is applied while reading (``cap + 1`` bytes at most are read), never taken
    from ``st_size``.

    Raises:
        UnsafePathError: ``path`` is a FIFO, device, socket or directory (never opened).
        TooLargeError: the file holds more than ``cap`` bytes.
        OSError: it cannot be opened or read (missing, permission denied, ...).
    """
    why = not_regular(path)
    if why:
        raise UnsafePathError(why.removesuffix("; skipped"))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):  # swapped for something else since the stat
            raise UnsafePathError(f"not a regular file ({kind(mode)})")
        chunks: list[bytes] = []
        left = cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > cap:
        raise TooLargeError(f"file too large (over {cap:,} bytes)")
    return data


def read_text(path: str | Path, cap: int, encoding: str = "utf-8-sig") -> str:
    """:func:`read_bytes` then decode (``UnicodeDecodeError`` propagates)."""
    return read_bytes(path, cap).decode(encoding)


def check_target(path: str | Path, *, force: bool = True) -> None:
    """Refuse to write ``path`` unless it is missing or an existing regular file.

    A symlink is refused too (it would be replaced by a file, or write elsewhere).
    With ``force=False`` an existing file is refused as well.

    Raises:
        UnsafePathError: with a one-line message naming ``path``.
    """
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise UnsafePathError(f"{path}: not a regular file ({kind(mode)}); not written")
    if not force:
        raise UnsafePathError(f"{path}: exists; not overwritten (use --force)")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text(path: str | Path, text: str, *, force: bool = True) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` atomically.

    A temporary file in the same folder replaces ``path`` with ``os.replace``; an
    existing file's permission bits are kept, a new file gets 0666 minus the umask.

    Raises:
        UnsafePathError: ``path`` is not a regular file, or exists and ``force`` is False.
        OSError: the folder cannot be written.
    """
    with atomic_writer(path, force=force) as handle:
        handle.write(text)


@contextlib.contextmanager
def atomic_writer(path: str | Path, *, force: bool = True) -> Iterator[IO[str]]:
    """A text handle whose content replaces ``path`` atomically when the block ends.

    The same rules as :func:`write_text` (which uses it); for writing in pieces (the
    streamed JSON export). Nothing replaces ``path`` if the block raises.
    """
    path = Path(path)
    check_target(path, force=force)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        check_target(path, force=force)  # still safe to replace?
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
