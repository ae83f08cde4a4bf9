"""English or not: py3langid with a check on English function words."""

from __future__ import annotations

import pytest

from coincide.ingest.language import detect_language

MIN_RATIO = 0.12  # the shipped setting


@pytest.mark.parametrize(
    "text",
    [
        "Some 900 Kurdish refugees reached Turkey last week.",  # one sentence, heavy with names
        "Rebel fighters shelled government positions near Aleppo on Sunday, state media reported.",
        "Obama told Putin that their positions on Syria do not coincide, but both men said they wanted "
        "to stop the violence and to secure chemical weapons in the country. " * 3,
        # An English story quoting French is still English.
        "The president said on Monday that he would not resign. \"Je ne démissionnerai pas,\" he told "
        "reporters in Paris, adding that the inquiry had found nothing against him and that the "
        "opposition was trying to win in court what it had lost at the ballot box.",
    ],
)
def test_english_is_english(text):
    guess = detect_language(text, MIN_RATIO)
    assert guess.is_english and guess.code == "en", guess


@pytest.mark.parametrize(
    "text, code",
    [
        ("Le gouvernement a annoncé mardi une hausse des impôts.", "fr"),
        ("Die Regierung hat am Dienstag neue Steuern angekündigt.", "de"),
        ("El gobierno anunció el martes una subida de impuestos para el año que viene.", "es"),
        ("Il governo ha annunciato martedì un aumento delle tasse per il prossimo anno, "
         "ha detto il ministro dell'economia ai giornalisti a Roma. " * 3, "it"),
    ],
)
def test_other_languages_are_named(text, code):
    guess = detect_language(text, MIN_RATIO)
    assert not guess.is_english and guess.code == code, guess


def test_nothing_to_judge():
    guess = detect_language("12 34 -- 56", MIN_RATIO)
    assert not guess.is_english and guess.code == "und"
