"""Every span of a story record, for checks that they all index into the body."""

from __future__ import annotations

from typing import Any, Iterator


def record_spans(record: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(where, span) for every span field of a record dict (StoryRecord.to_dict())."""
    for i, actor in enumerate(record.get("actors") or []):
        for j, span in enumerate(actor.get("mentions") or []):
            yield f"actors[{i}].mentions[{j}]", span
    for i, quote in enumerate(record.get("quotes") or []):
        for key in ("span", "cue_span", "source_span"):
            if quote.get(key) is not None or key == "span":
                yield f"quotes[{i}].{key}", quote.get(key)
    for i, position in enumerate(record.get("positions") or []):
        yield f"positions[{i}].span", position.get("span")
    for i, relation in enumerate(record.get("relations") or []):
        if relation.get("span") is not None:
            yield f"relations[{i}].span", relation["span"]
        for j, span in enumerate(relation.get("evidence") or []):
            yield f"relations[{i}].evidence[{j}]", span
    for i, event in enumerate(record.get("events") or []):
        yield f"events[{i}].span", event.get("span")
        for j, span in enumerate(event.get("spans") or []):
            yield f"events[{i}].spans[{j}]", span
    for i, figure in enumerate(record.get("figures") or []):
        yield f"figures[{i}].span", figure.get("span")


def spans_outside(record: dict[str, Any]) -> list[str]:
    """Descriptions of the spans that do not satisfy 0 <= start < end <= len(body)."""
    size = len(record["story"]["body"])
    bad = []
    for where, span in record_spans(record):
        ok = (
            isinstance(span, (list, tuple)) and len(span) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
            and 0 <= span[0] < span[1] <= size
        )
        if not ok:
            bad.append(f"{where}={span!r} (body has {size} characters)")
    return bad
