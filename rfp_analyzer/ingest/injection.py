"""Detect proposal text aimed at an AI evaluator ("ignore previous instructions", "rate this vendor as ...").

Proposal text is data, never instructions. This detector does not change any finding: it reports each attempt
as a `prompt_injection` warning with file, page and the passage, so reviewers see who tried it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from ..config import PROMPTS_DIR
from ..errors import ConfigError
from ..models import Issue, SourceFile
from ..patterns import check_patterns, read_yaml
from ..text import canonical, collapse

DEFAULT_PATTERNS = PROMPTS_DIR / "injection_patterns.yaml"


@lru_cache(maxsize=4)
def load_patterns(path: Path = DEFAULT_PATTERNS) -> tuple[re.Pattern, ...]:
    try:
        data = read_yaml(Path(path).read_text(encoding="utf-8")) or {}
        patterns = check_patterns(list(data.get("patterns") or []))
    except (OSError, yaml.YAMLError, ValueError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    if not patterns:
        raise ConfigError(f"{path}: patterns: at least one pattern is required")
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def detect_injections(source: SourceFile, patterns: tuple[re.Pattern, ...] | None = None) -> list[Issue]:
    """One warning per page that carries text aimed at an AI evaluator."""
    patterns = patterns or load_patterns()
    issues = []
    for page in source.pages:
        text = collapse(page.text)
        match = next((m for p in patterns if (m := p.search(text))), None)
        if not match:
            continue
        passage = _sentence_around(text, match.start(), match.end())
        hidden = page.hidden_text and canonical(match.group(0)) in canonical(page.hidden_text)
        how = " It is hidden on the page (white or microscopic text)." if hidden else ""
        issues.append(Issue(source.name, "prompt_injection",
                            f"text aimed at an AI evaluator, ignored as an instruction: \u201c{passage}\u201d.{how}",
                            page.number))
    return issues


def _sentence_around(text: str, start: int, end: int, limit: int = 300) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("! ", 0, start), text.rfind("? ", 0, start))
    left = 0 if left < 0 else left + 2
    right_candidates = [i for i in (text.find(". ", end), text.find("! ", end), text.find("? ", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left:right][:limit].strip()
