"""Bytes -> text, refusing what is not text; and the light normalisation every body gets.

Order of trust: a byte-order mark is the file's own word; then strict UTF-8 (valid UTF-8 is almost
never an accident); then UTF-8 with stray single-byte characters (files stitched from two
encodings); then an HTML page's declared charset; then the encoding English news was written in
before UTF-8 (Windows-1252) when it fits, or charset detection first when many bytes are above
ASCII (another script); latin-1 last, since it reads any byte and so proves nothing by itself.
A result with control codes or unassigned characters in it is rejected, and when every candidate
is, the input is undecodable.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import BinaryInput, DecodingError, EmptyInput

# Signatures of the binary files most often dropped into a folder of stories by mistake.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "gzip data"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF (WAV/AVI/WebP) file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

BOMS = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Bytes that never occur in text; tab, newlines, form feed and ESC (old wire copy) are allowed.
_TEXT_CONTROL_BYTES = {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in _TEXT_CONTROL_BYTES) + b"\x7f"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

SAMPLE = 65536


def _stray_bytes_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    # A byte that breaks UTF-8 inside otherwise UTF-8 text is nearly always a Windows-1252
    # character pasted in from another source (é, a curly quote); read it as one.
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace").replace("\ufffd", ""), error.end


codecs.register_error("coincide-cp1252", _stray_bytes_as_cp1252)


def refuse_binary(data: bytes, source: str) -> None:
    """Raise BinaryInput when the bytes are evidently not text (call after BOM handling)."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise BinaryInput(source, f"not text: the bytes are {what}")
    sample = data[:SAMPLE]
    if b"\x00" in sample:
        raise BinaryInput(source, "not text: it contains NUL bytes (a binary file, or UTF-16 without a byte-order mark)")
    controls = sum(sample.count(bytes([b])) for b in _CONTROL_BYTES)
    if sample and controls / len(sample) > 0.05:
        raise BinaryInput(source, f"not text: {controls / len(sample):.0%} of its bytes are control codes")


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _garbage_share(text: str) -> float:
    """Share of characters no text is made of: replacement marks, C1 controls, unassigned."""
    text = text[:SAMPLE * 2]  # a sample says as much as the whole, at a fixed cost
    if not text:
        return 0.0
    bad = 0
    for ch in text:
        if ch == "\ufffd":
            bad += 1
        elif ch < " " and ch not in "\t\n\r\f\v\x1b":
            bad += 1
        elif "\x80" <= ch <= "\x9f" or unicodedata.category(ch) in ("Cn", "Co", "Cs"):
            bad += 1
    return bad / len(text)


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Return (text, encoding name). Raises EmptyInput, BinaryInput or DecodingError."""
    if not data.strip():
        raise EmptyInput(source, "empty input (no characters)" if not data else "empty input (only white space)")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodingError(source, f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason} at byte {exc.start}") from None
    refuse_binary(data, source)

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass

    candidates: list[tuple[str, str]] = []
    multibyte = len(_UTF8_MULTIBYTE.findall(data[:SAMPLE]))
    sample = data[:SAMPLE]
    invalid = sample.decode("utf-8", errors="replace").count("\ufffd") - sample.count("\ufffd".encode())
    if multibyte and invalid <= max(2, multibyte // 4):
        candidates.append((data.decode("utf-8", errors="coincide-cp1252"), "utf-8 (with stray cp1252 bytes)"))
    declared = _declared_charset(data)
    if declared and declared != "utf-8":
        try:
            candidates.append((data.decode(declared), declared))
        except (UnicodeDecodeError, LookupError):
            pass
    single_byte: list[tuple[str, str]] = []
    try:
        single_byte.append((data.decode("cp1252"), "cp1252"))
    except UnicodeDecodeError:
        pass
    detected = _detect(data)
    if detected:
        # English text has few bytes above ASCII; many of them means another script, where
        # Windows-1252 would "succeed" with mojibake, so the detector's guess goes first.
        high = sum(1 for b in sample if b >= 0x80)
        single_byte.insert(0 if high > len(sample) * 0.1 else len(single_byte), detected)
    candidates.extend(single_byte)
    candidates.append((data.decode("latin-1"), "latin-1"))

    for text, encoding in candidates:
        if _garbage_share(text) <= 0.02:
            return text, encoding
    raise DecodingError(source, "undecodable: the bytes are not UTF-8 and read as garbage in every other supported encoding (Windows-1252, detected charsets, latin-1)")


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:SAMPLE]).best()
    if best is None or not best.encoding:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


# --- normalisation -------------------------------------------------------------------------

# Every kind of space becomes a plain space; the quote characters are left alone on purpose
# (curly quotes tell the quote finder where a quotation opens and closes).
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_BREAKS = re.compile(r"\r\n|\r|[\u2028\u2029\u0085\x0b\x0c]")


def _is_invisible(ch: str) -> bool:
    # Cc: control characters; Cf: zero-width and bidi marks, soft hyphen, BOMs inside the text.
    return ch != "\n" and ch != "\t" and unicodedata.category(ch) in ("Cc", "Cf")


def normalize_text(text: str) -> str:
    """Line endings to \\n, invisible characters out, space runs collapsed, lines trimmed.

    NFC only (composes accents); NFKC would rewrite ellipses, ligatures and full-width forms."""
    text = _LINE_BREAKS.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if not _is_invisible(ch))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def join_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in (p.strip() for p in paragraphs) if p)
