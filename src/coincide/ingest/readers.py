"""Finding and reading inputs: files, folders (recursively) and standard input.

Every problem with one input becomes an InputError *yielded* in that input's place, never raised,
so a batch of ten thousand files is not lost to one bad path.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator, Sequence

from ..errors import EmptyInput, InputError, InputTooLarge, UnreadableInput

STORY_SUFFIXES = (".txt", ".html", ".htm")
GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 1 << 20


@dataclass
class RawInput:
    source: str  # the path as given/found, or "<stdin>"
    data: bytes  # raw bytes, already gunzipped for .gz
    hint: str | None  # "html" | "text" | None, from the file extension
    # What a container (feed, WARC, JSONL, CSV) says of the story, used when the content lacks it.
    title: str | None = None
    url: str | None = None
    published: str | None = None


def format_hint(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith(".txt"):
        return "text"
    return None


def is_story_file(name: str) -> bool:
    from .formats import container_kind

    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return lower.endswith(STORY_SUFFIXES) or container_kind(name) is not None


def _percent_escape(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    return "".join(f"%{b:02X}" for b in bad), error.end


codecs.register_error("coincide-percent", _percent_escape)


def printable_path(path: str | os.PathLike) -> str:
    """A path as coincide prints and stores it (a record's `source`): valid UTF-8 always. Bytes of
    a file name that are not UTF-8 (Python holds them as lone surrogates, which no UTF-8 output
    and no database can take) are written %XX, as in a URL: caf\xe9.txt -> caf%E9.txt."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="coincide-percent")


def _not_regular(path: Path) -> str | None:
    """Why path cannot be read as a file (None when it can): only regular files are opened, since
    opening a named pipe waits for a writer for ever, and a device or socket is no story."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # reading reports the missing or unreadable path itself
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    what = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    return f"not a regular file: {what}; only regular files are read"


def _limit_text(max_bytes: int) -> str:
    return f"{max_bytes:,} bytes"


def _gunzip(data: bytes, source: str, max_bytes: int) -> bytes | InputError:
    # Decompress in bounded steps so a small .gz that expands to gigabytes (a "zip bomb", or just
    # a huge dump) is refused once it passes the limit instead of filling memory first.
    inflater = zlib.decompressobj(wbits=47)  # 32 + 15: gzip or zlib header, auto-detected
    out = bytearray()
    pending = data
    try:
        while pending:
            out += inflater.decompress(pending, max_bytes + 1 - len(out))
            if len(out) > max_bytes:
                return InputTooLarge(source, f"too large: over the limit of {_limit_text(max_bytes)} once decompressed")
            pending = inflater.unconsumed_tail
            if inflater.eof:
                # Concatenated gzip members are legal (gzip -c a >> b); read them too.
                rest = inflater.unused_data
                if rest.startswith(GZIP_MAGIC):
                    inflater = zlib.decompressobj(wbits=47)
                    pending = rest
                else:
                    break
        if not inflater.eof:
            return UnreadableInput(source, "broken gzip data: the file ends before the compressed stream does (truncated?)")
    except zlib.error as exc:
        return UnreadableInput(source, f"broken gzip data: {exc}")
    return bytes(out)


def read_limited(stream: BinaryIO, max_bytes: int) -> bytes | None:
    """At most max_bytes; None when the stream holds more."""
    parts = []
    size = 0
    while size <= max_bytes:
        chunk = stream.read(min(CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    data = b"".join(parts)
    return None if len(data) > max_bytes else data


def _finish(source: str, data: bytes, hint: str | None, max_bytes: int, compressed: bool) -> RawInput | InputError:
    if compressed or data.startswith(GZIP_MAGIC):
        result = _gunzip(data, source, max_bytes)
        if isinstance(result, InputError):
            return result
        data = result
    return RawInput(source=source, data=data, hint=hint)


def read_path(path: Path, source: str, max_bytes: int) -> RawInput | InputError:
    compressed = path.name.lower().endswith(".gz")
    # A compressed file may be at most as large as the limit; its decompressed size is checked
    # while decompressing.
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return UnreadableInput(source, "no such file or folder")
    except OSError as exc:
        return UnreadableInput(source, f"cannot read: {exc.strerror or exc}")
    if size > max_bytes:
        return InputTooLarge(source, f"too large: {size:,} bytes, over the limit of {_limit_text(max_bytes)}")
    try:
        with path.open("rb") as stream:
            # Read through the limit, not the stat size: a FIFO or a growing file reports 0.
            data = read_limited(stream, max_bytes)
    except IsADirectoryError:
        return UnreadableInput(source, "is a folder that cannot be listed")
    except OSError as exc:
        return UnreadableInput(source, f"cannot read: {exc.strerror or exc}")
    if data is None:
        return InputTooLarge(source, f"too large: over the limit of {_limit_text(max_bytes)}")
    return _finish(source, data, format_hint(path.name), max_bytes, compressed)


def _leaves(path: Path, folder: Path) -> bool:
    """True when the symbolic link `path` leads out of `folder` (or nowhere)."""
    try:
        path.resolve(strict=True).relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):  # broken, looping, or elsewhere
        return True
    return False


def iter_folder(folder: Path, follow_links: bool = False) -> list[Path | InputError]:
    """Story files under a folder, recursively, in sorted order, and an error for each subfolder
    that cannot be listed. Symlinked folders are not followed (they can loop); a symlinked file
    is read when it stays inside the folder, and one leading out of it (to /etc/passwd, say: a
    folder of scraped files is not trusted) only with follow_links. Hidden files and folders are
    skipped."""
    found: list[tuple[tuple[str, ...], Path | InputError]] = []

    def unlistable(exc: OSError) -> None:
        where = Path(exc.filename or folder)
        found.append((_parts(where, folder), UnreadableInput(printable_path(where), f"cannot list folder: {exc.strerror or exc}")))

    for root, dirs, files in os.walk(folder, onerror=unlistable, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and is_story_file(name):
                path = Path(root) / name
                if not follow_links and path.is_symlink() and _leaves(path, folder):
                    found.append((_parts(path, folder), UnreadableInput(
                        printable_path(path), "a symbolic link leading out of the folder: not followed "
                                              "(--follow-links reads such links)")))
                    continue
                found.append((_parts(path, folder), path))
    found.sort(key=lambda item: item[0])
    return [item for _, item in found]


def _parts(path: Path, folder: Path) -> tuple[str, ...]:
    try:
        return path.relative_to(folder).parts
    except ValueError:
        return path.parts


def iter_inputs(
    paths: Sequence[str], stdin: BinaryIO | None = None, max_bytes: int = 20_000_000, follow_links: bool = False,
) -> Iterator[RawInput | InputError]:
    """Files and folders (folders recursively, sorted: .txt .html .htm and their .gz; and the
    containers of formats.py: .warc .rss .atom .xml .jsonl .csv and their .gz), "-" = stdin.

    Yields a RawInput per input (per story for a container), or the InputError for that input; never raises for one input."""
    for given in paths:
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            source = "<stdin>"
            try:
                data = read_limited(stream, max_bytes)
            except OSError as exc:
                yield UnreadableInput(source, f"cannot read standard input: {exc}")
                continue
            if data is None:
                yield InputTooLarge(source, f"too large: over the limit of {_limit_text(max_bytes)}")
                continue
            yield _finish(source, data, None, max_bytes, compressed=False)
            continue
        path = Path(given)
        if path.is_dir():
            entries = iter_folder(path, follow_links=follow_links)
            if not entries:
                yield EmptyInput(printable_path(given), "folder holds no .txt, .html, .htm, .warc, .rss, .atom, .xml, .jsonl or .csv files (nor .gz of them)")
            for entry in entries:
                if isinstance(entry, InputError):
                    yield entry
                else:
                    yield from _read_any(entry, printable_path(entry), max_bytes, in_folder=True)
        else:
            # A path named on the command line is read as given, link or not: the user chose it.
            yield from _read_any(path, printable_path(given), max_bytes, in_folder=False)


def _read_any(path: Path, source: str, max_bytes: int, in_folder: bool) -> Iterator[RawInput | InputError]:
    # A file of many stories (WARC, feed, JSONL, CSV) yields one input per story.
    from .formats import container_kind, read_container

    problem = _not_regular(path)
    if problem:
        yield UnreadableInput(source, problem)
        return
    kind = container_kind(path.name)
    if kind is None or path.is_dir():
        yield read_path(path, source, max_bytes)
    else:
        yield from read_container(path, source, kind, max_bytes, in_folder=in_folder)
