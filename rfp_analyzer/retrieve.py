"""Hybrid retrieval per vendor: BM25 (exact terms: 'SOC 2', 'take-or-pay') and vectors (paraphrase), fused by
reciprocal rank fusion so neither scale has to be calibrated against the other."""

from __future__ import annotations

import threading
from collections import defaultdict

import bm25s
import numpy as np
import Stemmer

from .index import ProposalIndex, embedding_text
from .models import Chunk

RRF_K = 60  # the usual constant: damps the weight of the very first ranks
STEMMER = Stemmer.Stemmer("english")
_STEMMER_LOCK = threading.Lock()  # PyStemmer objects are not thread-safe; the LLM judge searches from threads


def _tokenize(texts: list[str]):
    with _STEMMER_LOCK:
        return bm25s.tokenize(texts, stopwords="en", stemmer=STEMMER, show_progress=False)


class Retriever:
    def __init__(self, index: ProposalIndex, chunks: list[Chunk]) -> None:
        self.index = index
        self.by_id = {c.id: c for c in chunks}
        self._bm25: dict[str, tuple[bm25s.BM25, list[str]]] = {}
        by_vendor: dict[str, list[Chunk]] = defaultdict(list)
        for chunk in chunks:
            by_vendor[chunk.vendor].append(chunk)
        for vendor, own in by_vendor.items():
            model = bm25s.BM25()
            model.index(_tokenize([embedding_text(c) for c in own]), show_progress=False)
            self._bm25[vendor] = (model, [c.id for c in own])
        self._vectors: dict[str, np.ndarray] = {}

    def chunks_of(self, vendor: str) -> list[Chunk]:
        return [self.by_id[cid] for cid in self._bm25[vendor][1]] if vendor in self._bm25 else []

    def prepare(self, queries: list[str]) -> None:
        """Embed all queries in one batch up front (much faster than one call per query)."""
        todo = sorted({q for q in queries if q not in self._vectors})
        for query, vector in zip(todo, self.index.embedder.embed(todo)):
            self._vectors[query] = vector

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

    def _bm25_ranking(self, vendor: str, query: str, k: int) -> list[str]:
        model, ids = self._bm25[vendor]
        tokens = _tokenize([query])
        if not tokens.vocab:
            return []
        try:
            docs, scores = model.retrieve(tokens, k=min(k, len(ids)), show_progress=False)
        except (KeyError, ValueError):  # none of the query's words occurs in this vendor's text
            return []
        return [ids[d] for d, s in zip(docs[0], scores[0]) if s > 0]
