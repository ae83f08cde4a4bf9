"""Story text with its extractions marked, as safe HTML.

The body is scraped from the web and treated as hostile: every piece of text goes through
markupsafe.escape, and the only markup is ours. Overlapping spans are cut at every boundary, so
each piece of text carries the list of items that cover it.

The cost is linear in the spans (one sweep over the cut points, not every item tested at every
cut: 24,000 actor mentions took 25 s a view), and a page marks at most MAX_HIGHLIGHTS of them,
quotes, positions, events and figures first, so one pathological story cannot hold a worker.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from typing import Any

from markupsafe import Markup, escape


def items_with_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every extraction with a span, as {key, section, idx, span}; keys are anchor ids."""
    out = []
    for section, prefix in (("quotes", "q"), ("positions", "p"), ("events", "e"), ("figures", "f")):
        for i, item in enumerate(record.get(section) or []):
            span = item.get("span")
            if isinstance(span, list) and len(span) == 2:
                out.append({"key": f"{prefix}{i}", "section": section, "idx": i, "span": span})
    for actor in record.get("actors") or []:
        for j, span in enumerate(actor.get("mentions") or []):
            out.append({"key": f"actor-{actor['id']}", "section": "actors", "idx": j, "span": span})
    return out


MAX_HIGHLIGHTS = 5000


def _valid(span: Any, size: int) -> bool:
    return (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
            and 0 <= span[0] < span[1] <= size)


def marked_items(record: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
    """(the items the page marks, how many were left unmarked over MAX_HIGHLIGHTS)."""
    size = len((record.get("story") or {}).get("body") or "")
    items = [i for i in items_with_spans(record) if _valid(i["span"], size)]
    if len(items) <= MAX_HIGHLIGHTS:
        return items, 0
    # sorted is stable: statements keep their order ahead of the (many) actor mentions
    kept = sorted(items, key=lambda i: i["section"] == "actors")[:MAX_HIGHLIGHTS]
    return kept, len(items) - len(kept)


def highlighted_body(record: dict[str, Any]) -> Markup:
    body = (record.get("story") or {}).get("body") or ""
    items, left = marked_items(record)
    breaks = [(m.start(), m.end()) for m in re.finditer(r"\n\s*\n", body)]
    starting: dict[int, list[int]] = defaultdict(list)
    ending: dict[int, list[int]] = defaultdict(list)
    for n, item in enumerate(items):
        starting[item["span"][0]].append(n)
        ending[item["span"][1]].append(n)
    cuts = sorted({0, len(body), *starting, *ending, *(b for pair in breaks for b in pair)})
    break_starts = {a: b for a, b in breaks}
    # The items covering the current piece: counts by section, and a heap by span length (ties in
    # item order, as before) whose ended entries are dropped when they reach the top.
    sections: Counter = Counter()
    heap: list[tuple[int, int]] = []
    active: set[int] = set()
    parts: list[str] = ["<p>"]
    for start, end in zip(cuts, cuts[1:]):
        for n in ending.get(start, ()):
            active.discard(n)
            sections[items[n]["section"]] -= 1
        for n in starting.get(start, ()):
            active.add(n)
            sections[items[n]["section"]] += 1
            heapq.heappush(heap, (items[n]["span"][1] - items[n]["span"][0], n))
        text = body[start:end]
        if break_starts.get(start) == end:
            parts.append("</p><p>")
            continue
        if not active:
            parts.append(str(escape(text)))
            continue
        while heap[0][1] not in active:
            heapq.heappop(heap)
        # the innermost item is the link target: a name inside a quote leads to the name
        inner = items[heap[0][1]]
        present = sorted(name for name, count in sections.items() if count > 0)
        classes = " ".join(f"hl-{name}" for name in present)
        title = ", ".join(name[:-1] for name in present)
        parts.append(
            f'<a class="hl {classes}" href="#{escape(inner["key"])}" title="{escape(title)}">{escape(text)}</a>'
        )
    parts.append("</p>")
    if left:
        parts.append(f'<p class="meta">{left:,} more highlights are not shown (a page marks at most {MAX_HIGHLIGHTS:,}).</p>')
    return Markup("".join(parts).replace("\n", "<br>"))
