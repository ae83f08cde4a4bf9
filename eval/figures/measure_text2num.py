#!/usr/bin/env python3
"""text2num (3.1.0) against coincide_figures' own number-word reader, on the labelled figures
written in number words (eval/figures/labels.jsonl: "Two million", "one point three", "two-thirds").

    pip install --target /tmp/t2n text2num==3.1.0
    PYTHONPATH=/tmp/t2n .venv/bin/python eval/figures/measure_text2num.py

text2num is not a dependency of coincide; this script only measures whether it would read these
better (it is adopted only if it does). A value is right as eval_figures.py counts it (shares to 0.01).
"""
import json
import re
from pathlib import Path
from text_to_num import text2num, alpha2digit
from coincide.nlp.figures import _words_value, parse_value, FRACTIONS
W = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|point|half|third|thirds|quarter|quarters)"
rows = [json.loads(l) for l in open(Path(__file__).resolve().parent / "labels.jsonl", encoding="utf-8")]
items = []
for r in rows:
    for g in r["figures"]:
        m = re.search(rf"\b{W}(?:[\s-]+{W})*\b", g["text"], re.I)
        if m and not re.search(r"\d", g["text"]) and m.group(0).lower() not in ("a", "an"):
            items.append((m.group(0), g["value"], g["unit"]))
ours = t2n = 0
for words, want, unit in items:
    w = re.sub(r"^(?:a|an)\s+", "", words, flags=re.I)
    o = _words_value(w) if unit != "share" else None
    if unit == "share":
        p = [x for x in re.split(r"[\s-]+", w.lower())]
        o = parse_value(p) if p[-1] in FRACTIONS else None
        o = FRACTIONS.get(p[-1]) * (parse_value(p[:-1]) if p[:-1] and p[:-1] != ["a"] else 1) if p[-1] in FRACTIONS else o
    try:
        t = float(text2num(w.lower(), "en"))
    except Exception:
        d = alpha2digit(w.lower(), "en")
        try:
            t = float(d.replace(",", ""))
        except ValueError:
            t = None
    ok_o = o is not None and abs(o - want) <= max(1e-6 * want, 0.01 if unit == "share" else 0)
    ok_t = t is not None and abs(t - want) <= max(1e-6 * want, 0.01 if unit == "share" else 0)
    ours += ok_o; t2n += ok_t
    print(f"{words!r:32} want {want:<14g} ours {o!s:14} {'ok' if ok_o else 'NO'}  text2num {t!s:14} {'ok' if ok_t else 'NO'}")
print(f"labelled figures written in number words: {len(items)}; right value: ours {ours}, text2num {t2n}")
