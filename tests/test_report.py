"""The terminal report (report.py): its sections in order, each counted, names for ids, and an
error record on one line. An invented story, pinned line by line."""

from __future__ import annotations

import pytest

from coincide.records import ErrorRecord, Figure, StoryRecord
from coincide.report import figure_text, render
from test_records import _record


def test_the_report_of_an_invented_story(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    record = StoryRecord.from_dict(_record())
    text = render(record)
    lines = text.splitlines()
    assert lines[1] == "Plan" and lines[3:5] == ["Language   en", "Body       62 characters"]
    titles = [line for line in lines if line and not line.startswith((" ", "═")) and "(" in line]
    assert titles == ["Actors (2)", "Quotes (1)", "Positions (2)", "Where they coincide and diverge (1)", "Events (1)",
                      "Figures (0)"]
    assert "    Ann Lane — person; 1 mention" in lines
    assert "    Ann Lane" in lines and "      [indirect, -] the council backs the plan" in lines
    assert "    the mayor: oppose — the plan  («opposed it»)" in lines
    assert "    Ann Lane & the mayor: DIVERGE on the plan (inferred)" in lines
    assert "    DISAPPROVE: the mayor  «The mayor opposed it.»" in lines
    assert lines[-2:] == ["    none found", ""] and text.endswith("\n\n")


def test_an_error_record_is_one_line():
    assert render(ErrorRecord("x.txt", "empty", "nothing left")) == "✗ x.txt: nothing left [empty]\n"


@pytest.mark.parametrize("qualifier,value,unit,about,line", [
    # an `about` that begins with the unit's word reads on from the amount
    ("at least", 93000, "people", "people killed", "at least 93,000 people killed"),
    # any other `about` is set apart: it is a phrase of the sentence, not the unit's noun
    (None, 2, "people", "leaders said", "2 people — leaders said"),
    (None, 4e9, "pounds", "tax cuts", "4,000,000,000 pounds — tax cuts"),
    (None, 62.6, "percent", None, "62.6 percent"),
    # a range gives both ends
    ("between", (5001, 10000), "pounds", "earns", "between 5,001-10,000 pounds — earns"),
])
def test_a_figure_reads_as_its_amount_then_what_it_counts(qualifier, value, unit, about, line):
    low, high = value if isinstance(value, tuple) else (value, None)
    figure = Figure(value=low, unit=unit, about=about, qualifier=qualifier, place=None, source=None,
                    since=None, span=(0, 1), value_high=high)
    assert figure_text(figure) == line
    # a stored record's figure, as the workbench reads it when the record is older than this version
    stored = {"qualifier": qualifier, "value": low, "value_high": high, "unit": unit, "about": about}
    assert figure_text(stored) == line
