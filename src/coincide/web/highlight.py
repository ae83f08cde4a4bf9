"""Story text with its extractions marked, as safe HTML.

The body is scraped from the web and treated as hostile: every piece of text goes through
markupsafe.escape, and the only markup is ours. Overlapping spans are cut at every boundary, so
each piece of text carries the list of items that cover it.
"""

from __future__ import annotations

import re
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


def highlighted_body(record: dict[str, Any]) -> Markup:
    body = (record.get("story") or {}).get("body") or ""
    items = [i for i in items_with_spans(record) if 0 <= i["span"][0] < i["span"][1] <= len(body)]
    breaks = [(m.start(), m.end()) for m in re.finditer(r"\n\s*\n", body)]
    cuts = sorted({0, len(body), *(i["span"][0] for i in items), *(i["span"][1] for i in items),
                   *(b for pair in breaks for b in pair)})
    break_starts = {a: b for a, b in breaks}
    parts: list[str] = ["<p>"]
    for start, end in zip(cuts, cuts[1:]):
        text = body[start:end]
        if break_starts.get(start) == end:
            parts.append("</p><p>")
            continue
        covering = [i for i in items if i["span"][0] <= start and end <= i["span"][1]]
        if not covering:
            parts.append(str(escape(text)))
            continue
        # the innermost item is the link target: a name inside a quote leads to the name
        inner = min(covering, key=lambda i: i["span"][1] - i["span"][0])
        classes = " ".join(sorted({f"hl-{i['section']}" for i in covering}))
        title = ", ".join(sorted({i["section"][:-1] for i in covering}))
        parts.append(
            f'<a class="hl {classes}" href="#{escape(inner["key"])}" title="{escape(title)}">{escape(text)}</a>'
        )
    parts.append("</p>")
    return Markup("".join(parts).replace("\n", "<br>"))
