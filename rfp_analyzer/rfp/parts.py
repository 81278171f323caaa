"""What a requirement names and asks for, read from its own words, so the compliance judge can tell a passage about
the requirement from one that merely shares a word with it (judge/compliance.py).

- **Names.** The standards, laws, places and languages a requirement cites are runs of capitalized words, acronyms
  and numbers ("SOC 2 Type II", "Gramm-Leach-Bliley Act (GLBA)", "EU Standard Contractual Clauses", "Japanese").
  Names given as examples in parentheses ("real-time payments (RTP and FedNow)") are none, but one with an
  acronym there is a hint: a passage naming it is about the requirement ("(PCI DSS scope reduction)").
  A name is one unit: "data protection" in a liability clause does not name the "General Data Protection
  Regulation", while "GDPR" (its initials), "SOC Type II" (a middle word left out) and "Interagency Guidelines"
  (its first two words) do. A word that opens the sentence is capitalized by grammar, not a name, unless it is an
  acronym; a single capitalized word is a name only when the RFP never writes it in lower case; a name that more
  than one requirement cites is the buyer's own ("the Bank", "Northwind") and names nothing.
- **Alternatives.** Names joined by "or" ("the United States or the European Union") are one part: either will do,
  also in a comma list an "or" closes ("prices in EUR, GBP, CHF or USD"). Names joined by "and" or commas are parts
  a compliant proposal names each of. A name joined by "or" to a plain word ("native or C1-level speakers", "ISO
  9001 or equivalent") is one way among others: no part, but it shows the topic.
- **Short forms.** A word of a name has the standard short forms criteria/requirements.yaml gives (`short_forms`,
  language codes): "Brazilian PT" names Brazilian Portuguese, "EN" English.
- **Qualifiers and units.** A name followed by a possessive and another name ("Canada's PIPEDA") only qualifies it:
  the law is the part. An acronym right after a figure ("17:00 CET", "50 GB") is the figure's unit, no name.
- **Preferences.** A sentence that only states a preference ("ISO 27001 certification is preferred") asks for
  nothing a proposal must name (criteria/requirements.yaml: `preference`).
- **Conditions.** A clause that only narrows the requirement ("subject to local law", "where personal data is
  accessed from outside the EEA, [the EU Standard Contractual Clauses]") is no part of what every proposal must
  name: its words are left out, with the item a fronted condition governs (criteria/requirements.yaml: `condition`).
- **Marks.** The requirement's own content words (five letters or more, words of names and conditions left out,
  used by at most `shared_by` requirements) and its targets ("95%", "24 hours"): a passage that names a name, or
  two marks (or all the requirement has, when it has fewer), is about the requirement; a hyphenated mark
  ("service-credit") counts as its words, and a plural mark its singular too ("credits": "a credit of 2%").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..patterns import currency_names

# A capitalised word, in any alphabet's letters after its capital: "Ticketbörse" is one name, not "Ticketb".
_TOKEN = r"(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE][^\W_]*(?:[-/][A-Z0-9][^\W_]*)*)"
_RUN = re.compile(rf"{_TOKEN}(?:\s+(?:{_TOKEN}|\d+(?:\.\d+)*\b))*")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*s?")  # two capitals or more: "GLBA", "PCI", "EU", "SCCs"
_SENTENCE_START = re.compile(r"(?:^|[.:;!?]\s+|\(\s*)$")
# "(Ghana queue) or", "certificate or a": names joined by "or", also through the thing each names ("an ISO 27001
# certificate or a SOC 2 Type II report").
_ALTERNATIVE = re.compile(r"^\s*(?:\([^()]*\))?(?:\s+[a-z]{3,})?,?\s+(?:or|and/or|either)\s+(?:the\s+|an?\s+)?$")
# Names in a comma list: alternatives when an "or" closes the list.
_LISTED = re.compile(r"^\s*(?:\([^()]*\))?\s*,\s*(?:the\s+)?$")
_POSSESSIVE = re.compile(r"^['\u2019]s\s+(?=[A-Z])")  # "Japan's APPI": the place qualifies the name after it
_AFTER_FIGURE = re.compile(r"\d[\d:.,]*\s*$")  # "10:00 JST", "40 GB": an acronym after a figure is its unit
# A name joined by "or" to a plain word ("native or C1-level", "ISO 27001 or equivalent"): one way among others.
_OR_PLAIN_WORD = re.compile(r"\b[a-z][a-z-]+\s+or\s+$")
_PLAIN_WORD_OR = re.compile(r"^[\w-]*\s+or\s+(?!(?:an?|the)\s+[A-Z])(?:(?:an?|the)\s+)?[a-z]")
_PAREN_ACRONYM = re.compile(r"^\s*\(([A-Z][A-Z0-9]{1,9})\)")
_WORD = re.compile(r"[a-z][a-z-]{2,}")
# Adverbs of frequency and participles ("weekly", "named", "written"): they modify an item, they are not its kind.
_MODIFIER = re.compile(r"[a-z]{3,}(?:ly|ed)|[a-z]+(?:tten|ven|sen)")
MIN_OWN_WORD = 5
# A target: "95%", "24 hours", "30 minutes", "one hundred and twenty (120) days".
_FIGURE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*\s?%|(?<![\w.,])\d+(?:[.,]\d+)*(?=\)?\s+(?:hours?|minutes?|seconds?|"
                     r"days?|weeks?|months?|years?|business))")
# Long function words, which say nothing about what a requirement asks.
_FUNCTION_WORDS = frozenset("under within including which where their there these those other about after before "
                            "every shall should would could being between through without against during while "
                            "whose whether unless".split())


@dataclass(frozen=True)
class Name:
    """A name the requirement cites, with the forms a vendor writes it in."""

    text: str
    forms: tuple[str, ...]  # regular expressions; initials are matched case-sensitively
    acronyms: tuple[str, ...] = ()  # its acronyms ("PCI", "DSS"; "GLBA" of "Gramm-Leach-Bliley Act (GLBA)")
    lead: str = ""  # the run's first word, even one capitalized by grammar ("Lakeshore" of "Lakeshore Mutual will")
    qualifier: bool = False  # it only qualifies the name after it ("Japan" of "Japan's APPI"): no part to name
    hint: bool = False  # named in parentheses ("(PCI DSS scope reduction)"): shows the topic, no part to name

    def pattern(self) -> re.Pattern:
        return re.compile("|".join(self.forms), re.IGNORECASE)


def strip_conditions(text: str, conditions: list[re.Pattern]) -> str:
    """The requirement without its condition clauses: from a condition word to the next comma, semicolon or end; a
    fronted condition ("and, where X, the Y") takes the item it governs too."""
    for pattern in conditions:
        text = pattern.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def condition_patterns(words: list[str]) -> list[re.Pattern]:
    """`condition` words of the vocabulary as clause patterns: a fronted condition ("..., where X, the Y.") drops X
    and Y, a trailing one (", subject to local law.") drops itself. A condition opening the requirement is kept:
    it is then the requirement's own context."""
    joined = "|".join(f"(?:{w})" for w in words)
    return [re.compile(rf"(?<=\S)\s*(?:\b(?:and|or)\s*)?,\s*(?:{joined})\b[^,;.]*,[^,;.]*", re.IGNORECASE),
            re.compile(rf"(?<=\S)\s*,\s*(?:{joined})\b[^,;.]*", re.IGNORECASE)] if words else []


def _name_forms(tokens: list[str], acronym: str | None, short: dict[str, list[str]]) -> tuple[str, ...]:
    sep = r"[\s/-]*"

    def tok(t: str) -> str:
        # A part after a slash may be left out: "ISO/IEC 27001" is also written "ISO 27001".
        first, *rest = t.split("/")
        written = sep.join(re.escape(p) for p in first.split("-")) + "".join(
            rf"(?:{sep}{sep.join(re.escape(p) for p in part.split('-'))})?" for part in rest)
        codes = short.get(t.lower(), [])
        # A word's standard short form, in capitals ("Brazilian PT" names Brazilian Portuguese), or as a language tag
        # with its region ("es-MX", "pt-BR" name Spanish and Portuguese).
        return f"(?:{written}|{'|'.join(f'(?-i:{re.escape(c)}|{re.escape(c.lower())}-[A-Z]{{2}})' for c in codes)})" \
            if codes else written

    forms = []
    if len(tokens) == 1:
        forms.append(rf"\b{tok(tokens[0])}s?\b")
    else:
        middles = "".join(rf"(?:{sep}{tok(t)})?" for t in tokens[1:-1])
        forms.append(rf"\b{tok(tokens[0])}{middles}{sep}{tok(tokens[-1])}\b")
        if len(tokens) >= 3:
            forms.append(rf"\b{tok(tokens[0])}{sep}{tok(tokens[1])}\b")
    words = [t for t in tokens if not _ACRONYM.fullmatch(t) and not t[0].isdigit()]
    letters = "".join(p[0] for t in words for p in t.split("-") if p)
    for initials in {acronym, letters if len(letters) >= 2 else None} - {None}:
        forms.append(rf"(?-i:\b{re.escape(initials)}s?\b)")
    if len(tokens) == 1 and (plain := re.fullmatch(r"([A-Z]{3,6})s?", tokens[0])):
        # An acronym written out: "Personal Data Protection Act" names PDPA (short words between are skipped), and
        # "Product Quality Complaints" names PQCs.
        forms.append(r"(?-i:\b" + r"[a-z]+\s+(?:[a-z]{1,3}\s+)*".join(plain.group(1)) + r"[a-z]+\b)")
    if len(tokens) == 1 and (currency := currency_names().get(tokens[0])):
        forms.append(currency.pattern)  # a currency code is named by its other markers: "EUR" by "euro", "€"
    return tuple(forms)


def names_in(text: str, lower_words: set[str], short: dict[str, list[str]] | None = None) -> list[list[Name]]:
    """The names `text` cites, grouped: names joined by "or" are one group (either will do). `short` gives words'
    short forms ("portuguese": ["PT"])."""
    groups: list[list[Name]] = []
    last_end = None
    listed: list[int] = []  # where the comma list of names before this one starts
    for match in _RUN.finditer(text):
        tokens = match.group(0).split()
        lead = tokens[0].lower()
        start = match.start()
        if last_end is not None and start < last_end:
            continue  # the acronym in parentheses after a name is that name
        in_parentheses = text[:start].count("(") > text[:start].count(")")
        if _SENTENCE_START.search(text[:start]) and not all(_ACRONYM.fullmatch(p) for p in re.split(r"[-/]", tokens[0])):
            tokens = tokens[1:]  # capitalized by grammar
            if not tokens or tokens[0][0].isdigit():
                continue
        words = [t for t in tokens if not t[0].isdigit()]
        has_acronym = any(_ACRONYM.fullmatch(t) for t in tokens)
        if not has_acronym and len(words) < 2 and words[0].lower() in lower_words:
            continue
        if len(tokens) == 1 and _ACRONYM.fullmatch(tokens[0]) and _AFTER_FIGURE.search(text[:start]):
            continue  # a unit: no part to name
        paren = _PAREN_ACRONYM.match(text[match.end():])
        name = Name(" ".join(tokens), _name_forms(tokens, paren.group(1) if paren else None, short or {}),
                    tuple(t for t in tokens if re.fullmatch(r"[A-Z]{2,8}", t)) + ((paren.group(1),) if paren else ()),
                    lead, qualifier=bool(_POSSESSIVE.match(text[match.end():])))
        if in_parentheses or _OR_PLAIN_WORD.search(text[:start]) or _PLAIN_WORD_OR.match(text[match.end():]):
            # Examples or a gloss in parentheses ("real-time payments (RTP and FedNow)", "(PCI DSS scope
            # reduction)"), or a name offered as one way among others ("native or C1-level speakers", "ISO 27001
            # or equivalent"), are no part to name, but a standard named there tells what a passage is about.
            if has_acronym:
                groups.append([replace(name, hint=True)])
            continue
        if name.qualifier:
            groups.append([name])  # counted as cited (the buyer's own place in several requirements), never a part
            last_end, listed = match.end(), []
            continue
        between = text[last_end:start] if last_end is not None else None
        if groups and between is not None and _ALTERNATIVE.match(between):
            # "A, B, C or D": the whole list is one part, either will do
            start_of_list = listed[0] if listed else len(groups) - 1
            groups[start_of_list:] = [[n for g in groups[start_of_list:] for n in g] + [name]]
            listed = []
        elif groups and between is not None and _LISTED.match(between):
            listed = listed or [len(groups) - 1]
            groups.append([name])
        else:
            listed = []
            groups.append([name])
        last_end = match.end() + (paren.end() if paren else 0)
    return groups


@dataclass
class Parts:
    """One requirement's names (groups of alternatives) and marks."""

    names: list[list[Name]]
    marks: list[re.Pattern]  # own words, one pattern each
    mark_weight: list[int]  # how many words each mark is ("service-credit": 2)
    kinds: list[str] = field(default_factory=list)  # the kinds a listed requirement names ("criminal", "employment")
    hints: list[Name] = field(default_factory=list)  # names in parentheses: about the requirement, not parts of it

    @property
    def name_patterns(self) -> list[re.Pattern]:
        return [n.pattern() for group in self.names for n in group]

    def named(self, text: str) -> bool:
        return any(p.search(text) for p in self.name_patterns + [h.pattern() for h in self.hints])

    def mark_count(self, text: str) -> int:
        return sum(w for p, w in zip(self.marks, self.mark_weight) if p.search(text))

    @property
    def needed(self) -> int:
        """How many marks make a passage about the requirement: two, or all it has (a requirement with no name and
        no mark of its own, "Sanctions alerts, ACH" among many, leaves the judge's reading as it is)."""
        return min(2, sum(self.mark_weight))

    def is_about(self, text: str) -> bool:
        """A passage is about the requirement when it names one of its names, or two of its marks (its own words
        and its figures: "95%", "24 hours")."""
        return self.named(text) or self.mark_count(text) >= self.needed

    def mentions(self, text: str) -> bool:
        """A passage mentions the requirement when it names one of its names or one of its marks."""
        return self.named(text) or self.mark_count(text) >= min(1, self.needed)

    def is_stated_about(self, text: str) -> bool:
        """A shortfall or a refusal is about the requirement when its clause names one of its names (for a
        requirement that cites any: "not included in the monthly rates" is no refusal of a SOC 2 report, though it
        shares "contract signature" with it), else two of its marks (or all it has)."""
        return self.named(text) if self.names or self.hints else self.mark_count(text) >= self.needed

    def names_head(self, text: str) -> bool:
        """Whether the text names the last word of one of the requirement's names ("Portuguese" of "Brazilian
        Portuguese"): the kind of thing the name is, which a passage narrowing it to part of a scope names."""
        heads = {n.text.split()[-1] for g in self.names for n in g if n.text.split()[-1].isalpha()}
        return any(re.search(rf"\b{re.escape(h)}\b", text, re.IGNORECASE) for h in heads)

    def unnamed(self, texts: list[str]) -> list[str]:
        """The name groups no text names: the parts a proposal leaves out."""
        return [" or ".join(n.text for n in group) for group in self.names
                if not any(n.pattern().search(t) for n in group for t in texts)] + [
            k for k in self.kinds if not any(re.search(rf"\b{_flexible(_stem(k))}", t, re.IGNORECASE) for t in texts)]


def _flexible(word: str) -> str:
    return "[- ]?".join(re.escape(part) for part in word.split("-"))


def _singular(word: str) -> str:
    """A mark as the stem its singular shares ("credits", "queues": credit, queue); marks match as prefixes."""
    return word[:-1] if re.search(r"[^su]s$", word) else word


_SUFFIX = re.compile(r"(?:ations?|ions?|ements?|ments?|ed|ing|es|e|s)$")
MIN_STEM = 5


def _stem(word: str) -> str:
    """A mark as the stem its other forms share, when MIN_STEM letters or more are left: "calibration" (calibr-)
    is met by "we calibrate", "completed" (complet-) by "complete", "evaluate" by "evaluation"; "closing" keeps its
    own form. Marks match as prefixes."""
    stem = _SUFFIX.sub("", word)
    return stem if len(stem) >= MIN_STEM and "-" not in word else _singular(word)


def own_words(texts: dict[str, str], shared_by: int) -> dict[str, set[str]]:
    """Each text's content words of MIN_OWN_WORD letters or more that at most `shared_by` of the texts use: what a
    passage restating that text uses ("third-party", "regulators"), not the buyer's vocabulary. Texts that restate
    one another (restatements) count as one: an RFP's overview repeating "Transition must be completed within ninety
    (90) days" takes no word from its requirement R-04."""
    words = {rid: {w.strip("-") for w in _WORD.findall(text.lower())} for rid, text in texts.items()}
    group = restatements(texts)
    spread = Counter(w for members in _members(group).values() for w in set().union(*(words[r] for r in members)))
    return {rid: {w for w in found if spread[w] <= shared_by and len(w) >= MIN_OWN_WORD} for rid, found in words.items()}


RESTATES = 0.7  # a text whose content words are this much another's (of the shorter's) restates it


def restatements(texts: dict[str, str]) -> dict[str, int]:
    """Each text's group: a text whose content words (MIN_OWN_WORD letters or more) are mostly those of an earlier
    one (RESTATES, of the shorter) restates it and joins its group; "Safety-incident triage must run 24 hours a day"
    and "Safety-incident triage must be staffed 24/7/365 in Portuguese, Spanish and English" stay two."""
    content = {rid: {w.strip("-") for w in _WORD.findall(t.lower()) if len(w) >= MIN_OWN_WORD} - _FUNCTION_WORDS
               for rid, t in texts.items()}
    group: dict[str, int] = {}
    for i, rid in enumerate(content):
        group[rid] = next((group[other] for other in list(content)[:i] if _restates(content[rid], content[other])), i)
    return group


def _restates(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= RESTATES


def _members(group: dict[str, int]) -> dict[int, list[str]]:
    members: dict[int, list[str]] = {}
    for rid, g in group.items():
        members.setdefault(g, []).append(rid)
    return members


# A head ending in a participle or a predicate adjective is a clause ("Proposal pricing and terms valid for 180
# days"), not a list of kinds.
_PREDICATE = re.compile(r"[a-z]+ed|valid|live|available|open|active|ready|effective|firm|fixed|complete")


# What opens a verb's object ("passes its test", "completes the module"); the second word of a kind never is one.
_DETERMINERS = {"its", "the", "a", "an", "their", "our", "your", "his", "her", "this", "that", "these", "those", "each",
                "every", "all", "any"}


def listed_kinds(text: str, verbs: list[re.Pattern]) -> list[str]:
    """The kinds a requirement stated as a list names in its head ("Criminal background and employment verification
    for all staff": criminal, employment): each item's first content word that says what, not when or how it is
    done ("a named manager, weekly status calls": manager, status), when the requirement is one sentence
    whose head is a noun phrase (no obligation or instruction) listing two items or more of two words or more,
    with different first words. A kind is named by any form of its stem ("operating" by "operative")."""
    if re.search(r"[.!?]\s+\S", text.strip()):
        return []  # a run-in title or several sentences: no single list to read
    head = re.split(r"\s(?:for|with|to|in|of|on|by|from|within|under|using|covering|including|that|which|at)\s"
                    r"|[:;(]|,\s+(?:including|such as)\b", text, maxsplit=1)[0]
    if any(v.search(head) for v in verbs):
        return []
    items = [i.split() for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", head) if i.strip()]
    if len(items) < 2 or any(len(i) < 2 for i in items) or _PREDICATE.fullmatch(items[-1][-1].lower()):
        return []  # "Transition completed and all services live": a clause, not a list of kinds
    if any(i[1].lower() in _DETERMINERS for i in items):
        return []  # "Every agent completes the module and passes its test": verbs and their objects, not kinds
    keys = [next((w for w in _WORD.findall(" ".join(i).lower()) if len(w) >= MIN_OWN_WORD
                  and w not in _FUNCTION_WORDS and not _MODIFIER.fullmatch(w)), None) for i in items]
    return keys if all(keys) and len(set(keys)) == len(keys) else []


def _required(text: str, preferences: list[re.Pattern]) -> str:
    """The requirement without its sentences that only state a preference ("ISO 27001 certification is preferred"),
    unless that is all it says."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    kept = [s for s in sentences if not any(p.search(s) for p in preferences)]
    return " ".join(kept) if kept else text


def requirement_parts(texts: dict[str, str], conditions: list[re.Pattern], not_names: list[re.Pattern] = (),
                      shared_by: int = 2, verbs: list[re.Pattern] = (),
                      preferences: list[re.Pattern] = (), short: dict[str, list[str]] | None = None
                      ) -> dict[str, Parts]:
    """Each requirement's parts (`texts`: id -> requirement text). A name or word cited by more than `shared_by`
    requirements (the buyer's name, its vocabulary) is no mark; a name cited by more than one names nothing.
    `short` gives words' short forms a vendor may name them by ("portuguese": ["PT"])."""
    lower_words = {w for t in texts.values() for w in re.findall(r"\b[a-z][a-z-]+\b", t)}
    stripped = {rid: strip_conditions(_required(t, preferences), conditions) for rid, t in texts.items()}
    # Another requirement cited by its id ("the archive under R-09") is a pointer for the reader, not a name to find.
    ids = {rid.casefold() for rid in texts}

    def a_name(name: Name) -> bool:
        return name.text.casefold() not in ids and not any(p.search(name.text) for p in not_names)

    found = {rid: [g for g in names_in(t, lower_words, short) if all(a_name(n) for n in g)] for rid, t in stripped.items()}
    # Counted once per requirement, by the name and by the word it opens with: "Lakeshore Mutual" opening a sentence
    # in one requirement is the same buyer as in the middle of another.
    # Requirements that restate one another count once ("ISO/IEC 27001" in an overview and in the requirement).
    name_spread = Counter(key for members in _members(restatements(stripped)).values()
                          for key in {k for rid in members for g in found[rid] for n in g if not n.hint
                                      for k in (n.text.lower(), "lead:" + n.lead)})
    names, hints = {}, {}
    for rid, groups in found.items():
        kept = [g for g in groups if all(name_spread[n.text.lower()] <= 1 and name_spread["lead:" + n.lead] <= 1
                                         and not n.qualifier and not n.hint for n in g)]
        hints[rid] = [n for g in groups for n in g if n.hint and name_spread[n.text.lower()] == 0]
        names[rid] = list({tuple(n.text for n in g): g for g in kept}.values())  # a name cited twice is one part
    words = own_words(stripped, shared_by)
    name_words = {rid: {w for g in names[rid] for n in g for w in _WORD.findall(n.text.lower())} for rid in texts}
    parts = {}
    for rid in texts:
        own = sorted(w for w in words[rid] if w not in _FUNCTION_WORDS and w not in name_words[rid])
        kinds = [k for k in listed_kinds(stripped[rid], verbs) if k not in name_words[rid]]
        figures = sorted(set(_FIGURE.findall(stripped[rid])))
        parts[rid] = Parts(names[rid], [re.compile(rf"\b{_flexible(_stem(w))}", re.IGNORECASE) for w in own]
                           + [re.compile(rf"(?<![\d.,]){re.escape(f)}(?![\d,]|\.\d)") for f in figures],
                           [len(w.split("-")) for w in own] + [1] * len(figures), kinds, hints[rid])
    return parts
