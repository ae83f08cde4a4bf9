"""Quality gate: coincide_events on the PLOVER gold-standard records, against pinned floors.

Measured with `.venv/bin/python scripts/eval_events.py` (151 records, ../shared/tools/evaluate.py
events), on each half of the records (eval/plover-halves.json: sha1 of the id; rules are tuned on
the tune half only). Each floor sits a little under its measurement, so a real regression fails and
parser noise does not; the history is in git, the figures and the confusion in docs/events-figures.md.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import REPO, SHARED

from coincide.pipeline import analyze_stories
from coincide.records import Story
import pytest

pytestmark = pytest.mark.slow  # the pipeline over the PLOVER gold records

TUNE_TYPE_FOUND_FLOOR = 0.84  # tune half, gold type among the predicted: measured 0.866, two records under
CHECK_TYPE_FOUND_FLOOR = 0.88  # check half, same: measured 0.899, one record under (the issue asks >= 0.80)
TUNE_TYPE_ACTORS_FLOOR = 0.52  # tune half, type with both actors' countries: measured 0.549, two records under
CHECK_TYPE_ACTORS_FLOOR = 0.63  # check half, same: measured 0.652, one record under (the issue asks >= 0.55)
OTHER_EVENTS_CEILING = 0.25  # events of another type per record, all 151: measured 0.21


def _score(evaluate, records, out, tmp_path, name):
    gold = tmp_path / f"{name}.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = subprocess.run([sys.executable, str(evaluate), "events", str(gold), str(out)],
                            capture_output=True, text=True, check=True)
    m = re.search(r"type found ([\d.]+)\s+type\+actors ([\d.]+)\s+other events per record ([\d.]+)", result.stdout)
    assert m, result.stdout
    return tuple(map(float, m.groups())), result.stdout


def test_plover_gold_records(nlp, tmp_path):
    import pytest

    records_path = SHARED / "data" / "plover-gsr" / "records.jsonl"
    evaluate = SHARED / "tools" / "evaluate.py"
    if not records_path.exists() or not evaluate.exists():
        pytest.skip(f"{records_path} or {evaluate} is absent: the gate needs ../shared/data/plover-gsr and ../shared/tools")
    records = [json.loads(line) for line in records_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    halves = json.loads((REPO / "eval" / "plover-halves.json").read_text(encoding="utf-8"))
    stories = [Story(source=f"{r['id']}.txt", body=r["text"], published=r.get("date")) for r in records]
    out = tmp_path / "events.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for record in analyze_stories(nlp, stories):
            fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    (tune_typed, tune_full, _), tune_out = _score(evaluate, [r for r in records if r["id"] in set(halves["tune"])], out, tmp_path, "tune")
    (check_typed, check_full, _), check_out = _score(evaluate, [r for r in records if r["id"] in set(halves["check"])], out, tmp_path, "check")
    (_, _, other), all_out = _score(evaluate, records, out, tmp_path, "all")
    report = f"tune: {tune_out}check: {check_out}all: {all_out}"
    assert tune_typed >= TUNE_TYPE_FOUND_FLOOR, report
    assert check_typed >= CHECK_TYPE_FOUND_FLOOR, report
    assert tune_full >= TUNE_TYPE_ACTORS_FLOOR, report
    assert check_full >= CHECK_TYPE_ACTORS_FLOOR, report
    assert other <= OTHER_EVENTS_CEILING, report
