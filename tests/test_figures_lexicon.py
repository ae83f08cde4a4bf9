"""lexicon/figures.toml: the word lists coincide_figures reads, as data (issue 14 hygiene).

The lists moved out of figures.py without changing any output, so these tests hold the things that
keep it so: the file loads with its provenance, every table figures.py names is in it (a missing one
is a ConfigError at import, not a silent empty set), no table in it is unread, and the values keep
the types and exact numbers the code computed with before.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest

from coincide.errors import ConfigError
from coincide.nlp import figures, lexicon

SOURCE = resources.files("coincide.nlp").joinpath("figures.py").read_text(encoding="utf-8")
# every way figures.py reads a table of the file: lexicon.words / lexicon.table on _LEXICON, and its
# two helpers for tables of numbers
READ = re.compile(r'(?:lexicon\.(?:words|table)\(_LEXICON, |_values\(|_ratios\()"([a-z_]+)"')
TABLES_READ = set(READ.findall(SOURCE))


def test_the_file_loads_and_says_where_its_words_come_from():
    data = lexicon.load("figures")
    assert "tuning sets" in data["provenance"] and "figures.py" in data["provenance"]


def test_every_table_figures_reads_is_in_the_file_and_none_is_left_unread():
    assert len(TABLES_READ) >= 30  # the regex still finds the reads (figures.py reads 38 tables)
    in_file = {key for key, value in lexicon.load("figures").items() if isinstance(value, dict)}
    assert TABLES_READ - in_file == set(), "figures.py reads tables the file lacks"
    assert in_file - TABLES_READ == set(), "the file holds tables figures.py never reads"
    for key in TABLES_READ:
        lexicon.table("figures", key)  # raises ConfigError if missing


def test_a_missing_table_is_a_clear_error():
    with pytest.raises(ConfigError, match=r"lexicon 'figures' has no table \[nothing\]"):
        lexicon.table("figures", "nothing")


def test_numbers_keep_their_types_and_exact_values():
    # integers stay integers (a count's value prints as before), magnitudes stay floats
    assert all(type(v) is int for v in figures.WORD_NUMBERS.values()) and figures.WORD_NUMBERS["dozen"] == 12
    assert all(type(v) is int for v in figures.SCALES.values()) and figures.SCALES["bn"] == 1_000_000_000
    assert all(type(v) is int for v in figures.PLURAL_SCALES.values())
    assert all(type(v) is float for v in figures.MAGNITUDES.values()) and figures.MAGNITUDES["tn"] == 1e12
    # fractions are [numerator, denominator] pairs divided in code: a third is exactly 1 / 3
    assert figures.FRACTIONS["thirds"] == 1 / 3 and figures.SHARE_WORDS["tenth"] == 0.1
    for key in ("fractions", "share_words"):
        for word, pair in lexicon.table("figures", key).items():
            assert len(pair) == 2 and all(type(n) is int and n > 0 for n in pair), (key, word)
    assert figures.parse_value(["two", "-", "thirds"]) == 2 * (1 / 3)
    assert figures.parse_value(["twenty-five", "million"]) == 25_000_000


def test_word_lists_keep_their_types_for_code_that_imports_them():
    # coincide_events imports PEOPLE and NOT_PEOPLE; QUALIFIERS is read longest first, in file order
    assert isinstance(figures.PEOPLE, set) and "civilians" in figures.PEOPLE
    assert isinstance(figures.NOT_PEOPLE, frozenset) and "dollar" in figures.NOT_PEOPLE
    assert isinstance(figures.QUALIFIERS, list) and figures.QUALIFIERS[0] == "at least"
    assert isinstance(figures.CONTAINER_NOUNS, set) and isinstance(figures.IMPACT, set)
    # the ISO 4217 names and codes are added to the file's currency words at import
    assert figures.CURRENCY_WORDS["rupees"] == "rupees" and figures.CURRENCY_WORDS["chf"] == "francs"
    assert figures.CURRENCY_WORDS["yuan"] == "yuan" and "won" not in figures.CURRENCY_WORDS
    assert figures.CURRENCY_SYMBOLS["₹"] == "rupees"
