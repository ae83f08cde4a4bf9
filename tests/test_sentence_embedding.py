"""The packaged sentence embedding (coincide.nlp.sentence_embedding): BERT's WordPiece as the model's
own tokenizer splits, and the real all-MiniLM-L6-v2 ONNX model behind it."""

import numpy as np
import pytest

from coincide.nlp.sentence_embedding import DIMENSIONS, load_embedder


# The ids of the `tokenizers` library (0.23.3) with the model's own tokenizer.json, read once and
# written here: accents stripped, curly quotes and dashes as punctuation, "£5" a piece of its own,
# a CJK character a word of its own, a long word cut into its longest pieces.
@pytest.mark.parametrize("text, ids", [
    ("The minister opposed the plan.", [1996, 2704, 4941, 1996, 2933, 1012]),
    ("Café naïve, “quoted” — U.S.-led e-mail",
     [7668, 15743, 1010, 1523, 9339, 1524, 1517, 1057, 1012, 1055, 1012, 1011, 2419, 1041, 1011, 5653]),
    ("A £50m levy: unworkable!", [1037, 27813, 2692, 2213, 12767, 1024, 4895, 6198, 3085, 999]),
    ("Tokyo 東京 talks", [5522, 1879, 1755, 7566]),
    ("antidisestablishmentarianism", [3424, 10521, 4355, 7875, 13602, 3672, 12199, 2964]),
])
def test_word_pieces_are_the_models_own(text, ids):
    assert load_embedder().tokenizer.ids(text) == ids


def test_a_sentence_has_one_unit_vector_whatever_it_is_batched_with():
    embedder = load_embedder()
    alone = embedder.embed(["The union condemned the pay offer as an insult."])
    batched = embedder.embed(["Talks resume on Monday.", "The union condemned the pay offer as an insult.",
                              "A much longer sentence, padded less than the others in its batch, about the weather."])
    assert alone.shape == (1, DIMENSIONS)
    assert np.isclose(np.linalg.norm(alone[0]), 1.0, atol=1e-5)
    assert np.allclose(alone[0], batched[1], atol=1e-5)


def test_a_paraphrase_is_nearer_than_another_matter():
    a, b, c = load_embedder().embed([
        "The party rejected the new tax on fuel.",
        "The fuel levy was opposed by the party.",
        "The striker scored twice in the second half.",
    ])
    assert float(a @ b) > float(a @ c) + 0.2


def test_nothing_to_embed_is_an_empty_table():
    assert load_embedder().embed([]).shape == (0, DIMENSIONS)
