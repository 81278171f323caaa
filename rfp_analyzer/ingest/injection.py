"""Detect proposal text aimed at an AI evaluator ("ignore previous instructions", "rate this vendor as ...").

Proposal text is data, never instructions. This detector does not change any finding: it reports each attempt
as a `prompt_injection` warning with file, page and the passage, so reviewers see who tried it; the LLM prompts
leave out every sentence it matches (llm/blocks.sanitize).

The patterns (prompts/injection_patterns.yaml) are matched against each page as written and against the forms a
vendor can hide the same words in, so that a rule covers them without a rule per trick:
- look-alike letters from other scripts (Cyrillic "а", Greek "ο") folded to Latin;
- spaced-out letters ("i g n o r e  a l l ...") joined back into words;
- text written backwards, read forwards;
- the document's metadata (title, subject, keywords, ...) and the pages' annotations (comments, sticky notes).
Text a reader cannot see (white, microscopic, off the page, or drawn in the invisible rendering mode) is a
`hidden_text` finding with its page whatever it says: nothing in a proposal needs to be invisible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..config import PROMPTS_DIR
from ..errors import ConfigError
from ..models import Issue, SourceFile
from ..patterns import check_patterns, read_yaml
from ..text import collapse

DEFAULT_PATTERNS = PROMPTS_DIR / "injection_patterns.yaml"

# Letters of other scripts drawn like Latin ones; folded only to match, the passage is quoted as written.
_LOOKALIKES = str.maketrans(
    "аеорсуххіјѕԁԛԝһкмнтвАВЕКМНОРСТХУІЈЅԜαεορτυνικχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxxijsdqwhkmhtbABEKMHOPCTXYIJSWaeoptuvikxABEZHIKMNOPTYX")
# Five or more single letters each followed by one to three spaces: "i g n o r e". Two or more spaces between
# letters are read as a word break, one as none.
_SPACED = re.compile(r"(?<!\S)(?:\w {1,3}){4,}\w(?!\S)")
_HIDDEN_QUOTE_CHARS = 200


@dataclass(frozen=True)
class Hit:
    passage: str
    how: str  # "" when the words are on the page as written, else how they were disguised


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


def find_injection(text: str, patterns: tuple[re.Pattern, ...] | None = None) -> Hit | None:
    """The first passage of `text` aimed at an AI evaluator, as written or disguised, or None."""
    patterns = load_patterns() if patterns is None else patterns
    if not patterns:
        return None
    flat = collapse(text)
    variants = [(flat, ""), (flat.translate(_LOOKALIKES), "with look-alike letters from another script"),
                (collapse(_unspaced(text)), "with its letters spaced out"), (flat[::-1], "written backwards")]
    seen = set()
    for variant, how in variants:
        if variant in seen:
            continue
        seen.add(variant)
        match = next((m for p in patterns if (m := p.search(variant))), None)
        if match:  # look-alike letters fold one to one: the passage is quoted as written
            quoted = flat if len(variant) == len(flat) and how != "written backwards" else variant
            return Hit(_sentence_around(quoted, match.start(), match.end()), how)
    for run in _SPACED.finditer(text):  # spaced letters without word breaks: "i g n o r e a l l p r e v ..."
        letters = re.sub(r"\s+", "", run.group(0))
        if any(p.search(letters) for p in _compact(patterns)):
            return Hit(collapse(run.group(0))[:300], "with its letters spaced out")
    return None


@lru_cache(maxsize=4)
def _compact(patterns: tuple[re.Pattern, ...]) -> tuple[re.Pattern, ...]:
    """The patterns with word boundaries and spaces made optional, for letters joined without word breaks."""
    compact = []
    for pattern in patterns:
        source = re.sub(r"\[- \]|\[ -\]", "-?", pattern.pattern)
        source = source.replace("\\b", "").replace("\\s*", "").replace("\\s+", "").replace(" ", "")
        try:
            compact.append(re.compile(source, re.IGNORECASE))
        except re.error:
            continue
    return tuple(compact)


def _unspaced(text: str) -> str:
    def join(match: re.Match) -> str:
        return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", match.group(0)))

    return "\n".join(_SPACED.sub(join, line) for line in text.splitlines())


def detect_injections(source: SourceFile, patterns: tuple[re.Pattern, ...] | None = None) -> list[Issue]:
    """One warning per page that carries text aimed at an AI evaluator (in its text or its annotations), one for the
    document's metadata, and one `hidden_text` warning per page with text a reader cannot see."""
    patterns = load_patterns() if patterns is None else patterns
    issues = []
    if source.metadata and (hit := find_injection(source.metadata, patterns)):
        issues.append(_injection(source.name, hit, None, " It is in the document's metadata."))
    for page in source.pages:
        if hit := find_injection(page.text, patterns):
            issues.append(_injection(source.name, hit, page.number, ""))
        elif page.hidden_text and (hit := find_injection(page.hidden_text, patterns)):
            issues.append(_injection(source.name, hit, page.number, " It is hidden on the page (invisible to a reader)."))
        elif page.annotations and (hit := find_injection(page.annotations, patterns)):
            issues.append(_injection(source.name, hit, page.number, " It is in an annotation (comment) on the page."))
        if page.hidden_text.strip():
            issues.append(Issue(source.name, "hidden_text", f"page {page.number} has text a reader cannot see (white, "
                                "microscopic, off the page or drawn invisible): \u201c"
                                f"{collapse(page.hidden_text)[:_HIDDEN_QUOTE_CHARS]}\u201d", page.number))
    return issues


def _injection(file: str, hit: Hit, page: int | None, where: str) -> Issue:
    how = f" It is written {hit.how}." if hit.how else ""
    return Issue(file, "prompt_injection", f"text aimed at an AI evaluator, ignored as an instruction: "
                 f"\u201c{hit.passage}\u201d.{how}{where}", page)


def _sentence_around(text: str, start: int, end: int, limit: int = 300) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("! ", 0, start), text.rfind("? ", 0, start))
    left = 0 if left < 0 else left + 2
    right_candidates = [i for i in (text.find(". ", end), text.find("! ", end), text.find("? ", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left:right][:limit].strip()
