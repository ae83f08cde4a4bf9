"""coincide's spaCy components, one per file, in pipeline order:

    coincide_actors     actors.py     needs doc.ents, the parse     sets doc._.actors, doc._.mentions
    coincide_coref      coref.py      needs doc._.mentions         sets doc._.coref_chains, doc._.mentions
    coincide_quotes     quotes.py     needs doc._.mentions, doc._.coref_chains   sets doc._.quotes
    coincide_positions  positions.py  needs doc._.quotes           sets doc._.positions, doc._.position_findings
    coincide_relations  relations.py  needs doc._.position_findings  sets doc._.relations
    coincide_events     events.py     needs doc._.mentions         sets doc._.events
    coincide_figures    figures.py    needs doc._.mentions         sets doc._.figures

Every result is a list of plain records (coincide.records) with character spans into the Doc's
text, which is the story body. `doc._.story` (a records.Story) is set before the components run,
so they can read the publication date and dateline.

Components hand results to each other only through these extensions (never doc.user_data, never
another component's private names). `position_findings` is the one that is not part of the
record: the positions grouped by issue, which coincide_relations compares.

Shared by all components: coincide.nlp.grammar (subject, object, negation, modality ... read
from the parse) and coincide.nlp.lexicon (the word lists, as data files).
"""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = ("story", "actors", "mentions", "coref_chains", "quotes", "positions", "position_findings", "relations", "events",
              "figures")


def register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
