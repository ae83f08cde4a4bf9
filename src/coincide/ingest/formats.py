"""Files that hold many stories: WARC web archives, RSS/Atom feeds, JSON Lines and CSV.

    for item in read_container(Path("crawl.warc.gz"), "crawl.warc.gz", "warc", max_bytes):
        ...  # a RawInput per story, or an InputError per bad record

Every story becomes its own RawInput (with the title, URL and date the container gives as hints
for prepare_story), and every bad record its own InputError naming the file and the record, so a
bad line in a million-line dump costs that line only. Containers are streamed record by record:
`max_bytes` bounds one record, not the file, since a crawl of a few gigabytes is normal.

Record sources read "FILE#LOCATOR": the record's id (JSONL/CSV), its URL (WARC, feeds) or its
place ("line 12", "row 3", "entry 2", "record 40") when it has neither. The story id stays the
hash of the clean body (prepare_story and the archive), so the same story from two feeds or two
dumps is stored once.
"""

from __future__ import annotations

import csv
import datetime
import email.utils
import gzip
import html
import io
import json
import re
import zlib
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from ..errors import EmptyInput, InputError, InputTooLarge, UnreadableInput
from .readers import RawInput

# suffix (after an optional .gz) -> container kind
CONTAINER_SUFFIXES = {
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",  # only when it parses as a feed; a sitemap in a folder is skipped
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}

TEXT_COLUMNS = ("text", "html")
# Used only when neither "text" nor "html" is a column, and then only when exactly one is.
TEXT_COLUMN_SYNONYMS = ("body", "content", "article")


def container_kind(name: str) -> str | None:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    for suffix, kind in CONTAINER_SUFFIXES.items():
        if lower.endswith(suffix):
            return kind
    return None


def read_container(
    path: Path, source: str, kind: str, max_bytes: int, in_folder: bool = False
) -> Iterator[RawInput | InputError]:
    """The stories in one container file; never raises for a bad file or record."""
    reader = {"warc": _read_warc, "feed": _read_feed, "jsonl": _read_jsonl, "csv": _read_csv}[kind]
    try:
        yield from reader(path, source, max_bytes, in_folder)
    except FileNotFoundError:
        yield UnreadableInput(source, "no such file or folder")
    except IsADirectoryError:
        yield UnreadableInput(source, "is a folder that cannot be listed")
    except OSError as exc:  # includes gzip.BadGzipFile
        yield UnreadableInput(source, f"cannot read: {exc.strerror or exc}")
    except EOFError:
        yield UnreadableInput(source, "broken gzip data: the file ends before the compressed stream does (truncated?)")


def _open(path: Path) -> BinaryIO:
    stream = path.open("rb")
    # By the magic bytes, not the name: a .jsonl that is gzipped anyway still reads.
    if stream.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=stream)  # type: ignore[return-value]
    return stream


def _text_stream(raw: BinaryIO) -> io.TextIOWrapper:
    # newline="" keeps a CR inside a CSV field; invalid bytes become U+FFFD rather than
    # failing the whole file (the record then reads oddly, which is better than lost).
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")


_LINE_ENDS = ("\n", "\r")
# How much of an over-long line is read at a time while skipping it.
SKIP_CHUNK = 1 << 20


def _skip_rest_of_line(stream: io.TextIOWrapper) -> None:
    while True:
        piece = stream.readline(SKIP_CHUNK)
        if not piece or piece.endswith(_LINE_ENDS):
            return


def _bounded_lines(stream: io.TextIOWrapper, limit: int) -> Iterator[tuple[int, str | None]]:
    """(line number, line) with None for a line over `limit` characters. A line is read through
    readline(limit + 1), so a gigabyte line (a 1 MB .gz can hold one) never sits in memory whole:
    the rest of it is skipped in bounded pieces."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit:
            if not line.endswith(_LINE_ENDS):
                _skip_rest_of_line(stream)
            yield number, None
            continue
        yield number, line


# --- dates -------------------------------------------------------------------------------------

def iso_datetime(value: Any) -> str | None:
    """A date as a container gives it -> "YYYY-MM-DDTHH:MM:SS" or "YYYY-MM-DD" (wall time as
    written, like the HTML path), None when it is not a date."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Epoch seconds (or milliseconds, as some dumps write them).
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text:
        return None
    try:
        parsed = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        try:
            parsed = email.utils.parsedate_to_datetime(text)  # RSS: "Mon, 17 Jun 2013 15:39:00 +0100"
        except (TypeError, ValueError, IndexError):
            from .text import find_date

            found = find_date(text)
            return found.iso if found else None
    if parsed is None:
        return None
    if len(text) <= 10 and parsed.hour == parsed.minute == parsed.second == 0:
        return parsed.date().isoformat()
    return parsed.replace(tzinfo=None).isoformat(timespec="seconds")


def _str(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _story_input(
    file_source: str, locator: str, body: str | bytes, hint: str, max_bytes: int,
    title: Any = None, url: Any = None, published: Any = None,
) -> RawInput | InputError:
    data = body.encode("utf-8") if isinstance(body, str) else body
    source = f"{file_source}#{locator}"
    if len(data) > max_bytes:
        return InputTooLarge(source, f"too large: {len(data):,} bytes, over the limit of {max_bytes:,} bytes")
    return RawInput(source=source, data=data, hint=hint, title=_str(title), url=_str(url),
                    published=iso_datetime(published))


def _short(exc: Exception) -> str:
    # warcio quotes the broken line, which may be compressed bytes: keep the message readable.
    text = str(exc).encode("ascii", "backslashreplace").decode("ascii")
    return text if len(text) <= 160 else text[:160] + "..."


# --- WARC --------------------------------------------------------------------------------------

# A WARC or HTTP header line longer than this is no header: warcio joins a long line piece by
# piece (one 64 MB line took 85 s), so lines are cut here and the record is refused.
MAX_WARC_LINE = 64 * 1024
# After a broken record the reader looks for the next record start; past this many broken records
# in one file the rest of it is given up with one error (random bytes would otherwise give
# an error record per false start).
MAX_WARC_RESYNCS = 100
_WARC_START = (b"WARC/1.0\r\n", b"WARC/1.1\r\n", b"WARC/0.")
_GZIP_MEMBER = b"\x1f\x8b\x08"


class _WarcLineTooLong(Exception):
    pass


def _warc_iterator(stream: BinaryIO, start: int):
    """warcio's ArchiveIterator at byte `start`, with header lines bounded and its warnings (which
    print page bytes to stderr when a Content-Length is wrong) kept as a flag instead."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import DecompressingBufferedReader

    class BoundedReader(DecompressingBufferedReader):
        line_too_long = False

        def readline(self, length=None):
            if length is None or length > MAX_WARC_LINE:
                # warcio's readline(n) may stop short of n without a line end: read on in steps
                parts, size = [], 0
                while size <= MAX_WARC_LINE:
                    piece = super().readline(MAX_WARC_LINE + 1 - size)
                    if not piece:
                        break
                    parts.append(piece)
                    size += len(piece)
                    if piece.endswith(b"\n"):
                        break
                line = b"".join(parts)
                if len(line) > MAX_WARC_LINE:
                    # warcio may catch this and fail later with a stranger error: remember it
                    self.line_too_long = True
                    raise _WarcLineTooLong(f"a header line over {MAX_WARC_LINE:,} bytes")
                return line
            return super().readline(length)

    class Iterator(ArchiveIterator):
        def __init__(self, fileobj):
            super().__init__(fileobj)
            self.reader = BoundedReader(self.fh, block_size=16384)
            self.misaligned = False

        def _consume_blanklines(self):
            empty_size = 0
            first_line = True
            while True:
                line = self.reader.readline()
                if len(line) == 0:
                    return None, empty_size
                stripped = line.rstrip()
                if len(stripped) == 0 or first_line:
                    empty_size += len(line)
                    if len(stripped) != 0:
                        # The record did not end where its Content-Length said.
                        self.misaligned = True
                    first_line = False
                    continue
                return line, empty_size

    stream.seek(start)
    return Iterator(stream)


def _next_record_start(stream: BinaryIO, after: int, compressed: bool) -> int | None:
    """The offset of the next record start (a gzip member, or a WARC/1.x line) after `after`."""
    markers = (_GZIP_MEMBER,) if compressed else tuple(b"\n" + m for m in _WARC_START)
    stream.seek(after)
    offset, tail = after, b""
    while True:
        chunk = stream.read(CHUNK_SCAN)
        if not chunk:
            return None
        window = tail + chunk
        hits = [i for i in (window.find(m) for m in markers) if i >= 0]
        if hits:
            return offset - len(tail) + min(hits) + (0 if compressed else 1)
        tail = window[-16:]
        offset += len(chunk)


CHUNK_SCAN = 1 << 20


def _content_length_problem(record) -> str | None:
    value = record.rec_headers.get_header("Content-Length")
    if value is None:
        return None
    text = value.strip()
    if not text.isdigit():
        return f"bad Content-Length {value[:40]!r}"
    return None


def _warc_beginning_problem(stream: BinaryIO, source: str) -> InputError | None:
    """Why the file is no WARC at all, from its first bytes (None when it begins like one). warcio
    reads any line of five words as an ARC record header, so a text or HTML file named .warc gave
    records of nonsense that came to nothing: no story and no error, the input lost from the batch."""
    head = stream.read(4096)
    if head.startswith(GZIP_MAGIC_BYTES):
        try:
            head = zlib.decompressobj(wbits=47).decompress(head, 4096)
        except zlib.error as exc:
            return UnreadableInput(source, f"broken gzip data: {exc}")
    first = head.lstrip(b"\r\n")
    if not first:
        return EmptyInput(source, "WARC file is empty")
    if first.startswith((b"WARC/", b"filedesc://")):  # a WARC record, or an ARC file's header
        return None
    line = first.split(b"\n", 1)[0][:60].decode("utf-8", "replace").strip()
    return UnreadableInput(source, f"not a WARC file: it begins {line!r}, not with a WARC/1.x header line")


def _read_warc(path: Path, source: str, max_bytes: int, in_folder: bool) -> Iterator[RawInput | InputError]:
    with path.open("rb") as stream:
        problem = _warc_beginning_problem(stream, source)
    if problem is not None:
        yield problem
        return
    given = 0
    for given, item in enumerate(_warc_records(path, source, max_bytes), start=1):
        yield item
    if not given:
        # a crawl of images, or only requests and metadata: say so, or the file leaves no trace
        yield EmptyInput(source, "WARC file holds no HTML page (no response or resource record with "
                                 "an HTML page and a 2xx status)")


def _warc_records(path: Path, source: str, max_bytes: int) -> Iterator[RawInput | InputError]:
    number = 0
    resyncs = 0
    with path.open("rb") as stream:
        compressed = stream.read(2) == GZIP_MAGIC_BYTES
        start: int | None = 0
        while start is not None:
            iterator = _warc_iterator(stream, start)
            records = iter(iterator)
            broken = None
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    start = None
                    break
                except Exception as exc:  # ArchiveLoadFailed, a bounded line, or warcio's AttributeErrors
                    if iterator.reader is not None and iterator.reader.line_too_long:
                        broken = f"broken WARC record: a header line over {MAX_WARC_LINE:,} bytes"
                    else:
                        broken = f"broken WARC record: {_short(exc)}"
                    break
                number += 1
                problem = _content_length_problem(record)
                if problem:
                    broken = f"WARC record {number}: {problem}"
                    break
                yield from _warc_story(record, iterator, number, source, max_bytes)
                if iterator.misaligned:
                    broken = f"WARC record {number} does not end where its Content-Length says"
                    break
            if broken is None:
                break
            yield UnreadableInput(f"{source}#record {number + (0 if broken.startswith('WARC record') else 1)}", broken)
            resyncs += 1
            # Go on at the next record start, so one bad record costs that record only.
            start = _next_record_start(stream, max(iterator.offset, start) + 1, compressed)
            if start is not None and resyncs >= MAX_WARC_RESYNCS:
                yield UnreadableInput(source, f"{resyncs} broken WARC records: the rest of the file is not read")
                return


GZIP_MAGIC_BYTES = b"\x1f\x8b"


def _warc_story(record, iterator, number: int, source: str, max_bytes: int) -> Iterator[RawInput | InputError]:
    if record.rec_type not in ("response", "resource"):
        return  # requests, metadata, warcinfo: not pages
    url = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return  # e.g. a DNS record
        status = (http.get_statuscode() or "").strip()
        content_type = http.get_header("Content-Type") or ""
        # Redirects, errors and not-modified replies carry no article.
        if not status.startswith("2"):
            return
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if "html" not in content_type.lower():
        return  # images, scripts, style sheets, PDFs
    locator = url or f"record {number}"
    try:
        payload = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # a broken chunked/gzip body spoils this record only
        yield UnreadableInput(f"{source}#{locator}", f"cannot decode the page in WARC record {number}: {_short(exc)}")
        return
    if len(payload) <= max_bytes and getattr(record.raw_stream, "limit", 0) > 0:
        # warcio ends quietly at a file cut inside a record; the bytes it still owes tell.
        yield UnreadableInput(f"{source}#{locator}", f"WARC record {number} is cut short (a truncated file?)")
        return
    try:
        # Read on to the next record now, to learn whether this one ended where it said it would.
        iterator.read_to_end()
    except Exception:
        iterator.misaligned = True
    if iterator.misaligned:
        return  # the caller reports the record; its page may be cut or run into the next record
    if not payload.strip():
        yield EmptyInput(f"{source}#{locator}", f"WARC record {number} holds an empty page")
        return
    captured = record.rec_headers.get_header("WARC-Date")
    yield _story_input(source, locator, payload, "html", max_bytes, url=url, published=captured)


# --- RSS / Atom --------------------------------------------------------------------------------

def _read_feed(path: Path, source: str, max_bytes: int, in_folder: bool) -> Iterator[RawInput | InputError]:
    import feedparser

    from .readers import read_limited

    with _open(path) as stream:
        data = read_limited(stream, max_bytes)
    if data is None:
        yield InputTooLarge(source, f"too large: over the limit of {max_bytes:,} bytes")
        return
    # Bytes, never a string: feedparser fetches a string that looks like a URL.
    feed = feedparser.parse(data)
    if not feed.get("version") and not feed.entries:
        if in_folder and path.name.lower().removesuffix(".gz").endswith(".xml"):
            return  # an .xml that is not a feed (a sitemap, a config) is not an input
        reason = feed.get("bozo_exception")
        yield UnreadableInput(source, "not an RSS or Atom feed" + (f" ({reason})" if reason else ""))
        return
    if not feed.entries:
        yield EmptyInput(source, "feed holds no entries")
        return
    for number, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        locator = link or f"entry {number}"
        content, content_type = _entry_content(entry)
        if not content:
            # feedparser reads a broken or cut feed loosely: name the break, the likely cause
            broken = f" (the feed is not well-formed XML: {feed.bozo_exception})" if _broken_xml(feed) else ""
            yield EmptyInput(f"{source}#{locator}", f"feed entry {number} has no content or summary{broken}")
            continue
        title = entry.get("title")
        published = _entry_date(entry)
        if "html" in content_type:
            # A fragment; wrapped so the HTML path (trafilatura) reads it like a page.
            page = (f"<!DOCTYPE html><html><head><title>{html.escape(title or '')}</title></head>"
                    f"<body><article>{content}</article></body></html>")
            yield _story_input(source, locator, page, "html", max_bytes, title, link, published)
        else:
            yield _story_input(source, locator, content, "text", max_bytes, title, link, published)


def _broken_xml(feed) -> bool:
    from xml.sax import SAXException

    # not the harmless kinds (a wrong declared encoding or content type), which are bozo too
    return bool(feed.get("bozo")) and isinstance(feed.get("bozo_exception"), SAXException)


def _entry_content(entry) -> tuple[str, str]:
    """The fullest text of an entry: its longest <content>, else its summary."""
    best, best_type = "", "text/html"
    for item in entry.get("content") or []:
        value = (item.get("value") or "").strip()
        if len(value) > len(best):
            best, best_type = value, item.get("type") or "text/html"
    if not best:
        detail = entry.get("summary_detail") or {}
        best = (entry.get("summary") or "").strip()
        best_type = detail.get("type") or "text/html"
    return best, best_type.lower()


def _entry_date(entry) -> str | None:
    # The written string keeps the wall time; feedparser's parsed tuple is converted to UTC.
    for key in ("published", "updated", "created"):
        found = iso_datetime(entry.get(key))
        if found:
            return found
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.datetime(*parsed[:6]).isoformat(timespec="seconds")
    return None


# --- JSON Lines --------------------------------------------------------------------------------

def _record_input(file_source: str, place: str, record: dict, text_key: str | None, max_bytes: int,
                  what: str) -> RawInput | InputError:
    if text_key is None:
        html_value, text_value = record.get("html"), record.get("text")
    else:
        html_value = record.get(text_key) if text_key == "html" else None
        text_value = None if text_key == "html" else record.get(text_key)
    identifier = _str(record.get("id"))
    locator = identifier or place
    title = _str(record.get("title"))
    if _str(html_value):
        body, hint = str(html_value), "html"
    elif _str(text_value):
        body, hint = str(text_value).strip(), "text"
        if title and not body.startswith(title):
            # Set as the headline line above the text, as in a scraped page, so the text cleaner
            # takes it as the title instead of taking the first paragraph for one.
            body = f"{title}\n\n{body}"
    else:
        return EmptyInput(f"{file_source}#{locator}", f"{what} has no text (an empty \"text\" or \"html\")")
    return _story_input(file_source, locator, body, hint, max_bytes, title, record.get("url"), record.get("published"))


def _read_jsonl(path: Path, source: str, max_bytes: int, in_folder: bool) -> Iterator[RawInput | InputError]:
    seen = False
    with _open(path) as raw:
        for number, line in _bounded_lines(_text_stream(raw), max_bytes):
            if line is not None and not line.strip():
                continue
            seen = True
            place = f"line {number}"
            if line is None:
                yield InputTooLarge(f"{source}#{place}", f"too large: line {number} is over the limit of {max_bytes:,} bytes")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield UnreadableInput(f"{source}#{place}", f"bad JSON on line {number}: {exc.msg} (column {exc.colno})")
                continue
            except RecursionError:
                # json recurses once per level: [[[[... 100,000 deep exhausts the stack
                yield UnreadableInput(f"{source}#{place}", f"bad JSON on line {number}: nested too deeply")
                continue
            if not isinstance(record, dict):
                yield UnreadableInput(f"{source}#{place}", f"line {number} is not a JSON object")
                continue
            yield _record_input(source, place, record, None, max_bytes, f"line {number}")
    if not seen:
        yield EmptyInput(source, "JSON Lines file holds no records")


# --- CSV ---------------------------------------------------------------------------------------

def _text_column(fields: list[str]) -> tuple[dict[str, str], str | None, str | None]:
    """(lower-cased name -> column, the text column or None for "html else text", an error)."""
    columns = {name.strip().lower(): name for name in fields if name}
    present = [name for name in TEXT_COLUMNS if name in columns]
    if present:
        return columns, (present[0] if len(present) == 1 else None), None
    synonyms = [name for name in TEXT_COLUMN_SYNONYMS if name in columns]
    if len(synonyms) == 1:
        return columns, synonyms[0], None
    found = ", ".join(repr(name) for name in fields) or "none"
    if synonyms:
        return columns, None, (f"ambiguous text column: {', '.join(repr(columns[s]) for s in synonyms)} could each hold "
                               f"the story; name it \"text\" (plain text) or \"html\" (a page)")
    return columns, None, f"no text column: name one \"text\" (plain text) or \"html\" (a page); columns found: {found}"


# Ordinary characters, collapsed to one while skimming an over-long record: the csv module's state
# machine (excel dialect) changes state only on the quote, the delimiter and line ends, and a run of
# other characters moves it exactly as one does, so the skimmed record ends where the real one does.
_ORDINARY_RUN = re.compile(r'[^",\r\n]+')


class _RecordTooLong(Exception):
    """Even skimmed, a line is too long to follow: the record's end cannot be found safely."""


class _CsvLines:
    """The lines csv.reader parses, with one record bounded to `limit` characters. Past the limit
    the rest of the record is fed skimmed (see _ORDINARY_RUN), so the reader still finds where the
    refused record really ends, quoted line breaks and all, and resumes at the next record instead
    of inside the field; its text is never held."""

    def __init__(self, stream: io.TextIOWrapper, limit: int):
        self.stream = stream
        self.limit = limit
        self.record_chars = 0
        self.skimmed = False
        # the current record's lines as fed (bounded by the limit, or skimmed), and whether the
        # file ended while the reader still wanted lines for it
        self.record_lines: list[str] = []
        self.at_end = False

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self._next_line()
        if line is None:
            self.at_end = True
            raise StopIteration
        self.record_lines.append(line)
        return line

    def _next_line(self) -> str | None:
        if self.skimmed:
            piece = self.stream.readline(SKIP_CHUNK)
            return self._skim(piece) if piece else None
        line = self.stream.readline(self.limit - self.record_chars + 1)
        if not line:
            return None
        self.record_chars += len(line)
        if self.record_chars > self.limit:
            self.skimmed = True
            return self._skim(line)
        return line

    def _skim(self, piece: str) -> str:
        parts = [_ORDINARY_RUN.sub("x", piece)]
        size = len(parts[0])
        while not piece.endswith(_LINE_ENDS):
            piece = self.stream.readline(SKIP_CHUNK)
            if not piece:
                break
            parts.append(_ORDINARY_RUN.sub("x", piece))
            size += len(parts[-1])
            if size > self.limit:
                raise _RecordTooLong
        return "".join(parts)

    def cut_inside_quotes(self) -> bool:
        """True when the file ended inside a quoted field of the record just read: a file cut short.
        The csv module (not strict, so that sloppy quoting elsewhere is still read) returns such a
        record as if whole, its text cut and its later columns missing; its strict mode, run on this
        record's lines alone, says "unexpected end of data" in that case only."""
        if not self.at_end:
            return False
        try:
            for _ in csv.reader(self.record_lines, strict=True):
                pass
        except csv.Error as exc:
            return "unexpected end of data" in str(exc)
        return False

    def next_record(self) -> bool:
        """Start counting a new record; True when the one just read was over the limit."""
        over = self.skimmed
        self.record_chars = 0
        self.skimmed = False
        self.record_lines = []
        return over


def _read_csv(path: Path, source: str, max_bytes: int, in_folder: bool) -> Iterator[RawInput | InputError]:
    # A record is bounded by _CsvLines; a field may be as large as a record.
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes + 1))
    with _open(path) as raw:
        lines = _CsvLines(_text_stream(raw), max_bytes)
        reader = csv.reader(lines)
        try:
            header = next(reader)
        except StopIteration:
            yield EmptyInput(source, "CSV file is empty")
            return
        except (csv.Error, _RecordTooLong) as exc:
            yield UnreadableInput(source, f"bad CSV header: {exc or 'over the size limit'}")
            return
        if lines.next_record():
            yield InputTooLarge(source, f"bad CSV header: over the limit of {max_bytes:,} bytes")
            return
        _columns, text_key, problem = _text_column(header)
        if problem:
            yield UnreadableInput(source, problem)
            return
        index = {name.strip().lower(): i for i, name in enumerate(header)}
        rows = 0
        while True:
            place = f"row {rows + 1}"
            first_line = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                break
            except (csv.Error, _RecordTooLong) as exc:
                # The reader would start again inside the broken record and read its text as
                # rows (a field's content smuggled in as a story): the rest of the file is refused.
                why = f"bad CSV at line {reader.line_num}: {exc}" if isinstance(exc, csv.Error) else (
                    f"row {rows + 1} (from line {first_line}) is over the limit of {max_bytes:,} bytes and its end "
                    "cannot be found")
                yield UnreadableInput(f"{source}#{place}", f"{why}; the rest of the file is not read")
                return
            cut = lines.cut_inside_quotes()
            if lines.next_record():
                rows += 1
                yield InputTooLarge(f"{source}#{place}", f"too large: row {rows} (lines {first_line}-{reader.line_num}) "
                                    f"is over the limit of {max_bytes:,} bytes")
                continue
            if not any(v.strip() for v in values):
                continue
            rows += 1
            if cut:
                yield UnreadableInput(f"{source}#{place}", f"row {rows} (from line {first_line}) ends inside a quoted "
                                      "field at the end of the file: the file is cut short (truncated?)")
                break
            if len(values) > len(header):
                yield UnreadableInput(f"{source}#{place}", f"row {rows} (line {reader.line_num}) has {len(values)} fields, "
                                      f"the header {len(header)}")
                continue
            record = {key: (values[i] if i < len(values) else None) for key, i in index.items()}
            yield _record_input(source, place, record, text_key, max_bytes, f"row {rows} (line {reader.line_num})")
        if rows == 0:
            yield EmptyInput(source, "CSV file holds a header and no rows")
