"""The exceptions coincide raises, as one tree:

    CoincideError                 anything coincide raises on purpose
    ├── InputError                an input cannot be analysed; carries `source` and a `code`
    │   ├── EmptyInput            nothing left to analyse (empty file, chrome only)
    │   ├── BinaryInput           not text (NUL bytes, an image, a zip ...)
    │   ├── DecodingError         bytes that no supported encoding reads
    │   ├── InputTooLarge         over the configured size limit
    │   ├── UnreadableInput       a missing or unreadable path, a broken .gz
    │   └── UnsupportedLanguage   the story is not in a language the model reads
    ├── ConfigError               a settings file or value is wrong
    ├── RecordError               a story record (JSON) holds a value its field does not allow
    └── ModelError                the configured spaCy model cannot be loaded

Batch commands turn an InputError into an error record for that input and go on with the rest.
"""

from __future__ import annotations


class CoincideError(Exception):
    """Base of every error coincide raises on purpose."""


class InputError(CoincideError):
    code = "input_error"

    def __init__(self, source: str, message: str):
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


class EmptyInput(InputError):
    code = "empty"


class BinaryInput(InputError):
    code = "binary"


class DecodingError(InputError):
    code = "decoding"


class InputTooLarge(InputError):
    code = "too_large"


class UnreadableInput(InputError):
    code = "unreadable"


class UnsupportedLanguage(InputError):
    code = "unsupported_language"

    def __init__(self, source: str, message: str, language: str | None = None):
        super().__init__(source, message)
        self.language = language


class ConfigError(CoincideError):
    """A settings file or value is wrong."""


class RecordError(CoincideError):
    """A story record read back (StoryRecord.from_dict) holds a value its field does not allow, or
    lacks a required field; the message names the field (e.g. positions[2].stance) and the value."""


class ModelError(CoincideError):
    """The configured spaCy model cannot be loaded."""
