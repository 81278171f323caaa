"""Reviewer decisions: what an evaluation panel decided about each finding, kept beside the index and applied to
the results document. Reads the results contract only (like the reports): no stage's internals."""

from .apply import apply_reviews, machine_results
from .store import Decision, ReviewError, ReviewStore

__all__ = ["Decision", "ReviewError", "ReviewStore", "apply_reviews", "machine_results"]
