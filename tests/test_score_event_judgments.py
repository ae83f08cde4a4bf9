"""scripts/score_event_judgments.py's confusion of the random tuning judgments, on invented judgments:
a judgment is wrong when the type found now is not the judged right type ("none": no event)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from score_event_judgments import confusion  # noqa: E402


def test_confusion_counts_found_against_judged():
    judged = [
        {"type": "REJECT", "right_type": True},                          # still REJECT: right
        {"type": "REJECT", "right_type": False, "should_be": "none"},    # still found: REJECT judged none
        {"type": "DEMAND", "right_type": False, "should_be": "DISAPPROVE"},
        {"type": "AGREE", "right_type": True},                           # gone now: none judged AGREE
    ]
    found = ["REJECT", "REJECT", "DEMAND", "none"]
    now = dict(zip(map(id, judged), found))
    got = confusion(judged, lambda j: now[id(j)])
    assert got == {("REJECT", "none"): 1, ("DEMAND", "DISAPPROVE"): 1, ("none", "AGREE"): 1}
