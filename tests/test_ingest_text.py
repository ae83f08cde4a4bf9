"""The plain-text cleaner, metadata readers and normalisation, on small texts written here; the
example story and the BBC files where they are present."""

from __future__ import annotations

from pathlib import Path

import pytest

from coincide.ingest import RawInput, iter_inputs, prepare_story
from coincide.ingest.decode import normalize_text
from coincide.ingest.text import clean_text, find_date, read_byline, split_dateline

from conftest import EXAMPLE

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def story_from(text: str, settings) -> object:
    return prepare_story(RawInput(source="test.txt", data=text.encode("utf-8"), hint="text"), settings)


# --- the example story --------------------------------------------------------------------------


def test_example_story_metadata_and_body(settings):
    if not EXAMPLE.exists():
        pytest.skip(f"{EXAMPLE} is absent")
    story = prepare_story(next(iter_inputs([str(EXAMPLE)])), settings)
    assert story.title == "US-Russia positions on Syria don’t coincide"
    assert story.published == "2013-06-17T15:39:00"
    assert "ENNISKILLEN" in story.dateline
    assert story.body.startswith("Russian President Vladimir Putin told")
    assert story.body.endswith("Millions have been displaced.")
    for chrome in ("Archived Story", "Sign in to Comment", "Need help commenting", "Editor's Picks", "Published 3:39pm"):
        assert chrome not in story.body
    assert "“coincide”" in story.body  # curly quotes survive
    assert "\n\n" in story.body and "\n\n\n" not in story.body


# --- a scraped page with chrome, written for this test -----------------------------------------

SCRAPED = """Mayor backs tram plan | The Daily Example

Skip to content
Home
News
Sport
Business
Subscribe
Sign in

Trending: Weather | Traffic | Schools

Mayor backs tram plan after long review

By Jane Doe | Transport correspondent
Updated 9:05 a.m. Tuesday, 4 March 2014

Share on Facebook
Share on Twitter
Email this article

LEEDS, England — The city's mayor said on Tuesday that she would back a plan to build a tram line across the centre, ending a review that had lasted nearly two years.

“We cannot keep asking people to sit in traffic while we argue about the route,” Mayor Ann Brown told reporters at the town hall. “This plan is ready, and it is paid for.”

Advertisement

Opponents said the line would cost more than the council had admitted and that the money should go to buses, which carry far more people in the outer districts.

The council will vote on the plan next month.

Related stories
Council approves bus lanes on ring road
Tram consultation draws record response

Comments
Sign in to comment | Need help? Click here
© 2014 The Daily Example. All rights reserved. Privacy policy | Terms of use | Cookie settings
"""


def test_scraped_page_body_and_metadata(settings):
    story = story_from(SCRAPED, settings)
    assert story.title == "Mayor backs tram plan after long review"
    assert story.published == "2014-03-04T09:05:00"
    assert story.byline == "Jane Doe"
    assert story.dateline == "LEEDS, England"
    assert story.body.startswith("The city's mayor said on Tuesday")
    assert story.body.endswith("The council will vote on the plan next month.")
    for chrome in ("Subscribe", "Share on", "Advertisement", "Related stories", "Click here", "©", "Trending"):
        assert chrome not in story.body
    assert story.body.count("\n\n") == 3  # four paragraphs


def test_story_without_chrome_keeps_every_paragraph(settings):
    paragraphs = [
        "Ministers are to publish plans for a new border agency, the Home Office has said.",
        "The agency would bring together customs, immigration and visa staff under one chief executive.",
        "\"It is time we stopped running three services where one would do,\" the home secretary said.",
        "- Staff would keep their pay and pensions",
        "- A board would report to Parliament every year",
        "Critics said the change would cost millions.",
        "No.",
    ]
    text = "Border agency plan unveiled\n\n" + "\n\n".join(paragraphs) + "\n"
    story = story_from(text, settings)
    assert story.title == "Border agency plan unveiled"
    assert story.body.split("\n\n")[:6] == paragraphs[:6]


def test_hard_wrapped_paragraphs_are_joined(settings):
    text = (
        "Flood defences delayed\n\n"
        "Work on new flood defences along the river has been delayed by\n"
        "at least a year, the Environment Agency said on Friday, because\n"
        "the contractor has gone out of business.\n\n"
        "Residents said they were angry and worried about the coming winter.\n"
    )
    story = story_from(text, settings)
    first = story.body.split("\n\n")[0]
    assert first == ("Work on new flood defences along the river has been delayed by at least a year, the "
                     "Environment Agency said on Friday, because the contractor has gone out of business.")


def test_comments_after_the_story_are_left_out():
    story = "\n\n".join(
        f"The minister said on Monday that the scheme would be extended to {n} more towns, and that "
        f"the money for it had already been set aside in the budget."
        for n in range(3, 8)
    )
    comments = "\n\n".join(
        f"reader{n} says:\nMay 5, 2019 at {n}:15 pm\nI think this is a terrible idea and the money would be far "
        f"better spent on the hospitals and the schools that have been waiting for years."
        for n in range(1, 9)
    )
    cleaned = clean_text(normalize_text(f"Scheme extended\n\n{story}\n\n8 Comments\n\n{comments}\n"))
    assert cleaned.body == story


# --- metadata readers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Published 3:39pm Monday, June 17, 2013", "2013-06-17T15:39:00"),
        ("PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm", "2019-11-19T20:59:00"),
        ("Posted by Michael Smith on November 19, 2019, 6:21 AM EST", "2019-11-19T06:21:00"),
        ("Updated 12:05 a.m. Tuesday, 4 March 2014", "2014-03-04T00:05:00"),
        ("Sept. 3, 2018", "2018-09-03"),
        ("3rd of January 2020 14:30 GMT", "2020-01-03T14:30:00"),
        ("2019-11-20T08:15:00Z", "2019-11-20T08:15:00"),
        ("First published on November 19, 2019 / 8:16 AM", "2019-11-19T08:16:00"),
        ("The report is due in the spring", None),
        ("February 30, 2019", None),  # no such day: a typo is no publication date
    ],
)
def test_find_date(line, iso):
    found = find_date(line)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize(
    "paragraph, place, agency, rest",
    [
        ("ENNISKILLEN, Northern Ireland — Russian President Vladimir Putin told", "ENNISKILLEN, Northern Ireland", None, "Russian President Vladimir Putin told"),
        ("WASHINGTON (Reuters) - The U.S. Senate on Tuesday", "WASHINGTON", "Reuters", "The U.S. Senate on Tuesday"),
        ("BUFFALO, N.Y. — Hours before Zach Parise's", "BUFFALO, N.Y.", None, "Hours before Zach Parise's"),
        ("NEW YORK (AP) — Stocks fell", "NEW YORK", "AP", "Stocks fell"),
        ("(Reuters) - Oil prices rose", None, "Reuters", "Oil prices rose"),
        ("UPDATE — The vote was delayed", None, None, "UPDATE — The vote was delayed"),
        ("Obama — who spoke first — said", None, None, "Obama — who spoke first — said"),
        ("The U.N. - backed talks resumed", None, None, "The U.N. - backed talks resumed"),
    ],
)
def test_split_dateline(paragraph, place, agency, rest):
    assert split_dateline(paragraph) == (place, agency, rest)


@pytest.mark.parametrize(
    "line, name",
    [
        ("By Jane Doe", "Jane Doe"),
        ("By Bill Hoppe | Special to the Pioneer Press", "Bill Hoppe"),
        ("BY JANE DOE AND JOHN ROE", "JANE DOE AND JOHN ROE"),
        ("By Jane Doe and John Roe, Associated Press", "Jane Doe and John Roe"),
        ("By any measure, New Yorker Dick Morris is a winner.", None),
        ("By clicking Subscribe you agree to our terms", None),
        ("Written by Ana de la Cruz", "Ana de la Cruz"),
    ],
)
def test_read_byline(line, name):
    assert read_byline(line) == name


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("zero\u200bwidth\u200dand\ufeffbom", "zerowidthandbom"),
        ("soft\u00adhyphen", "softhyphen"),
        ("non\u00a0breaking  and   runs\tof\u2009spaces", "non breaking and runs of spaces"),
        ("bell\x07and\x1bescape", "bellandescape"),
        ("“curly” ‘quotes’ stay", "“curly” ‘quotes’ stay"),
        ("ellipsis… stays", "ellipsis… stays"),
        ("  trailing  \n  lines  ", "trailing\nlines"),
        ("e\u0301", "é"),  # composed (NFC), same text
    ],
)
def test_normalize_text(raw, clean):
    assert normalize_text(raw) == clean


# --- the BBC politics files (shared data) --------------------------------------------------------


@pytest.mark.slow
def test_bbc_politics_files_come_through_whole(settings):
    folder = DATA / "bbc-politics"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the BBC politics stories are shared data next to the repository")
    files = sorted(folder.glob("*.txt"))
    whole = 0
    for path in files:
        story = prepare_story(next(iter_inputs([str(path)])), settings)
        lines = [line for line in normalize_text(path.read_bytes().decode("utf-8", "replace")).split("\n") if line]
        whole += story.title == lines[0] and story.body == "\n\n".join(lines[1:])
    # Measured 414 of 417: the misses are a caption-like line ("... In graphics") taken as the
    # headline, a lone "." paragraph and a final list of constituency names. A drop means the
    # cleaner has started eating paragraphs of clean text.
    assert whole >= len(files) * 0.98, f"{whole} of {len(files)} stories came through whole"
