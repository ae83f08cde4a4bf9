"""Plain text as scraped -> article body and metadata.

A scraped page's text is the article plus site chrome: menus, share buttons, sign-in and cookie
lines, lists of other headlines, teasers, footers. The cleaner knows nothing about any site; it
tells prose from chrome by the shape of each line:

- prose: long lines that read as sentences (many function words, lowercase words, final
  punctuation);
- chrome: short lines in runs (menus, link lists), interface vocabulary (share, sign in,
  subscribe, cookies, comments), copyright lines, truncated teasers ("..."), bare dates, photo
  credits, lines cut up by "|" or bullets.

Each line gets a weight (prose positive, by its length; chrome negative) and the body is the run
of lines with the largest total (a maximum-sum segment, as in boilerpipe/jusText-style
extractors): a paragraph of prose outweighs a stray "Advertisement" inside the article, while a
menu or a wall of links between two regions splits them. The run is then widened over
neighbouring sentence-like lines, so a short last paragraph is not lost, and chrome lines inside it
are dropped. The title is the headline-like line just before the body (preferring one that the
page's first line, its <title>, repeats); the publication time, byline and dateline are read from
the lines around the start of the body.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from .decode import join_paragraphs

# --- metadata: dates ---------------------------------------------------------------------------

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_MDY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_DATE_DMY = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_DATE_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:[T ](?P<h>[0-2]\d):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?)?")
_TIME_12 = re.compile(r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?(?::(?P<s>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?", re.IGNORECASE)
_TIME_24 = re.compile(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?\b(?!\s*[ap]\.?\s?m\b)", re.IGNORECASE)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"
_PUBLISHED_WORD = re.compile(r"\b(published|posted|first published|released|date)\b", re.IGNORECASE)
_UPDATED_WORD = re.compile(r"\b(updated|last updated|modified|edited)\b", re.IGNORECASE)


@dataclass
class FoundDate:
    iso: str
    start: int
    end: int


def find_date(line: str) -> FoundDate | None:
    """The first calendar date in a line, with a time of day when one stands within ~30
    characters of it, as ISO 8601 ("2013-06-17T15:39:00" or "2013-06-17")."""
    best = None
    for pattern in (_DATE_ISO, _DATE_MDY, _DATE_DMY):
        match = pattern.search(line)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    groups = best.groupdict()
    month_text = groups["mon"]
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."))
    day = int(groups["day"])
    year = int(groups["year"])
    try:
        datetime.date(year, month or 0, day)
    except ValueError:
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if groups.get("h"):
        return FoundDate(f"{date}T{int(groups['h']):02d}:{groups['m']}:{groups.get('s') or '00'}", best.start(), best.end())
    time = _find_time_near(line, best.start(), best.end())
    return FoundDate(f"{date}T{time}" if time else date, best.start(), best.end())


def _find_time_near(line: str, start: int, end: int) -> str | None:
    for pattern in (_TIME_12, _TIME_24):
        for match in pattern.finditer(line):
            if match.end() <= start and start - match.end() > 30:
                continue
            if match.start() >= end and match.start() - end > 30:
                continue
            if start <= match.start() < end:
                continue
            hour = int(match.group("h"))
            minute = int(match.group("m") or 0)
            second = int(match.group("s") or 0)
            ampm = match.groupdict().get("ampm")
            if ampm:
                hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
            return f"{hour:02d}:{minute:02d}:{second:02d}"
    return None


def _is_date_line(line: str) -> bool:
    """A line that is a date and little else ("Published 3:39pm Monday, June 17, 2013")."""
    found = find_date(line)
    if not found:
        return False
    rest = line[: found.start] + " " + line[found.end:]
    rest = _TIME_12.sub(" ", _TIME_24.sub(" ", rest))
    rest = re.sub(_WEEKDAY, " ", rest, flags=re.IGNORECASE)
    rest = _PUBLISHED_WORD.sub(" ", _UPDATED_WORD.sub(" ", rest))
    leftover = [w for w in WORD.findall(rest) if w.lower() not in {"on", "at", "by", "am", "pm", "et", "est", "edt", "gmt", "bst", "utc", "pst", "pdt", "cst", "cdt", "last"}]
    return len(leftover) <= 3


# --- metadata: bylines and datelines -------------------------------------------------------------

_NAME_WORD = r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)"
_NAME_JOINER = r"(?:and|&|de|del|der|van|von|la|le|da|di|du|bin|al|el)"
_BYLINE = re.compile(
    r"^(?i:by|written by|words by|story by|reporting by)\s*:?\s+"
    r"(?P<name>" + _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD + "|" + _NAME_JOINER + r"))*)"
)

# A dateline: a place in capitals ("WASHINGTON", "BUFFALO, N.Y.", "ENNISKILLEN, Northern
# Ireland"), perhaps a short date and a news agency in brackets, then a dash.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?:[ \-][A-Z][A-Z.'’\-]*){0,3}"
    r"(?:,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}){0,2})"
    r"(?:,?\s+(?:" + _MONTH + r"\s+\d{1,2}))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&/'’-]{0,30})\))?"
    r"\s*(?:—|–|--|-|―)\s*(?=\S)"
)
_AGENCY_ONLY = re.compile(r"^\((?P<agency>[A-Z][\w .&/'’-]{1,30})\)\s*(?:—|–|--|-)\s*(?=\S)")
# Capitalised labels that open a paragraph the way a dateline does but are not places.
_NOT_PLACES = {"UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION", "EDITOR'S NOTE",
               "EDITOR’S NOTE", "NOTE", "CORRECTION", "LIVE", "VIDEO", "PHOTOS", "READ", "SPOILERS", "OK", "TV"}


def split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """(place, agency, rest of the paragraph) when the paragraph opens with a dateline."""
    match = _DATELINE.match(paragraph)
    if match:
        place = match.group("place").strip().rstrip(",")
        rest = paragraph[match.end():]
        if place.upper() not in _NOT_PLACES and len(place) <= 60 and rest[:1].isupper() or rest[:1] in "\"“‘'":
            return place, match.group("agency"), rest
    match = _AGENCY_ONLY.match(paragraph)
    if match and paragraph[match.end():][:1].isupper():
        return None, match.group("agency"), paragraph[match.end():]
    return None, None, paragraph


def read_byline(line: str) -> str | None:
    if len(line) > 120:
        return None
    match = _BYLINE.match(line)
    if not match:
        return None
    name = re.sub(r"\s*(?:,|\band\b|&)\s*$", "", match.group("name")).strip()
    # "By clicking", "By Monday": a byline names someone, in at least two capitalised words.
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 2:
        return None
    return name


# --- line classification -------------------------------------------------------------------------

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own said same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself yourselves says told according
    """.split()
)

# Interface words: on a short line they mark site chrome wherever the site.
_UI_WORDS = re.compile(
    r"\b(share|shares|shared|sharing|tweet|e-?mail|print|subscribe|subscribers?|subscription|sign[ -]?(?:in|up|out)|"
    r"log[ -]?(?:in|out)|register|newsletters?|cookies?|privacy|terms|copyright|rights reserved|advert\w*|"
    r"sponsored|promoted|read (?:more|next|full)|continue reading|click|tap here|download|follow|related|"
    r"recommended|trending|popular|most (?:read|viewed|shared)|comments?|commenting|reply|replies|account|menu|"
    r"search|skip|loading|previous|next|back to top|opens? in (?:a )?new (?:window|tab)|facebook|twitter|linkedin|"
    r"whatsapp|pinterest|reddit|instagram|youtube|tiktok|rss|contact|about us|careers|sitemap|view all|"
    r"see (?:all|more)|show more|load more|more (?:stories|news|from|in|on)|tags?|topics?|filed under|categories|"
    r"posted in|home|video|videos|podcasts?|photos?|gallery|watch|listen|app|apps|edition|archives?|"
    r"feedback|help|faq|settings|notifications?|alerts?|premium|free trial|paywall|login|password|username)\b",
    re.IGNORECASE,
)
# Phrases that mark a boilerplate *paragraph* (a cookie notice, a comment policy, a newsletter
# pitch) even when it is written as sentences; one alone is common in news, several are not.
_BOILERPLATE_PHRASES = re.compile(
    r"(©|\bcopyright\b|all rights reserved|\bcookies?\b|privacy policy|privacy notice|terms of (?:use|service)|"
    r"\bjavascript\b|\byour browser\b|\bad ?blocker\b|\bsubscri(?:be|ption|bers?)\b|\bnewsletters?\b|"
    r"\bsign (?:up|in)\b|\blog ?in\b|\bcommenters?\b|\bcomments?\b|\bclick\b|\bwebsite\b|\bthis site\b|"
    r"\bregistered trademark\b|\bunsubscribe\b|\binbox\b|\baffiliate\b|\bcommission\b|"
    # contact details: a paragraph of them is a footer, not reporting
    r"\btelephone\b|\bfax\b|\bcustomer service\b|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.\w|https?://|www\.|(?<![\d+])\+?\d[\d ()-]{7,18}\d)",
    re.IGNORECASE,
)
# Headers that open the parts of a page that follow an article: comments, related stories, lists
# of popular items. A run of prose should not cross one lightly.
_COMMENTS_START = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reactions|discussion)\b|\bleave a (?:comment|reply)\b|"
    r"\bjoin the (?:discussion|conversation)\b|\bresponses to\b|\bcomments? (?:are|is) closed\b|"
    r"\b(?:post|add|write|show|view|load|read) (?:a |your |all |\d+ )?comments?\b",
    re.IGNORECASE,
)
_SECTION_BREAK = re.compile(
    r"\b(?:related|recommended|more|latest|popular|similar|other|top) "
    r"(?:stories|articles|posts|news|reading|videos|coverage|content|headlines)\b|\byou (?:may|might) (?:also )?(?:like|enjoy)\b|"
    r"\bmost (?:popular|read|viewed|shared|emailed)\b|\bwhat to read next\b|\bdon['’]t miss\b|\bsponsored (?:content|links|stories)\b",
    re.IGNORECASE,
)
_RELATIVE_TIME = re.compile(
    r"^(?:(?:updated|posted|published)\s+)?(?:\d+|an?|one)\s*(?:s|m|h|d|w|secs?|seconds?|mins?|minutes?|hrs?|hours?|"
    r"days?|weeks?|months?|years?)\s+ago$",
    re.IGNORECASE,
)
_COMMENT_AUTHOR = re.compile(r"^\S+(?: \S+){0,3} (?:says|said|wrote|writes|replied):?$", re.IGNORECASE)
# Function words written with a capital inside a line ("Customers Leave Without Paying At ...")
# are the mark of title case: a headline, or a headline glued to its teaser.
_TITLE_CASE_STOPWORDS = frozenset("""a an and as at but by for from in into of on or over the to with without
    after before about against under is are was be not""".split())
_TEASER_END = re.compile(r"(\.\.\.|…|\[…\]|\[\.\.\.\]|\(more\)|»|›)\s*$")
_CREDIT = re.compile(r"(\b(?:photo|image|picture|illustration|video|graphic)s?\s*(?:by|:|/|credit|courtesy)|"
                     r"\((?:[A-Z]\w*\s)?photo\b|\bgetty images\b|\bshutterstock\b|\bfile photo\b|\bcredit:)", re.IGNORECASE)
_LIST_SEPARATORS = re.compile(r"\s[|•·»›/]\s|\s\|\s?|\s?\|\s")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$|:$")

GOOD, NEAR, SHORT, BAD, CHROME = "good", "near", "short", "bad", "chrome"

# jusText's stoplists (a trafilatura dependency) under the ISO 639-1 codes py3langid gives: a page
# in another language is still told apart from its chrome by its own function words, so it can be
# refused for its language rather than as empty.
_JUSTEXT_NAMES = {
    "af": "Afrikaans", "bg": "Bulgarian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish",
    "de": "German", "el": "Greek", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fi": "Finnish",
    "fr": "French", "ga": "Irish", "gl": "Galician", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian",
    "is": "Icelandic", "it": "Italian", "lt": "Lithuanian", "lv": "Latvian", "ms": "Malay", "nl": "Dutch",
    "nb": "Norwegian_Bokmal", "nn": "Norwegian_Nynorsk", "no": "Norwegian_Bokmal", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sq": "Albanian",
    "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian",
    "vi": "Vietnamese",
}


def stopwords_for(text: str) -> frozenset[str]:
    """English function words, or those of the page's language when it is another one."""
    import py3langid

    code, _ = py3langid.classify(text[:20000])
    name = _JUSTEXT_NAMES.get(code)
    if code == "en" or not name:
        return STOPWORDS
    import justext

    try:
        return frozenset(w.lower() for w in justext.get_stoplist(name))
    except (ValueError, OSError):
        return STOPWORDS


@dataclass
class Unit:
    """One line of the page (or a paragraph re-joined from hard-wrapped lines)."""

    text: str
    block: int  # index of the blank-line-separated block it came from
    words: int = 0
    stop_ratio: float = 0.0
    lower_ratio: float = 0.0
    ends_sentence: bool = False
    kind: str = BAD
    weight: float = 0.0
    flags: set[str] = field(default_factory=set)


def _features(unit: Unit, stopwords: frozenset[str] = STOPWORDS) -> None:
    words = WORD.findall(unit.text)
    unit.words = len(words)
    if words:
        unit.stop_ratio = sum(1 for w in words if w.lower() in stopwords) / len(words)
        unit.lower_ratio = sum(1 for w in words if w[0].islower()) / len(words)
    unit.ends_sentence = bool(_SENTENCE_END.search(unit.text))


def _classify(unit: Unit, ignore: frozenset[str] = frozenset()) -> None:
    """ignore: flags that are still recorded but do not make the line chrome."""
    text = unit.text
    chars = len(text)
    flags = unit.flags
    if _TEASER_END.search(text):
        flags.add("teaser")
    if _is_date_line(text) or _RELATIVE_TIME.match(text):
        flags.add("date")
    if read_byline(text):
        flags.add("byline")
    if _CREDIT.search(text):
        flags.add("credit")
    if len(_LIST_SEPARATORS.findall(text)) >= 2:
        flags.add("list")
    if unit.words <= 15 and _COMMENTS_START.search(text):
        flags.update(("section", "comments"))
    elif unit.words <= 15 and _SECTION_BREAK.search(text):
        flags.add("section")
    if _COMMENT_AUTHOR.match(text):
        flags.add("interface")
    if unit.words >= 10 and _title_case_stopwords(text) >= 2:
        flags.add("headline")
    boilerplate_hits = len(_BOILERPLATE_PHRASES.findall(text))
    if "©" in text or re.search(r"all rights reserved", text, re.IGNORECASE):
        flags.update(("boilerplate", "section"))  # the footer starts here
    elif unit.words <= 14 and _UI_WORDS.search(text) and not (unit.ends_sentence and unit.stop_ratio >= 0.3 and unit.words >= 8):
        flags.add("interface")
    elif boilerplate_hits >= max(3, unit.words // 15):
        flags.add("boilerplate")
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) > 0.8 and unit.words <= 12:
        flags.add("shouting")  # navigation and labels in capitals; a dateline alone is rarer

    if (flags - ignore) & {"date", "byline", "boilerplate", "interface", "credit", "list", "shouting", "teaser", "section", "headline"}:
        unit.kind = CHROME
    elif unit.words < 5 or chars < 30:
        unit.kind = SHORT
    elif unit.stop_ratio >= 0.28 and unit.lower_ratio >= 0.4 and (chars >= 120 or unit.ends_sentence):
        unit.kind = GOOD
    elif unit.stop_ratio >= 0.18 and unit.lower_ratio >= 0.3 and (chars >= 70 or unit.ends_sentence):
        unit.kind = NEAR
    elif unit.words >= 12 and unit.ends_sentence and unit.lower_ratio >= 0.45 and unit.stop_ratio >= 0.1:
        unit.kind = NEAR  # a dense lead sentence, heavy with names, light on function words
    elif unit.words < 10 and not unit.ends_sentence:
        unit.kind = SHORT
    else:
        unit.kind = BAD


def _title_case_stopwords(text: str) -> int:
    """Capitalised function words among the first words: a headline glued to its teaser starts
    that way; a sentence naming a work ("In The Name Of The Father") does so later, if at all."""
    words = text.split()[:12]
    count = 0
    for previous, word in zip(words, words[1:]):
        bare = word.strip("\"“”‘’'([")
        if bare[:1].isupper() and bare.lower() in _TITLE_CASE_STOPWORDS and not previous.endswith((".", "!", "?", ":", "\"", "”")):
            count += 1
    return count


def _weigh(units: list[Unit], relaxed: bool = False) -> None:
    """relaxed: for pages with no prose at all (results tables, lists), where every line that is
    not chrome counts for the body."""
    after_comments_start = False
    seen: dict[str, int] = {}
    for unit in units:
        if len(unit.text) >= 20:
            seen[unit.text] = seen.get(unit.text, 0) + 1
    for i, unit in enumerate(units):
        chars = len(unit.text)
        if unit.kind == GOOD:
            unit.weight = chars
        elif unit.kind == NEAR:
            unit.weight = chars * 0.5
        elif unit.kind in (SHORT, BAD) and relaxed:
            unit.weight = chars * 0.5
        elif unit.kind == SHORT:
            unit.weight = -10.0
        elif unit.kind == CHROME:
            unit.weight = -40.0 - 0.3 * chars
        else:
            unit.weight = -25.0 - 0.3 * chars
        if "section" in unit.flags:
            unit.weight -= 300.0
        elif "date" in unit.flags:
            unit.weight -= 60.0  # dates between paragraphs belong to listings: comments, teasers
        if seen.get(unit.text, 0) > 1 and unit.weight > 0:
            # A paragraph printed twice on a page is a teaser in two link lists, not reporting.
            unit.weight = -30.0
        neighbours = [u for u in units[max(0, i - 3): i + 4] if u is not unit and u.block == unit.block]
        lone_prose_among_links = (
            len(neighbours) >= 3 and sum(u.kind in (GOOD, NEAR) for u in neighbours) <= len(neighbours) // 4
        )
        if unit.kind in (SHORT, CHROME, BAD) and not relaxed:
            # Runs of short lines with no blank line between them are menus and link lists.
            if len(neighbours) >= 2 and all(u.kind != GOOD for u in neighbours):
                unit.weight -= 20.0
        elif unit.kind in (GOOD, NEAR) and lone_prose_among_links:
            # A paragraph set in a menu or a footer (a customer-service blurb) is not the story.
            unit.weight *= 0.5
        # Readers' comments come after the story and are prose too; once they start, prose
        # counts for little (an article needs no comments header in its middle).
        if "comments" in unit.flags and any(u.kind == GOOD for u in units[:i]):
            after_comments_start = True
        if after_comments_start and unit.weight > 0:
            unit.weight *= 0.25


def _best_run(units: list[Unit]) -> tuple[int, int] | None:
    """[start, end) of the run of units with the largest total weight (Kadane)."""
    best_sum, best = 0.0, None
    running, start = 0.0, 0
    for i, unit in enumerate(units):
        if running <= 0:
            running, start = 0.0, i
        running += unit.weight
        if running > best_sum:
            best_sum, best = running, (start, i + 1)
    return best


_LIST_ITEM = re.compile(r"^(?:[-*•·–]|\d{1,2}[.)])\s+\S")


def _prose_like(unit: Unit) -> bool:
    """Could be a short paragraph of the article, or an item of a list in it: not chrome."""
    return (
        unit.kind != CHROME
        and (unit.ends_sentence or _LIST_ITEM.match(unit.text) is not None)
        and unit.words >= 3
        and unit.lower_ratio >= 0.3
    )


# --- splitting the page into units -----------------------------------------------------------------

_CONTINUES = re.compile(r"^[a-z0-9(\"“‘'–—-]")


def split_units(text: str) -> list[Unit]:
    """One unit per line; lines of a hard-wrapped paragraph (a line broken mid-sentence, the
    next one going on in lowercase) are joined back into one."""
    units: list[Unit] = []
    block = 0
    previous_blank = True
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            if not previous_blank:
                block += 1
            previous_blank = True
            continue
        if (
            units
            and not previous_blank
            and units[-1].block == block
            and len(units[-1].text) >= 40
            and not _SENTENCE_END.search(units[-1].text)
            and (_CONTINUES.match(line) or units[-1].text.endswith((",", "-", ";")))
            and not _LIST_ITEM.match(line)
        ):
            units[-1].text += ("" if units[-1].text.endswith("-") and line[:1].islower() else " ") + line
        else:
            units.append(Unit(line, block))
        previous_blank = False
    return units


# --- the cleaner -----------------------------------------------------------------------------------


@dataclass
class CleanText:
    body: str
    title: str | None = None
    published: str | None = None
    dateline: str | None = None
    byline: str | None = None
    paragraphs: list[str] = field(default_factory=list)


def _same_words(a: str, b: str) -> bool:
    return [w.lower() for w in WORD.findall(a)] == [w.lower() for w in WORD.findall(b)]


def _words_in(needle: str, haystack: str) -> bool:
    n = [w.lower() for w in WORD.findall(needle)]
    h = [w.lower() for w in WORD.findall(haystack)]
    if not n or len(n) > len(h):
        return False
    return any(h[i:i + len(n)] == n for i in range(len(h) - len(n) + 1))


def _headline_like(unit: Unit) -> bool:
    if unit.kind == CHROME or not 2 <= unit.words <= 30 or len(unit.text) > 250:
        return False
    # Headlines seldom end with a full stop; a short capitalised one ("Obama Meets Putin.") may.
    return not unit.text.endswith(".") or (unit.words <= 12 and unit.lower_ratio < 0.5)


def _pick_title(units: list[Unit], start: int) -> int | None:
    """Index of the headline: the line just before the body that the page's first line repeats,
    else the nearest headline-like line before the body."""
    window = range(start - 1, max(-1, start - 60), -1)
    first = units[0].text if units else ""
    for i in window:
        if i == 0:
            break
        unit = units[i]
        if _headline_like(unit) and unit.words >= 3 and _words_in(unit.text, first):
            return i
    for i in window:
        if i < start - 12:
            break
        if _headline_like(units[i]) and units[i].words >= 3 and units[i].kind != BAD:
            return i
    if units and _headline_like(units[0]) and start <= 12:
        return 0
    return None


def clean_text(text: str) -> CleanText:
    """Article body and metadata from normalised plain text (see normalize_text)."""
    units = split_units(text)
    if not units:
        return CleanText(body="")
    stopwords = stopwords_for(text)
    for unit in units:
        _features(unit, stopwords)
        _classify(unit)
    _weigh(units)
    run = _best_run(units)
    if run is None or sum(len(u.text) for u in units[run[0]:run[1]] if u.kind == GOOD) < 150:
        # No real paragraph of prose anywhere: a results table or a list page. Take the best run
        # of whatever is not chrome.
        _weigh(units, relaxed=True)
        run = _best_run(units)
    if run is None and any(u.flags == {"teaser"} for u in units):
        # Nothing but chrome, yet some of it is prose that only ends in "..." (a wire story or a
        # feed summary cut short): with nothing else on the page that is the story trailing off,
        # not a list of teasers.
        for unit in units:
            if unit.flags == {"teaser"}:
                _classify(unit, ignore=frozenset({"teaser"}))
        _weigh(units, relaxed=True)
        run = _best_run(units)
    if run is None:
        return CleanText(body="")
    start, end = run
    # Widen over sentence-like neighbours the weights left out (a one-line last paragraph).
    # (Not backwards: the lines above a story are headline lists whose items read as sentences.)
    while end < len(units) and _prose_like(units[end]):
        end += 1

    title_index = _pick_title(units, start)
    if title_index is None and start <= 1 and len(units) > 1 and units[1].block != units[0].block and (
        _headline_like(units[0]) or (units[0].flags <= {"interface", "shouting"} and 2 <= units[0].words <= 30)
    ):
        # The first line of a story file without chrome is its headline, whatever its words
        # ("Watchdog probes e-mail deletions") or punctuation.
        title_index = 0
    if title_index is not None and title_index >= start:
        if title_index + 1 >= end:
            title_index = None  # a one-line story (a single sentence) is all body, no headline
        else:
            start = title_index + 1
    title = units[title_index].text if title_index is not None else None

    header = units[max(0, (title_index if title_index is not None else start) - 40): start]
    published = _pick_published(header + units[start:start + 3]) or _pick_published(units[end:end + 5])
    byline = None
    for unit in reversed(header):
        byline = read_byline(unit.text)
        if byline:
            break

    kept: list[str] = []
    for unit in units[start:end]:
        # A paragraph ending in an ellipsis amid the story is the story trailing off, not a teaser.
        if unit.kind == CHROME and unit.flags != {"teaser"}:
            if not byline and "byline" in unit.flags and not kept:
                byline = read_byline(unit.text)
            continue
        if title and not kept and _same_words(unit.text, title):
            continue  # the headline repeated at the top of the body
        kept.append(unit.text)

    dateline = None
    if kept:
        place, agency, rest = split_dateline(kept[0])
        if place or agency:
            dateline = place or None
            byline = byline or agency
            kept[0] = rest
    return CleanText(body=join_paragraphs(kept), title=title, published=published, dateline=dateline,
                     byline=byline, paragraphs=kept)


def _pick_published(units: list[Unit]) -> str | None:
    best: tuple[int, int, str] | None = None
    for position, unit in enumerate(units):
        if len(unit.text) > 160:
            continue
        found = find_date(unit.text)
        if not found:
            continue
        if _PUBLISHED_WORD.search(unit.text):
            rank = 0
        elif "date" in unit.flags and not _UPDATED_WORD.search(unit.text):
            rank = 1
        elif "date" in unit.flags:
            rank = 2
        else:
            rank = 3
        if best is None or (rank, position) < best[:2]:
            best = (rank, position, found.iso)
    return best[2] if best else None
