"""Judging: the checklists, the `Judge` protocol, the rules judge and the LLM judge."""
