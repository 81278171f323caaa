"""rfp-analyzer: evidence-cited gap reports and hidden-fee detection for BPO vendor proposals.

ONNX Runtime (embeddings, OCR) keeps a telemetry device id and event queue under ~/.cache/Microsoft unless
ORT_DISABLE_TELEMETRY is set before it starts: set here, first, so a run leaves no trace outside --out and --index.
"""

import os

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

__version__ = "0.1.0"
