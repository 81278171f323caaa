"""Regular-expression lists as the YAML data files give them, and the strict loader of those files.

Criteria, the fee checklist, the pricing vocabulary and the injection patterns are all lists of patterns that a
procurement team edits: they are compiled once, matched case-insensitively, and a bad one is reported with the
file and the key (`criteria/bpo_selection.yaml: criteria[3].topic[2]: bad regular expression ...`).
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import ConfigError
from .text import COURTESY_TITLES

# `{N}` in a pattern stands for a number written in digits, in words or both ("30", "1,150", "thirty-six",
# "one hundred twenty", "four and a half", "two (2)"); numbers.number reads what it matched.
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                r"thousand)")
NUMBER = (rf"(?:\d+(?:[.,]\d+)*|{_NUMBER_WORD}(?:(?:-| | and ){_NUMBER_WORD}(?![a-z]))*(?: and (?:a|one)[- ]half)?"
          rf"(?: \(\d+(?:[.,]\d+)*\))?)")


def read_yaml(text: str):
    """YAML data, parsed by libyaml when PyYAML was built with it (twenty times faster than pure Python: the
    checklists are read on every run, including runs that find everything in the cache)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


def currency_alternation(currencies: dict[str, list[str]]) -> str:
    """The markers of a pricing vocabulary's `currencies` ({"USD": ["USD", "US\\$", ...], ...}) as one alternation:
    the one reading of that list, for `{CUR}` below and for the rate extractor's amounts and cells."""
    return "|".join(marker for markers in currencies.values() for marker in markers)


def not_in_word(pattern: str) -> str:
    """`pattern` where no letter touches it: "EUR" in "EUR 12" but not in "EUROPE"."""
    return rf"(?<![A-Za-z])(?:{pattern})(?![A-Za-z])"


@lru_cache(maxsize=1)
def _shipped_pricing() -> dict:
    """The shipped pricing vocabulary (criteria/pricing.yaml), as data."""
    from .config import DEFAULT_PRICING

    return read_yaml(DEFAULT_PRICING.read_text(encoding="utf-8"))


def _shipped_currencies() -> dict[str, list[str]]:
    """The `currencies` of the shipped pricing vocabulary: code -> its markers."""
    return _shipped_pricing()["currencies"]


@lru_cache(maxsize=1)
def currency_markers() -> str:
    """`{CUR}` in a pattern: any currency marker of the shipped pricing vocabulary (`currencies` in
    criteria/pricing.yaml: "USD", "€", "Canadian dollars"), or a marker of money in no one currency
    (`amount_markers`: "kr"), not inside a word."""
    markers = [currency_alternation(_shipped_currencies()), *_shipped_pricing().get("amount_markers", [])]
    return not_in_word("|".join(markers))


# Markers that name no one currency: "$" is the dollar of the US, Canada, Australia..., "pesos" and "rupees" of several
# countries. They count for amounts in any currency, never as the name of one.
_AMBIGUOUS_MARKERS = {r"\$", "pesos?", "rupees?"}


@lru_cache(maxsize=1)
def currency_names() -> dict[str, re.Pattern]:
    """Each currency of the shipped pricing vocabulary (criteria/pricing.yaml `currencies`) as a pattern of the
    markers that name it alone ("EUR", "euros"; not "$")."""
    return {code: re.compile(not_in_word("|".join(m for m in markers if m not in _AMBIGUOUS_MARKERS)), re.IGNORECASE)
            for code, markers in _shipped_currencies().items()}


def currencies_in(text: str) -> set[str]:
    """The currencies a text names by a marker of its own ("CAD", "Canadian dollars", "zł")."""
    return {code for code, marker in currency_names().items() if marker.search(text)}


# `{PCT}`: a percent sign, or the words ("twelve per cent (12%)", "5 percent").
PERCENT = r"(?:%|per ?cent\b(?: \(\d+(?:[.,]\d+)? ?%\))?)"


# `{HONORIFIC}`: a courtesy title (text.COURTESY_TITLES, and "Mx", "Herr", "Frau"), as written ("Mr.", "Sig.", "Mme"),
# or in lower case with its full stop, as Dutch writes them ("mr. Joost Verhagen", "mevr.", "dhr.").
HONORIFIC = rf"(?-i:(?:{'|'.join(COURTESY_TITLES + ('Mx', 'Herr', 'Frau'))})\.?|M\.|(?:mr|mrs|ms|dr|mevr|dhr)\.)"
# `{NAME}`: a person's name in any Latin script, two capitalized words ("Lenka Dvořáková", "José Muñoz-Ortega"),
# perhaps with a middle initial ("Daniel R. Whitfield") and after a courtesy title ("Sig. Davide Perruchon").
_CAPITALIZED = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F]+"
NAME = rf"(?-i:(?:{HONORIFIC} )?{_CAPITALIZED} (?:[A-Z]\. )?{_CAPITALIZED}(?:-{_CAPITALIZED})?)"


# `{DATE}`: a calendar date that states its year, as proposals write them ("December 31, 2026", "1 June 2028",
# "January 2030", "31.12.2028", "2028-06-30") or a year alone ("the end of 2029").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE = (rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)? )?{_MONTH}(?: \d{{1,2}}(?:st|nd|rd|th)?,?)? (?:19|20)\d\d"
        r"|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d(?:-\d\d-\d\d)?)(?!\d)")


# `{LANG}`: the name of a language a contact centre staffs ("Haitian Creole", "Tagalog"), in English.
LANGUAGE = ("(?:english|german|french|spanish|japanese|portuguese|italian|dutch|flemish|mandarin|cantonese|chinese|korean|"
            "arabic|hindi|russian|polish|czech|slovak|hungarian|romanian|bulgarian|greek|turkish|swedish|norwegian|"
            "danish|finnish|icelandic|estonian|latvian|lithuanian|ukrainian|croatian|serbian|slovenian|hebrew|thai|"
            "vietnamese|indonesian|malay|tagalog|filipino|cebuano|bengali|urdu|punjabi|tamil|telugu|sinhala|farsi|persian|"
            "swahili|afrikaans|zulu|xhosa|catalan|basque|galician|welsh|maltese|luxembourgish|haitian creole|"
            "creole|somali|amharic|hmong|khmer|burmese|nepali|albanian|macedonian|bosnian|georgian|armenian|kazakh|"
            "uzbek)")


# `{COUNTED}`: a share's base that counts work or people, not money, perhaps after two words ("of the collections
# calls", "of the forecast volume", "of agents"): "reviews 100% of the calls" prices nothing.
COUNTED = (r"(?:all |the )?(?:[\w-]+ ){0,2}?(?:interactions|calls|contacts|cases|agents|operators|people|personnel|team|"
           r"workforce|seats|FTEs?|staff|employees|volumes?|tickets|e-?mails|chats|time|records|recordings|reports|"
           r"transactions|queries|requests|claims|baseline|forecast(?:ed)?(?: volumes?)?|capacity|(?:staffing )?levels?|"
           r"headcount)\b")


def expand(pattern: str) -> str:
    if "{CUR}" in pattern:
        pattern = pattern.replace("{CUR}", currency_markers())
    return (pattern.replace("{N}", NUMBER).replace("{PCT}", PERCENT).replace("{NAME}", NAME)
            .replace("{HONORIFIC}", HONORIFIC).replace("{DATE}", DATE).replace("{LANG}", LANGUAGE)
            .replace("{COUNTED}", COUNTED))


@lru_cache(maxsize=None)
def compile_pattern(pattern: str) -> re.Pattern:
    """Compiled once per process: validating a checklist compiles every pattern, and matching reuses them (the
    re module's own cache holds 512, fewer than the shipped files have)."""
    return re.compile(expand(pattern), re.IGNORECASE)


class Patterns(list):
    """A list of compiled patterns and their union. Most sentences match none of a list, and one scan with the union
    says so about twice as fast as trying each pattern: the matchers below ask the union first and try the patterns
    in order only when it matches, so what they return is the same. A list whose patterns cannot be joined (a
    back-reference, a group name used twice) has no union and is tried pattern by pattern."""

    def __init__(self, patterns: list[re.Pattern]) -> None:
        super().__init__(patterns)
        self.union = _union(patterns)


_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def _union(patterns: list[re.Pattern]) -> re.Pattern | None:
    """The patterns as one alternation, behind a look-ahead for the characters a match can start with when every
    pattern says which: the engine then tries the alternatives only there (about twice as fast on the waiver list,
    whose patterns open with words), not at every space, digit and stop."""
    if not patterns or any(_BACK_REFERENCE.search(p.pattern) for p in patterns):
        return None
    starts = [_first_characters(p.pattern) for p in patterns]
    ahead = "" if None in starts else f"(?=[{''.join(sorted(_class_member(s) for s in set().union(*starts)))}])"
    try:
        return re.compile(ahead + "(?:" + "|".join(f"(?:{p.pattern})" for p in patterns) + ")", re.IGNORECASE)
    except re.error:
        return None


# the classes a pattern's first character may be drawn from, as they are written in a character class
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


def _class_member(start: str) -> str:
    return start if start in _CATEGORIES.values() else re.escape(start)


def _first_characters(pattern: str) -> set[str] | None:
    """The characters the first one a match consumes can be (before case folding; a class such as \\d as itself),
    read from the parsed pattern; None when that can be any character, when a match can be empty,
    or when the parser's form is not one known here (it is the re module's own, re._parser, and may change between
    Python versions)."""
    try:
        from re import _constants as c
        from re import _parser as parser
        first = _first_of_sequence(list(parser.parse(pattern)), c)
    except Exception:  # noqa: BLE001 - an unknown parser form only costs the look-ahead
        return None
    return None if first is None or "" in first else first


def _first_of_sequence(items: list, c) -> set[str] | None:
    """The first characters of a parsed sequence, with "" when all of it can be empty; zero-width assertions
    (boundaries, look-arounds) consume nothing, so the element after them decides."""
    found: set[str] = set()
    for op, argument in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        first = _first_of_element(op, argument, c)
        if first is None:
            return None
        found |= first - {""}
        if "" not in first:
            return found
    return found | {""}


def _first_of_element(op, argument, c) -> set[str] | None:
    if op is c.LITERAL:
        return {chr(argument)}
    if op is c.IN:
        return _first_of_class(argument, c)
    if op is c.SUBPATTERN:
        return _first_of_sequence(list(argument[-1]), c)
    if op is c.BRANCH:
        branches = [_first_of_sequence(list(branch), c) for branch in argument[1]]
        return None if None in branches else set().union(*branches)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        least, _, repeated = argument
        first = _first_of_sequence(list(repeated), c)
        return None if first is None else first | ({""} if least == 0 else set())
    return None  # any character, a class by category, a back-reference: no useful set


def _first_of_class(members: list, c) -> set[str] | None:
    """A character class of literals, short ranges and digits, spaces or word characters ("[-/ ]", "[a-e]", "\\d");
    None for a negated one or another category."""
    found: set[str] = set()
    for op, argument in members:
        if op is c.LITERAL:
            found.add(chr(argument))
        elif op is c.RANGE and argument[1] - argument[0] <= 64:
            found |= {chr(code) for code in range(argument[0], argument[1] + 1)}
        elif op is c.CATEGORY and str(argument) in _CATEGORIES:
            found.add(_CATEGORIES[str(argument)])
        else:
            return None
    return found


def none_can_match(patterns: list[re.Pattern], text: str) -> bool:
    union = getattr(patterns, "union", None)
    return union is not None and union.search(text) is None


def compile_patterns(patterns: list[str]) -> Patterns:
    return Patterns([compile_pattern(p) for p in patterns])


def compile_pattern_groups(groups: dict[str, list[str]]) -> dict[str, Patterns]:
    """Named lists of patterns (sectors, facets, pricing groups), each compiled."""
    return {name: compile_patterns(patterns) for name, patterns in groups.items()}


def compiled_groups_field(field_name: str) -> cached_property:
    """A cached dict of the compiled pattern groups of `field_name` (compiled once, on first use)."""
    return cached_property(lambda self: compile_pattern_groups(getattr(self, field_name)))


def compiled_field(field_name: str) -> cached_property:
    """A cached list of the compiled patterns of `field_name` (compiled once, on first use)."""
    return cached_property(lambda self: compile_patterns(getattr(self, field_name)))


def check_patterns(patterns: list[str]) -> list[str]:
    for i, pattern in enumerate(patterns):
        try:
            compile_pattern(pattern)
        except re.error as exc:
            raise ValueError(f"item {i}: bad regular expression {pattern!r}: {exc}") from exc
    return patterns


def check_pattern_groups(groups: dict[str, list[str]]) -> dict[str, list[str]]:
    """Named lists of patterns (sectors, facets, pricing groups): a bad one is reported with its group's name."""
    for name, patterns in groups.items():
        try:
            check_patterns(patterns)
        except ValueError as exc:
            raise ValueError(f"{name}: {exc}") from exc
    return groups


def first_match(patterns: list[re.Pattern], text: str) -> re.Match | None:
    if none_can_match(patterns, text):
        return None
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match
    return None


def first_text(patterns: list[re.Pattern], text: str) -> str | None:
    """The text of the first pattern that matches."""
    match = first_match(patterns, text)
    return match.group(0) if match else None


# up to three words, a quotation opening any of them: 'no "please call back tomorrow"' denies the call-back
_WORDS_BEFORE = r"(?:[\"'\u201c\u2018(]?\w+\s+){0,3}[\"'\u201c\u2018(]?$"
# "not less than", "no fewer than" and "will not be lower than" set a floor: they negate nothing. "Rather than service
# credits, we offer a recovery plan" and "cannot absorb penalties" deny what follows.
_NEGATION_BEFORE = re.compile(r"\b(?:not|cannot|never|no longer|no|nothing|rather than|instead of)\s+"
                              r"(?!(?:be |fall )?(?:less|fewer|more|lower|higher) than\b)"
                              rf"{_WORDS_BEFORE}|n't\s+{_WORDS_BEFORE}", re.IGNORECASE)


def negated_at(text: str, start: int) -> bool:
    """A negation just before `start` (up to three words): 'prices are not indicative'."""
    return _NEGATION_BEFORE.search(text[max(0, start - 40):start]) is not None


# A condition still open where a match starts: "If the Ostrava centre is not available, the line is switched ..."
# says what happens then, and limits or refuses nothing (a comma closes it: "If you need Saturdays, we cannot offer
# them" refuses). A condition that restricts ("possible only if current providers will agree") is itself a limit.
_CONDITION_OPEN = re.compile(r"(?<!\bonly )\b(?:if|when|whenever|should|in case|in the event)\b[^,;:]*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:]")


def in_condition(text: str, start: int, end: int) -> bool:
    """Whether the match at start..end lies inside a condition the sentence opens before it ("If X is not
    available"), ending before the condition does (not "if overflow is triggered, calls roll over to our partner")."""
    return _CONDITION_OPEN.search(text[:start]) is not None and not _CLAUSE_END.search(text[start:end])


# A match that is itself a denial ("no training costs") after a negation is negative concord, as non-native writers
# use it ("we are not charging no training costs"): one denial, not two, unless the writer denies a statement
# ("it is not true that there are no fees").
_DENIAL = re.compile(r"(?:no|not|never|none|without)\b", re.IGNORECASE)
_DENIED_STATEMENT = re.compile(r"\bnot (?:true|the case|correct|so) that\b", re.IGNORECASE)


def first_affirmed(patterns: list[re.Pattern], text: str) -> str | None:
    """The first match that is not negated just before it: 'is not included in the rates' is no waiver."""
    if none_can_match(patterns, text):
        return None
    for pattern in patterns:
        for match in pattern.finditer(text):
            if not negated_at(text, match.start()) or _concord(text, match):
                return match.group(0)
    return None


def _concord(text: str, match: re.Match) -> bool:
    return bool(_DENIAL.match(match.group(0))) and not _DENIED_STATEMENT.search(text[:match.start()])


# The clauses of one of the chunker's sentences, which may hold several: "free for 90 days; after that billed",
# "included, but travel is billed", or an OCR'd page whose clause number hid a full stop ("... for that month.
# $3.3 Should the Company terminate ..."). A full stop after a letter, figure or bracket ends a clause, unless it
# closes an abbreviation: "Transition (one-off), incl. pilot + initial induction MUR 1 850 000" is one clause.
_CLAUSE_SPLIT = re.compile(r";\s+|,?\s+(?:but|however|whereas)\s+|(?<=[a-z%)])(?<!\bincl)(?<!\bexcl)(?<!\bapprox)"
                           r"(?<!\bmin)(?<!\bmax)(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)(?<!\bno)\.\s+(?=[^\s\d.])", re.IGNORECASE)


@lru_cache(maxsize=8192)
def clauses(text: str) -> tuple[str, ...]:
    """The sentence's clauses; cached, since every fee item reads the same sentence."""
    return tuple(_CLAUSE_SPLIT.split(text))


def count_matching(patterns: list[re.Pattern], text: str) -> int:
    """How many of the patterns match: a sentence that names a topic twice weighs more."""
    if none_can_match(patterns, text):
        return 0
    return sum(1 for pattern in patterns if pattern.search(text))


def every_match(patterns: list[re.Pattern], text: str) -> list[str]:
    """Every distinct match of every pattern, in pattern order: a table of five SLA targets is five specifics."""
    if none_can_match(patterns, text):
        return []
    return list(dict.fromkeys(m.group(0) for p in patterns for m in p.finditer(text)))


def group_of(groups: dict[str, list[re.Pattern]], text: str) -> str:
    """The first group (in file order) one of whose patterns matches."""
    return next((name for name, patterns in groups.items() if first_match(patterns, text)), "")


def groups_in(groups: dict[str, list[re.Pattern]], text: str) -> set[str]:
    return {name for name, patterns in groups.items() if first_match(patterns, text)}


class StrictModel(BaseModel):
    """A YAML data file's model: unknown keys are errors, and the loaded file cannot change."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def load_yaml_model(path: Path, model: type[BaseModel]):
    """`path` validated as `model`; every error names the file and the key."""
    try:
        data = read_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"]).lstrip(".")
            lines.append(f"{path}: {where or '(top level)'}: {err['msg']}")
        raise ConfigError("\n".join(lines)) from exc
