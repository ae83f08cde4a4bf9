"""HTML pages -> article body and metadata, through trafilatura.

trafilatura does the extraction (its own evaluation puts it first among open extractors); this
module only chooses its options, turns its line-per-element text into paragraphs, and reads what
trafilatura's metadata leaves out: the time of day of publication, from the standard
Open Graph / schema.org markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import WORD, clean_text, find_date, read_byline, split_dateline

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"</?(?:p|div|span|a|br|table|td|li|ul|h[1-6]|meta|script|style|title)\b[^>]*>", re.IGNORECASE)

# Patterns here run on hostile pages, so none may rescan the rest of the page from each of many
# starting points (`<meta name=x ` repeated 10,000 times took 25 s with an open-ended [^>]*): a tag
# is at most MAX_TAG_CHARS long and holds no "<", so each candidate costs a bounded scan.
MAX_TAG_CHARS = 4000
_META_TAG = re.compile(r"<meta\s[^<>]{0,%d}>" % MAX_TAG_CHARS, re.IGNORECASE)
_PUBLISHED_ATTR = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datePublished|"""
    r"""pubdate|publishdate|publish-date|date|dc\.date\.issued|sailthru\.date|parsely-pub-date)["']""",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"\n]{1,100})"')
_ISO_DATETIME = re.compile(r"^((?:19|20)\d\d-[01]\d-[0-3]\d)[T ]([0-2]\d:[0-5]\d(?::[0-5]\d)?)")


def looks_like_html(text: str) -> bool:
    head = text[:5000]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 5


@dataclass
class CleanHtml:
    body: str
    title: str | None = None
    published: str | None = None
    dateline: str | None = None
    byline: str | None = None
    url: str | None = None


def _published_with_time(html: str, date: str | None) -> str | None:
    """trafilatura gives a day; the page's markup often holds the minute. Take the time of day
    only from markup that agrees with trafilatura on the day, so a modified time or another
    article's date cannot creep in."""
    stamps = []
    for tag in _META_TAG.findall(html):
        if not _PUBLISHED_ATTR.search(tag):
            continue
        content = _CONTENT.search(tag)
        if content:
            stamps.append(content.group(1))
    stamps += _JSONLD_PUBLISHED.findall(html)
    for stamp in stamps:
        match = _ISO_DATETIME.match(stamp.strip())
        if match and (date is None or match.group(1) == date):
            time = match.group(2)
            return f"{match.group(1)}T{time}" + (":00" if len(time) == 5 else "")
    if date:
        return date
    for stamp in stamps:
        found = find_date(stamp)
        if found:
            return found.iso
    return None


def _trafilatura(html: str, url: str | None, favor_precision: bool):
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,  # reader comments are not the story
        include_tables=True,  # election results and casualty figures often sit in tables
        include_images=False,
        include_links=False,
        favor_precision=favor_precision,
        deduplicate=False,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )


# Below this many characters a precision-mode extraction has probably cut the article itself.
MIN_PRECISE_CHARS = 250

# libxml2 (under lxml, under trafilatura) stops building the tree about 255 elements deep and
# drops everything below without an error, so the article of a pathologically nested page
# vanishes; past this depth the page's text is read by a parser without that limit.
LXML_SAFE_DEPTH = 200
# No "<" inside a tag: from each of 80 KB of "<a<a<a" the old [^>]*? ran to the end of the page.
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SKIP = frozenset("script style noscript template head svg math iframe object button select nav footer".split())
_BLOCK = frozenset("""p div br li ul ol h1 h2 h3 h4 h5 h6 article section header aside blockquote pre
    table tr td th dd dt dl figure figcaption main address hr""".split())


def nesting_depth(html: str, stop_at: int = LXML_SAFE_DEPTH) -> int:
    """How deep the elements nest (void and self-closed tags aside), counted up to stop_at."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, selfclosed = match.group(1), match.group(2).lower(), match.group(3)
        if name in _VOID or selfclosed:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
        if deepest >= stop_at:
            break
    return deepest


def _flat_text(html: str) -> tuple[str, str]:
    """(<title>, the page's visible text with block elements as line breaks), through the
    standard library's streaming parser (which keeps no tree, so depth costs nothing)."""
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.title: list[str] = []
            self.skipping = 0
            self.in_title = False

        def handle_starttag(self, tag, attrs):
            self.in_title = tag == "title"
            if tag in _SKIP:
                self.skipping += 1
            elif tag in _BLOCK:
                self.parts.append("\n\n")

        def handle_endtag(self, tag):
            self.in_title = False
            if tag in _SKIP:
                self.skipping = max(0, self.skipping - 1)
            elif tag in _BLOCK:
                self.parts.append("\n\n")

        def handle_data(self, data):
            if self.in_title:
                self.title.append(data)
            elif not self.skipping:
                self.parts.append(data)

    parser = Text()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.title).split()), "".join(parser.parts)


def _extract_deep(html: str, document, url: str | None) -> CleanHtml:
    from .decode import normalize_text

    title, text = _flat_text(html)
    # The <title> first, as in a saved page's text: the cleaner takes the headline it repeats.
    cleaned = clean_text(normalize_text(f"{title}\n\n{text}" if title else text))
    if document is not None and len(document.text or "") >= len(cleaned.body):
        return CleanHtml(body=document.text or "", title=(document.title or "").strip() or None, url=document.url or url)
    return CleanHtml(body=cleaned.body, title=cleaned.title or title or None, published=cleaned.published,
                     dateline=cleaned.dateline, byline=cleaned.byline, url=url)


def extract_html(html: str, url: str | None = None) -> CleanHtml:
    # Precision mode drops more of the chrome that sits next to the article (measured on the
    # article-extraction set: 0.970 against 0.961 for the default); a page where it keeps almost
    # nothing is read again in the default, balanced mode.
    document = _trafilatura(html, url, favor_precision=True)
    if document is None or len(document.text or "") < MIN_PRECISE_CHARS:
        balanced = _trafilatura(html, url, favor_precision=False)
        if balanced is not None and (document is None or len(balanced.text or "") > len(document.text or "")):
            document = balanced
    if (document is None or len(document.text or "") < MIN_PRECISE_CHARS) and nesting_depth(html) >= LXML_SAFE_DEPTH:
        return _extract_deep(html, document, url)
    if document is None:
        return CleanHtml(body="")
    lines = [line.strip() for line in (document.text or "").split("\n")]
    paragraphs = [line for line in lines if line]
    title = (document.title or "").strip() or None
    if title and paragraphs and [w.lower() for w in WORD.findall(paragraphs[0])] == [w.lower() for w in WORD.findall(title)]:
        paragraphs.pop(0)
    byline = (document.author or "").strip() or None
    if paragraphs:
        from_body = read_byline(paragraphs[0])
        if from_body and len(paragraphs) > 1:
            byline = byline or from_body
            paragraphs.pop(0)
    dateline = None
    if paragraphs:
        place, agency, rest = split_dateline(paragraphs[0])
        if place or agency:
            dateline = place
            byline = byline or agency
            paragraphs[0] = rest
    return CleanHtml(
        body="\n\n".join(paragraphs),
        title=title,
        published=_published_with_time(html, document.date),
        dateline=dateline,
        byline=byline,
        url=(document.url or url or None),
    )
