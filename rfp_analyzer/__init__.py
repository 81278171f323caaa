"""rfp-analyzer: evidence-cited gap reports and hidden-fee detection for BPO vendor proposals."""

__version__ = "0.1.0"
