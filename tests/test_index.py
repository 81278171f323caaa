"""The real embedded Chroma index: content-hash reuse, replacement of changed files, hybrid retrieval."""

import numpy as np

from rfp_analyzer.index.chroma import ProposalIndex, embedding_text
from rfp_analyzer.index.retrieve import Retriever
from rfp_analyzer.ingest.chunk import make_chunks, vendor_sentences

from .conftest import source_from_pages

ALPHA = ["1. Security\nWe hold ISO 27001 certification and a SOC 2 Type II report for all three sites.",
         "2. Pricing\nThe hourly rate is USD 31 per productive hour, fixed for the term."]
BETA = ["1. Coverage\nAgents are available 24/7/365 in English and Spanish from two sites.",
        "2. Terms\nThe contract renews automatically unless notice is given 90 days before expiry."]


def _chunks(vendor, pages):
    source = source_from_pages(f"{vendor}.pdf", pages)
    return make_chunks(vendor, source, vendor_sentences(vendor, [source])), source


def test_second_run_embeds_nothing_and_changed_file_replaces_its_chunks(tmp_path):
    chunks, source = _chunks("alpha", ALPHA)
    index = ProposalIndex(tmp_path / "idx")
    assert len(index.missing(chunks)) == len(chunks)
    index.add(index.missing(chunks))
    reopened = ProposalIndex(tmp_path / "idx")  # a new process would do exactly this
    assert reopened.missing(chunks) == [] and reopened.count() == len(chunks)

    changed, changed_source = _chunks("alpha", [ALPHA[0], ALPHA[1].replace("USD 31", "USD 35")])
    assert changed_source.sha256 != source.sha256
    assert reopened.drop_stale("alpha", "alpha.pdf", changed_source.sha256) == len(chunks)
    reopened.add(reopened.missing(changed))
    stored = reopened.chunks(["alpha"])
    assert {c.file_sha256 for c in stored} == {changed_source.sha256}
    assert any("USD 35" in c.text for c in stored) and not any("USD 31" in c.text for c in stored)


def test_stored_chunks_keep_page_provenance(tmp_path):
    chunks, _ = _chunks("alpha", ALPHA)
    index = ProposalIndex(tmp_path / "idx")
    index.add(chunks)
    by_id = {c.id: c for c in index.chunks()}
    for chunk in chunks:
        assert by_id[chunk.id] == chunk


def test_hybrid_retrieval_is_filtered_per_vendor(tmp_path):
    alpha, _ = _chunks("alpha", ALPHA)
    beta, _ = _chunks("beta", BETA)
    index = ProposalIndex(tmp_path / "idx")
    index.add(alpha + beta)
    retriever = Retriever(index, alpha + beta)
    hits = retriever.search("beta", ["automatic renewal notice period"], k=2)
    assert hits and all(c.vendor == "beta" for c in hits)
    assert "renews automatically" in hits[0].text and hits[0].page == 2
    # Paraphrase with no shared keyword still finds the passage through the vectors.
    hits = retriever.search("alpha", ["information security audit attestation"], k=1)
    assert "ISO 27001" in hits[0].text
    assert retriever.search("nobody", ["anything"]) == []


def test_a_text_already_embedded_is_copied_not_embedded_again(tmp_path):
    index = ProposalIndex(tmp_path / "idx")
    v1, _ = _chunks("alpha", ALPHA)
    assert index.add(v1) == 0
    # A resent file with one page changed, and another vendor using the same boilerplate page.
    v2, _ = _chunks("alpha", [ALPHA[0], ALPHA[1].replace("USD 31", "USD 35")])
    copy, _ = _chunks("gamma", [ALPHA[0]])
    todo = index.missing(v2 + copy)
    unchanged = [c for c in todo if "ISO 27001" in c.text]
    assert len(unchanged) == 2 and index.add(todo) == len(unchanged)
    stored = index.collection.get(ids=[c.id for c in unchanged], include=["embeddings"])
    vectors = dict(zip(stored["ids"], stored["embeddings"]))
    fresh = index.embedder.embed([embedding_text(c) for c in unchanged])
    assert np.allclose(np.stack([vectors[c.id] for c in unchanged]), fresh, atol=1e-5)
