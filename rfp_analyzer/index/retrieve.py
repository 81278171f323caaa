"""Hybrid retrieval per vendor: BM25 (exact terms: 'SOC 2', 'take-or-pay') and vectors (paraphrase), fused by
reciprocal rank fusion so neither scale has to be calibrated against the other."""

from __future__ import annotations

import math
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Protocol

import numpy as np
import Stemmer

from ..models import Chunk, SourceFile
from .embed import LocalMiniLM
from .records import embedding_text

RRF_K = 60  # the usual constant: damps the weight of the very first ranks
_STEMMER = Stemmer.Stemmer("english")
_STEMMER_LOCK = threading.Lock()  # PyStemmer objects are not thread-safe; the LLM judge searches from threads


_TOKEN = re.compile(r"(?u)\b\w\w+\b")
# Lucene's English stop words: too common to rank by. "no" and "not" are among them; negation is the judge's job.
STOPWORDS = frozenset("a an and are as at be but by for if in into is it no not of on or such that the their then "
                      "there these they this to was will with".split())


def stem_words(words: list[str]) -> list[str]:
    with _STEMMER_LOCK:
        return _STEMMER.stemWords(words)


def bm25_tokens(text: str) -> list[str]:
    return stem_words([w for w in _TOKEN.findall(text.lower()) if w not in STOPWORDS])


class BM25:
    """Okapi BM25 with Lucene's idf over one vendor's chunks: a few hundred documents, so a dictionary of postings
    is fast, and it spares `ask` the half second a BM25 library takes to import."""

    K1, B = 1.5, 0.75

    def __init__(self, documents: list[list[str]]) -> None:
        self.size = len(documents)
        self.lengths = np.array([len(d) for d in documents], dtype=np.float32)
        self.average = float(self.lengths.mean()) if self.size else 0.0
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for number, tokens in enumerate(documents):
            for term, count in Counter(tokens).items():
                self.postings[term].append((number, count))

    def top(self, query: list[str], k: int) -> list[int]:
        """Indices of the k best-scoring documents with a score above zero, best first."""
        scores = np.zeros(self.size, dtype=np.float32)
        for term in set(query):
            posting = self.postings.get(term, [])
            idf = math.log(1 + (self.size - len(posting) + 0.5) / (len(posting) + 0.5))
            for number, count in posting:
                norm = self.K1 * (1 - self.B + self.B * self.lengths[number] / max(self.average, 1e-9))
                scores[number] += idf * count * (self.K1 + 1) / (count + norm)
        best = np.argsort(-scores, kind="stable")[:k]
        return [int(i) for i in best if scores[i] > 0]


class VectorStore(Protocol):
    """A store of embedded chunks: the Chroma index (`chroma.py`) or its snapshot (`snapshot.py`)."""

    embedder: LocalMiniLM

    def nearest(self, vendor: str, vector: np.ndarray, k: int) -> list[str]: ...

    def vectors(self, ids: list[str]) -> np.ndarray: ...

    def chunks(self, vendors: Iterable[str] | None = None) -> list[Chunk]: ...

    def stored_sources(self, chunks: list[Chunk]) -> list[SourceFile]: ...


class Retriever:
    def __init__(self, index: VectorStore, chunks: list[Chunk]) -> None:
        self.index = index
        self.by_id = {c.id: c for c in chunks}
        self._bm25: dict[str, tuple[BM25, list[str]]] = {}
        by_vendor: dict[str, list[Chunk]] = defaultdict(list)
        for chunk in chunks:
            by_vendor[chunk.vendor].append(chunk)
        for vendor, own in by_vendor.items():
            self._bm25[vendor] = (BM25([bm25_tokens(embedding_text(c)) for c in own]), [c.id for c in own])
        self._vectors: dict[str, np.ndarray] = {}

    def chunks_of(self, vendor: str) -> list[Chunk]:
        return [self.by_id[cid] for cid in self._bm25[vendor][1]] if vendor in self._bm25 else []

    def prepare(self, queries: list[str]) -> None:
        """Embed all queries in one batch up front (much faster than one call per query)."""
        todo = sorted({q for q in queries if q not in self._vectors})
        for query, vector in zip(todo, self.index.embedder.embed(todo)):
            self._vectors[query] = vector

    def remember(self, vectors: dict[str, np.ndarray]) -> None:
        """Queries embedded elsewhere (`ask`'s checklist topics, cached with the index): not embedded again."""
        self._vectors.update(vectors)

    def query_vector(self, query: str) -> np.ndarray:
        self.prepare([query])
        return self._vectors[query]

    def search(self, vendor: str, queries: list[str], k: int = 8) -> list[Chunk]:
        """The vendor's k best chunks for a set of queries (each query ranked by BM25 and by vectors)."""
        if vendor not in self._bm25:
            return []
        self.prepare(queries)
        scores: dict[str, float] = defaultdict(float)
        for query in queries:
            for ranking in (self._bm25_ranking(vendor, query, k * 2), self.index.nearest(
                    vendor, self._vectors[query], min(k * 2, len(self._bm25[vendor][1])))):
                for rank, chunk_id in enumerate(ranking):
                    scores[chunk_id] += 1.0 / (RRF_K + rank + 1)
        best = sorted(scores, key=lambda cid: (-scores[cid], cid))
        return [self.by_id[cid] for cid in best if cid in self.by_id][:k]

    def similarity(self, query: str, chunks: list[Chunk]) -> list[float]:
        """Cosine similarity of each chunk to the query (the vectors are normalized)."""
        self.prepare([query])
        if not chunks:
            return []
        return [float(x) for x in self.index.vectors([c.id for c in chunks]) @ self._vectors[query]]

    def _bm25_ranking(self, vendor: str, query: str, k: int) -> list[str]:
        model, ids = self._bm25[vendor]
        return [ids[i] for i in model.top(bm25_tokens(query), k)]
