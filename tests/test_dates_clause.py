"""An event's date is the date of the trigger's own clause (issue 14, event dates): a date on
another clause or naming another noun does not date it (events._event_date, _date_attach,
_date_governors). Invented sentences through the whole pipeline with the real model, published on
Monday 17 June 2013 (pipeline_helpers.MONDAY)."""

from __future__ import annotations

import pytest

from pipeline_helpers import analyse


def dated(nlp, text, kind):
    doc = analyse(nlp, text)
    found = [e for e in doc._.events if e.type == kind]
    assert found, [(e.type, e.context) for e in doc._.events]
    return found[0].date


@pytest.mark.parametrize(
    "text, kind, date",
    [
        # a date in a relative clause dates that clause, not the main one
        ("The MP, who was elected on 5 May 2001, criticised the plan.", "DISAPPROVE", None),
        ("The man who attacked the police officer was arrested on Monday.", "COERCE", "2013-06-17"),
        ("The man who attacked the police officer was arrested on Monday.", "FIGHT", None),
        ("Police arrested the men who had attacked the embassy on Tuesday.", "COERCE", None),
        ("Police arrested the men who had attacked the embassy on Tuesday.", "FIGHT", "2013-06-11"),
        # a year naming a noun ("the 1997 protests") is that thing's date
        ("Police arrested the leader of the 1997 protests.", "COERCE", None),
        # the time or occasion the event happened during, in or at
        ("An estimated 25,000 women were raped during the 1994 genocide.", "ASSAULT", "1994"),
        # a relative clause of time takes its noun's date
        ("He raised taxes after the 2001 election campaign during which he had pledged not to increase income tax.",
         "AGREE", "2001"),
        # a clause of purpose or time shares its main clause's date
        ("He travelled to Uganda in 1975 to plead for the life of a British lecturer.", "DEMAND", "1975"),
        ("The EU imposed its arms ban on China in 1989 after troops opened fire on protesters.", "FIGHT", "1989"),
        # the trigger's own date, and a reported clause dated by its reporting verb
        ("Obama met Putin in Berlin on Monday.", "CONSULT", "2013-06-17"),
        ("Barack Obama announced Friday that the United States would start sending weaponry to the rebels.", "AID", "2013-06-14"),
    ],
)
def test_event_date_is_its_clause(nlp, text, kind, date):
    assert dated(nlp, text, kind) == date
