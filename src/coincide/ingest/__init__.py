"""The ingest stage: inputs -> clean stories.

    for item in iter_inputs(["stories/", "-"], stdin=sys.stdin.buffer):
        story = prepare_story(item, settings)   # raises an InputError for a bad input

iter_inputs finds and reads (readers.py); prepare_story decodes (decode.py), tells HTML from plain
text, extracts the article and its metadata (html.py through trafilatura, text.py for scraped plain
text), normalises the body and checks the language (language.py).
"""

from __future__ import annotations

from typing import Any

from ..errors import EmptyInput, InputTooLarge, UnsupportedLanguage
from ..records import Story
from .decode import decode_bytes, normalize_text
from .html import extract_html, looks_like_html
from .language import detect_language
from .readers import RawInput, iter_inputs
from .text import clean_text

__all__ = ["RawInput", "iter_inputs", "prepare_story"]


def _is_html(raw: RawInput, text: str) -> bool:
    if raw.hint == "html":
        return True
    # A .txt that is evidently a saved page (starts with a doctype or <html>) is read as HTML;
    # looser sniffing is kept for inputs without a telling extension.
    if raw.hint == "text":
        return looks_like_html(text) and text.lstrip()[:1] == "<"
    return looks_like_html(text)


def _clean_metadata(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(normalize_text(value).split())
    return value or None


def prepare_story(raw: RawInput, settings: dict[str, Any]) -> Story:
    """Raw bytes -> Story with a clean body and metadata; raises an InputError subclass
    (EmptyInput, BinaryInput, DecodingError, InputTooLarge, UnsupportedLanguage) naming the input."""
    ingest = settings["ingest"]
    text, _encoding = decode_bytes(raw.data, raw.source)
    url = None
    if _is_html(raw, text):
        page = extract_html(text, raw.url)
        body, title, published, dateline, byline, url = (
            page.body, page.title, page.published, page.dateline, page.byline, page.url)
        body = normalize_text(body)
        kind = "HTML page"
    else:
        cleaned = clean_text(normalize_text(text))
        body, title, published, dateline, byline = (
            cleaned.body, cleaned.title, cleaned.published, cleaned.dateline, cleaned.byline)
        kind = "text"
    body = "\n\n".join(p.strip() for p in body.split("\n\n") if p.strip())
    if len(body) < ingest["min_body_chars"]:
        raise EmptyInput(
            raw.source,
            f"no article text: {len(body)} characters of body left after cleaning the {kind} "
            f"(at least {ingest['min_body_chars']} needed)",
        )
    if len(body) > ingest["max_body_chars"]:
        raise InputTooLarge(
            raw.source,
            f"story too long: {len(body):,} characters of body after cleaning the {kind} "
            f"(at most {ingest['max_body_chars']:,}; the setting [ingest] max_body_chars)",
        )
    guess = detect_language(body, ingest["min_english_ratio"])
    if not guess.is_english:
        raise UnsupportedLanguage(
            raw.source,
            f"not English (detected language: {guess.code}; {guess.english_ratio:.0%} English function words, "
            f"{ingest['min_english_ratio']:.0%} needed)",
            language=guess.code,
        )
    # A container's metadata (feed entry, WARC capture date, JSONL fields) fills what the content
    # itself does not say: the page's own date is the publication, a capture date only a bound.
    return Story(
        source=raw.source,
        title=_clean_metadata(title) or _clean_metadata(raw.title),
        published=published or raw.published,
        dateline=_clean_metadata(dateline),
        byline=_clean_metadata(byline),
        language="en",
        body=body,
        url=url or raw.url,
    )
