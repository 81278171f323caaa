"""Indexing: embeddings, the Chroma index and its snapshot, stored page texts, hybrid retrieval, the run lock."""
