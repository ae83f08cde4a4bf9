"""The Phoenix knowledge base: file format, dated codes, countries and their names, agents."""

from __future__ import annotations

from datetime import date

import pytest

from coincide.nlp.knowledge import code_for, kind_of_code, knowledge_base, parse_actor_lines, parse_agents, parse_role, to_iso3

DAY = date(2013, 6, 17)


@pytest.fixture(scope="module")
def kb():
    return knowledge_base()


SAMPLE = """\
# a comment line
FREEDONIA_  [FRD]
+FREEDONIAN_
+FREEDONIA_CITY_
RUFUS_FIREFLY_  # CountryInfo.txt
+PRESIDENT_FIREFLY_
+FIREFLY
\t[FRDELI 300101-330101]
\t[FRDGOV >330101]
\t[FRDELI]
HOUSE_OF_FREEDONIA_
+FREEDONIAN_PALACE
\t[FRDGOV]
FREEDONIAN_ARMY_\t[FRDMIL] #inline code with a comment
"""


def test_parse_actor_lines_reads_entries_synonyms_and_dated_roles():
    entries = {e.key: e for e in parse_actor_lines(SAMPLE.splitlines(), source="sample")}
    assert set(entries) == {"freedonia", "rufus firefly", "house of freedonia", "freedonian army"}
    assert entries["freedonia"].country_level and not entries["freedonia"].person
    firefly = entries["rufus firefly"]
    assert firefly.person
    assert firefly.phrases == ["rufus firefly", "president firefly", "firefly"]
    assert firefly.code_for(date(1931, 5, 1)) == "FRDELI"
    assert firefly.code_for(date(1940, 1, 1)) == "FRDGOV"
    assert firefly.code_for(None) == "FRDGOV"  # the open-ended role is the current one
    assert entries["house of freedonia"].phrases[-1] == "freedonian palace"
    assert entries["house of freedonia"].roles[0].code == "FRDGOV"
    assert entries["freedonian army"].roles[0].code == "FRDMIL"


@pytest.mark.parametrize(
    "text, code, start, end",
    [
        ("RUSGOV 991231-080507", "RUSGOV", date(1999, 12, 31), date(2008, 5, 7)),
        ("RUSGOV >080508", "RUSGOV", date(2008, 5, 8), None),
        ("HTIOPPMED <061231", "HTIOPPMED", None, date(2006, 12, 31)),
        ("GBRELI 19300101-760405", "GBRELI", date(1930, 1, 1), date(1976, 4, 5)),
        ("IGOUNO", "IGOUNO", None, None),
    ],
)
def test_parse_role(text, code, start, end):
    role = parse_role(text)
    assert (role.code, role.start, role.end) == (code, start, end)


def test_code_for_prefers_the_range_holding_the_day_then_the_default():
    roles = [parse_role("XGOV 100101-120101"), parse_role("XELI")]
    assert code_for(roles, date(2011, 1, 1)) == "XGOV"
    assert code_for(roles, date(2013, 1, 1)) == "XELI"


@pytest.mark.parametrize(
    "code, iso, kind",
    [
        ("RUS", "RUS", "country"),
        ("RUSGOV", "RUS", "government"),
        ("USAMIL", "USA", "government"),
        ("LBNREB", "LBN", "organization"),
        ("IGOUNO", None, "organization"),
        ("TMP", "TLS", "country"),  # CAMEO's East Timor is ISO TLS
        ("KSV", "XKX", "country"),
        (None, None, None),
    ],
)
def test_codes_to_iso3_and_kind(kb, code, iso, kind):
    assert to_iso3(code) == iso
    assert kind_of_code(code) == kind


@pytest.mark.parametrize(
    "phrase, iso, place",
    [
        ("Russia", "RUS", False),
        ("Russian", "RUS", False),
        ("British", "GBR", False),
        ("Britain", "GBR", False),
        ("U.K.", "GBR", False),
        ("UK", "GBR", False),
        ("U.S.", "USA", False),
        ("American", "USA", False),
        ("French", "FRA", False),
        ("Syrian", "SYR", False),
        ("Georgia", "GEO", False),  # a country whose code is dated
        ("Iraqi", "IRQ", False),
        ("Swedish", "SWE", False),  # not in Phoenix
        ("Danish", "DNK", False),  # a stem the name does not share
        ("Swiss", "CHE", False),
        ("Dutch", "NLD", False),
        ("Kampuchean", "KHM", False),  # a former name's adjective
        ("Damascus", "SYR", True),  # a city: where things happen, not who acts
        ("Paris", "FRA", True),
        ("Washington", "USA", True),
        ("United States", "USA", False),  # leading words of the full name, all of them generic
        ("the United States", "USA", False),
    ],
)
def test_country_names_and_places(kb, phrase, iso, place):
    m = kb.best(phrase)
    assert m is not None and m.entry.country_level
    assert m.entry.country(DAY) == iso
    assert m.place is place


@pytest.mark.parametrize(
    "phrase, kind, iso, code",
    [
        ("Vladimir Putin", "person", "RUS", "RUSGOV"),
        ("Barack Obama", "person", "USA", "USAGOV"),
        ("White House", "government", "USA", "USAGOV"),
        ("the Kremlin", None, None, None),  # "the" is not part of the listed phrase
        ("Kremlin", "government", "RUS", "RUSGOV"),
        ("United Nations", "organization", None, "IGOUNO"),
        ("U.N.", "organization", None, "IGOUNO"),
        ("Hezbollah", "organization", "LBN", "LBNREB"),
    ],
)
def test_named_actors(kb, phrase, kind, iso, code):
    m = kb.best(phrase)
    if kind is None:
        assert m is None
        return
    assert m.entry.kind(DAY) == kind
    assert m.entry.country(DAY) == iso
    assert m.entry.code_for(DAY) == code


def test_agents_expand_substitution_sets_and_plurals():
    agents = parse_agents(
        ["!PERSON! = MAN, WOMAN", "SPOKES!PERSON!  [~MED]", "POLICE {} [~COP]", "LAWMAN {LAWMEN} [~COP]", "# x [~Y]"]
    )
    assert agents == {"spokesman": "~MED", "spokeswoman": "~MED", "police": "~COP", "lawman": "~COP", "lawmen": "~COP"}


def test_agents_make_the_regular_plurals_the_file_leaves_out():
    agents = parse_agents(["SOLDIER [~MIL]", "AUTHORITY [~GOV]", "ARMY [~MIL]", "POLICE {} [~COP]", "CHURCH [~REL]"])
    assert agents["soldiers"] == "~MIL" and agents["authorities"] == "~GOV" and agents["armies"] == "~MIL"
    assert agents["churches"] == "~REL"
    assert "polices" not in agents  # {} says the noun has no plural


@pytest.mark.parametrize(
    "phrase, code",
    [("president", "~GOV"), ("prime minister", "~GOV"), ("foreign minister", "~GOV"), ("spokesman", "~MED"),
     ("militia", "~UAF"), ("rebel", "~REB"), ("mp", "~LEG"), ("table", None)],
)
def test_agents(kb, phrase, code):
    assert kb.agent(phrase) == code


def test_every_short_form_names_a_phoenix_entry(kb):
    # lexicon/actors.toml [short_forms] adds synonyms to an entry by its key; a key that matches no
    # entry would add nothing, silently
    from coincide.nlp import lexicon
    from coincide.nlp.knowledge import norm

    keys = {e.key for e in kb.entries}
    for key, forms in lexicon.table("actors", "short_forms").items():
        assert norm(key) in keys, key
        assert all(kb.lookup_key(norm(f)) for f in forms), (key, forms)
