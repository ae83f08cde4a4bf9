"""scripts/eval_relations.py's measurement of same-matter pairing by similarity of the positions'
words: every two labels whose vectors pass the threshold share one group key, chained."""

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from eval_relations import _joined_by_similarity  # noqa: E402

# invented labels on unit vectors: two wordings of one dispute close together, a third wording
# near the second only, and an unrelated matter
VECTORS = {
    "dog whistle": np.array([1.0, 0.0, 0.0]),
    "howl of wolves": np.array([0.8, 0.6, 0.0]),
    "coded appeal": np.array([0.28, 0.96, 0.0]),
    "tuition fees": np.array([0.0, 0.0, 1.0]),
}


@pytest.mark.parametrize("threshold, expected", [
    (0.99, ["a", "b", "c", "d"]),  # nothing close enough: the keys stay
    (0.75, ["a", "a", "a", "d"]),  # dog ~ howl (0.80), howl ~ coded (0.80): one chain
    (0.85, ["a", "b", "c", "d"]),
    (0.20, ["a", "a", "a", "d"]),  # the unrelated matter never joins (cosine 0)
])
def test_labels_joined_by_similarity(threshold, expected):
    labels = list(VECTORS)
    got = _joined_by_similarity(labels, ["a", "b", "c", "d"], (VECTORS.__getitem__, threshold))
    assert got == expected


def test_labels_sharing_a_key_stay_together():
    labels = ["dog whistle", "tuition fees", "howl of wolves"]
    got = _joined_by_similarity(labels, ["a", "b", "a"], (VECTORS.__getitem__, 0.99))
    assert got == ["a", "b", "a"]
