"""coincide's spaCy components, one per file, in pipeline order:

    coincide_actors     actors.py     needs doc.ents, the parse     sets doc._.actors, doc._.mentions
    coincide_quotes     quotes.py     needs doc._.mentions         sets doc._.quotes
    coincide_positions  positions.py  needs doc._.quotes           sets doc._.positions
    coincide_relations  relations.py  needs doc._.positions        sets doc._.relations
    coincide_events     events.py     needs doc._.mentions         sets doc._.events
    coincide_figures    figures.py    needs doc._.mentions         sets doc._.figures

Every result is a list of plain records (coincide.records) with character spans into the Doc's
text, which is the story body. `doc._.story` (a records.Story) is set before the components run,
so they can read the publication date and dateline.
"""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = ("story", "actors", "mentions", "quotes", "positions", "relations", "events", "figures")


def register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
