"""coincide: who said what in the news, where actors stand, and where they coincide or diverge.

    import coincide
    settings = coincide.load_settings()
    for record in coincide.analyze_paths(["story.txt"], settings):
        print(record.to_dict())
"""

__version__ = "0.1.0"

from .config import load_settings  # noqa: E402
from .errors import (  # noqa: E402
    BinaryInput,
    CoincideError,
    ConfigError,
    DecodingError,
    EmptyInput,
    InputError,
    InputTooLarge,
    ModelError,
    RecordError,
    UnreadableInput,
    UnsupportedLanguage,
)
from .records import Actor, ErrorRecord, Event, Figure, Position, Quote, Relation, Story, StoryRecord  # noqa: E402

__all__ = [
    "__version__",
    "load_settings",
    "analyze_paths",
    "analyze_text",
    "CoincideError",
    "InputError",
    "EmptyInput",
    "BinaryInput",
    "DecodingError",
    "InputTooLarge",
    "UnreadableInput",
    "UnsupportedLanguage",
    "ConfigError",
    "ModelError",
    "RecordError",
    "Story",
    "StoryRecord",
    "ErrorRecord",
    "Actor",
    "Quote",
    "Position",
    "Relation",
    "Event",
    "Figure",
]


def __getattr__(name):
    # The analysis functions import spaCy; keep `import coincide` light until they are used.
    if name in ("analyze_paths", "analyze_text"):
        from . import analyze

        return getattr(analyze, name)
    raise AttributeError(name)
