"""A meaning layer under the fee rules: clauses that impose or waive a cost without the checklist's words.

The rules find a fee by its terms ("set-up fee", "minimum commitment"). Vendors also write "Billing floor: charges
are calculated on not less than 88 FTE", "a programme oversight charge of 4.5% on each invoice", or "training
comes out of our pocket". For the fee items the rules leave absent, every sentence of every file is read by
meaning, with the packaged MiniLM:

- **Which item.** Each item is described by its `title: means` and by its example phrasings (`examples` in the
  checklist: imposed, waived, lapsing), kept as data so a team can add its own. The checklist's
  `neutral_examples` describe clauses about money that impose nothing (a base rate, payment terms, credits paid
  to the buyer). A sentence's score for an item is the mean similarity of its closest examples of that item; a
  sentence counts for the item it is closest to, when it is close enough, clearly closer to it than to any other
  item (or merely closer, when it uses that item's words and not the other's), and closer to it than to the
  neutral clauses (clearly closer, when it has no charge or waiver wording). A sentence that names other items in
  the checklist's words and not this one is theirs, however close its meaning ("rates move each January with the
  Spanish IPC" is escalation, not an exchange-rate clause).
- **Which way.** Explicit wording decides first, the same for every item: a waiver ("not invoiced", "at our own
  cost") makes it waived, unless a lapse ends the waiver ("for the first 90 days"), which makes it present.
  Charge wording makes it present. A single plain denial ("we won't raise a change order for that") makes it waived
  (two may be a non-native double negative, so they decide nothing).
  Otherwise the item's closest examples vote: mostly waivers make it waived ("is built into our per-case
  rates"), else it is present, unless the learned model (clause_model.py) reads the sentence, which must say
  something of money, as waiving the item rather than imposing it (measured before it shipped: on the twelve
  held-out sets, the sentences it turned from present to waived were all labelled waived). A sentence read as
  present, or as waived only by its examples' votes, must say something of money (`money_patterns`: a price, a
  charge, a currency, a percentage): "staff receive induction training before go-live" describes the service. An
  item that imposes itself (`self_imposing`: automatic renewal) needs no money word, and only a sentence that
  denies something waives it ("does not renew"); one merely near its waivers ("we accept the 36-month term") says
  nothing of it.

Nothing here is written for one item or one proposal: an item a team adds is covered by its own words and
examples. The thresholds below were set on the dev, finserv, itsd, travel and telecom sets, never on the
held-out sets (see benchmarks/corpus/README.md).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..models import Sentence
from ..patterns import clauses, first_text
from ..text import is_title
from . import clause_model as learned
from .checklists import CriteriaSet, Criterion, FeeChecklist, FeeItem

CLOSEST = 2  # an item's score is the mean similarity of the sentence's closest examples of that item
MIN_SIMILARITY = 0.50  # ... which must reach this
MIN_MARGIN = 0.04  # ... and exceed the next item's score by this
MIN_OVER_NEUTRAL = 0.05  # ... and the neutral clauses' score by this, unless it carries charge or waiver wording
POLARITY_VOTES = 3  # the item's closest polar examples that vote on the way, when no wording decides it
MIN_WORDS = 4  # shorter sentences (headings, labels) carry too little meaning to read
MAX_TITLE_WORDS = 6  # nor does a title line this short ("Section C-4. Rate Adjustment"): it imposes nothing
MIN_LEARNED_SCORE = 0.6  # the learned model's score (clause_model.py) that makes a sentence a clause of the item
MIN_LEARNED_MET = 0.65  # the criterion model's score that makes a sentence settle its criterion as met

NEUTRAL, PROTOTYPE, IMPOSED, WAIVED = -1, 0, 1, 2
BANK_MODEL = "all-MiniLM-L6-v2 int8"  # part of the banks' cache key: other vectors, other file

# Criteria: a sentence is on a criterion's topic by meaning when its closest on-topic examples of the criterion
# (title and meaning, queries, met and partial examples) reach MIN_TOPIC and are closer than its off-topic ones.
MIN_TOPIC = 0.55
MIN_TOPIC_MARGIN = 0.03
# A criterion without topic patterns (one a team added with only its title, meaning and queries) is also found by
# its anchor words: the names in its title and meaning ("Spanish", "HIPAA": capitalized inside a sentence, or
# acronyms), or, when it names nothing, the rare words of its title ("peak", "ramp": in at most ANCHOR_SHARE of all
# the passages of the run). A sentence with an anchor is on the topic when its meaning is not far from it
# (ANCHOR_FLOOR); it weighs as two topic words, so the judge reads it wherever it is.
ANCHOR_SHARE = 0.05
ANCHOR_FLOOR = 0.30
_WORD = re.compile(r"[a-z][a-z0-9]{3,}")


_BANKS: dict[str, np.ndarray] = {}  # the example banks embedded in this process, by content hash
SHIPPED = Path(__file__).with_name("example_vectors.npz")  # the default checklists' examples, embedded at release


def stored(vectors: np.ndarray) -> np.ndarray:
    """Example vectors at the precision they are shipped in (float16), whether shipped or embedded here: the same
    text gives the same vector either way, so a run's findings do not depend on where its vectors came from."""
    return vectors.astype(np.float16).astype(np.float32)


def text_key(text: str) -> str:
    return hashlib.sha256(f"{BANK_MODEL}\n{text}".encode()).hexdigest()[:20]


class ShippedVectors:
    """The vectors of the default checklists' example phrasings, shipped in the package (example_vectors.npz, keyed by
    text), so a first run on a new index folder reads them instead of embedding over a thousand sentences. A phrasing a
    team adds or edits is not in the file, and is embedded on its first run."""

    _rows: dict[str, np.ndarray] | None = None

    @classmethod
    def rows(cls) -> dict[str, np.ndarray]:
        if cls._rows is None:
            cls._rows = {}
            if SHIPPED.exists():
                with np.load(SHIPPED) as data:
                    cls._rows = dict(zip((str(k) for k in data["keys"]), data["vectors"].astype(np.float32)))
        return cls._rows

    @staticmethod
    def write(texts: list[str], embed: Callable[[list[str]], np.ndarray], path: Path = SHIPPED) -> None:
        texts = sorted(set(texts))
        np.savez_compressed(path, keys=np.array([text_key(t) for t in texts]),
                            vectors=embed(texts).astype(np.float16))


class SentenceVectors:
    """Each distinct text embedded once per run, for the fee and the criteria layers alike. The example banks (over
    a thousand phrasings) come from the shipped vectors, else are embedded once per process and kept in the index
    folder for the next run."""

    def __init__(self, embed: Callable[[list[str]], np.ndarray], store: Path | None = None) -> None:
        self.embed = embed
        self.store = store  # the index folder, or None
        self._memo: dict[str, np.ndarray] = {}

    def __call__(self, texts: list[str]) -> np.ndarray:
        todo = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if todo:
            self._memo.update(zip(todo, self.embed(todo)))
        return np.stack([self._memo[t] for t in texts]) if texts else np.zeros((0, 384), dtype=np.float32)

    def bank(self, texts: list[str]) -> np.ndarray:
        """The vectors of a checklist's examples: from this process, the index folder, or the shipped file, and
        the rest embedded now."""
        key = hashlib.sha256("\n".join([BANK_MODEL, "float16", *texts]).encode()).hexdigest()[:24]
        if key not in _BANKS:
            path = self.store / f"meaning-bank-{key}.npy" if self.store else None
            if path and path.exists():
                _BANKS[key] = np.load(path)
            else:
                _BANKS[key], embedded = self._shipped_or_embedded(texts)
                if embedded and path and path.parent.is_dir():
                    np.save(path, _BANKS[key])
        return _BANKS[key]

    def _shipped_or_embedded(self, texts: list[str]) -> tuple[np.ndarray, int]:
        """The texts' vectors and how many of them had to be embedded."""
        shipped = ShippedVectors.rows()
        vectors = np.zeros((len(texts), 384), dtype=np.float32)
        todo = []
        for i, text in enumerate(texts):
            row = shipped.get(text_key(text))
            if row is None:
                todo.append(i)
            else:
                vectors[i] = row
        if todo:
            vectors[todo] = stored(self.embed([texts[i] for i in todo]))
        return vectors, len(todo)


@dataclass(frozen=True)
class MeaningMatch:
    sentence: Sentence
    similarity: float  # the item's score for the sentence
    status: str  # "present" or "waived"
    worded: bool = True  # the status is said in charge or waiver words, not by a bare denial or the examples' vote


@dataclass(frozen=True)
class _Bank:
    vectors: np.ndarray  # one row per example, normalized
    owner: np.ndarray  # the example's item index, or NEUTRAL
    kind: np.ndarray  # PROTOTYPE, IMPOSED or WAIVED


class FeeMeaning:
    def __init__(self, fees: FeeChecklist, embed: SentenceVectors, model: learned.ClauseModel | None = None) -> None:
        self.fees = fees
        self.embed = embed
        self.model = model if model is not None else learned.shipped()
        self._bank: _Bank | None = None

    def bank(self) -> _Bank:
        """Every item's title and meaning and its examples, and the neutral clauses, embedded once."""
        if self._bank is None:
            texts, owner, kind = self.texts(self.fees)
            self._bank = _Bank(self.embed.bank(texts), np.array(owner), np.array(kind))
        return self._bank

    @staticmethod
    def texts(fees: FeeChecklist) -> tuple[list[str], list[int], list[int]]:
        """The bank's texts, each with its owner (item index or NEUTRAL) and kind."""
        texts, owner, kind = [], [], []
        for i, item in enumerate(fees.fees):
            rows = ([(f"{item.title}: {item.means}", PROTOTYPE)] + [(t, IMPOSED) for t in item.examples.imposed]
                    + [(t, IMPOSED) for t in item.examples.lapsing] + [(t, WAIVED) for t in item.examples.waived])
            texts += [t for t, _ in rows]
            owner += [i] * len(rows)
            kind += [k for _, k in rows]
        texts += fees.neutral_examples
        owner += [NEUTRAL] * len(fees.neutral_examples)
        kind += [PROTOTYPE] * len(fees.neutral_examples)
        return texts, owner, kind

    def matches(self, sentences: list[Sentence], wanted: list[FeeItem],
                claimed: frozenset[int] = frozenset()) -> dict[str, list[MeaningMatch]]:
        """For each wanted item, the sentences that mean it, best first, each with the way it goes. `claimed`: the
        sentences (by index) that already settle another item's finding; the learned model does not reuse them."""
        todo = [s for s in readable(sentences) if not is_title(s.text, MAX_TITLE_WORDS) and not self._only_credits(s.text)]
        wanted_ids = {f.id for f in wanted}
        if not todo or not wanted_ids:
            return {}
        bank = self.bank()
        vectors = self.embed([s.text for s in todo])
        similarity = vectors @ bank.vectors.T
        scores = self._item_scores(similarity, bank)
        neutral = _closest_mean(similarity[:, bank.owner == NEUTRAL])
        found: dict[str, list[MeaningMatch]] = {}
        for row, sentence in enumerate(todo):
            order = np.argsort(-scores[row])
            best, score = int(order[0]), float(scores[row, order[0]])
            second = int(order[1]) if len(order) > 1 else None
            runner_up = float(scores[row, second]) if second is not None else 0.0
            item = self.fees.fees[best]
            over_neutral = 0.0 if self._worded(item, sentence.text) else MIN_OVER_NEUTRAL
            runner_item = self.fees.fees[second] if second is not None else None
            margin = 0.0 if self._named_alone(item, runner_item, sentence.text) else MIN_MARGIN
            if (item.id not in wanted_ids or score < MIN_SIMILARITY or score - runner_up < margin
                    or score - neutral[row] < over_neutral or self._names_only_others(item, sentence.text)):
                continue
            status, worded = self._status(item, sentence.text, similarity[row], bank, best, vectors[row])
            if self._without_money(item, status, sentence.text, worded):
                continue  # close to a fee's examples, but it says nothing of the item: no money, or no denial
            found.setdefault(item.id, []).append(MeaningMatch(sentence, score, status, worded))
        for hits in found.values():
            hits.sort(key=lambda m: -m.similarity)
        # One clause settles one item: the learned model reads neither the clauses of findings already made nor those
        # the examples just gave to another item.
        taken = claimed | {m.sentence.index for hits in found.values() for m in hits}
        free = np.array([s.index not in taken for s in todo])
        for index, item in enumerate(self.fees.fees):
            if item.id in wanted_ids and item.id not in found and self.model.knows(item.id):
                # Nor a clause the examples read as neutral (a base rate, payment terms) rather than as this item.
                plausible = free & (scores[:, index] >= neutral)
                if match := self._learned(item, todo, vectors, plausible):
                    found[item.id] = [match]
        return found

    def _learned(self, item: FeeItem, todo: list[Sentence], vectors: np.ndarray,
                 plausible: np.ndarray) -> MeaningMatch | None:
        """The sentence the learned model (clause_model.py) scores highest for an item the examples did not find, of
        the plausible ones (a sentence out of place, "That's the promise behind everything", may score higher and
        must not hide the clause), when its score reaches MIN_LEARNED_SCORE. Charge or waiver words give its way;
        without them it imposes the item when the model reads it so, and is left alone when the model reads a
        waiver. Like any sentence read by meaning, it imposes the item only if it says something of money. A sentence
        that names another item in the checklist's words and not this one is the other item's clause ("travel is
        reimbursed at cost" is no pass-through), and one the examples read as neutral rather than as this item is not
        read at all."""
        if not plausible.any():
            return None
        scores = self.model.scores(vectors, item.id)
        imposed, waived = scores[:, learned.IMPOSED], scores[:, learned.WAIVED]
        row = int(np.argmax(np.where(plausible, np.maximum(imposed, waived), -np.inf)))
        best = float(max(imposed[row], waived[row]))
        sentence = todo[row]
        if best < MIN_LEARNED_SCORE or self._names_only_others(item, sentence.text):
            return None
        worded = self._worded_status(item, sentence.text)
        if worded is None and waived[row] > imposed[row]:
            return None  # a waiver must be said in words: the model's own "waived" fires on any denial
        status = worded or "present"
        if self._without_money(item, status, sentence.text, worded is not None):
            return None
        return MeaningMatch(sentence, best, status, worded is not None)

    def _names_only_others(self, item: FeeItem, text: str) -> bool:
        """The sentence names other items in the checklist's words and not this one: it is their clause, however close
        its meaning ("rates move each January with the Spanish IPC" is escalation, not an exchange-rate clause;
        "travel is reimbursed at cost" is no pass-through)."""
        named = self.fees.named_items(text)
        return bool(named) and item not in named

    def _without_money(self, item: FeeItem, status: str, text: str, worded: bool = False) -> bool:
        """Read as imposing the item, or as waiving it only because its examples voted so, though the sentence says
        nothing of it.
        - An item that does not impose itself needs a word of money (`money_patterns`): a description of the service
          or a definition ("'Business Hours' means the standard service hours") is not a fee and not a waiver of one.
        - An item that imposes itself (automatic renewal, indicative prices) needs no money word to be imposed, and is
          waived by a denial ("does not renew", "not estimates"): a sentence merely near its waivers in meaning
          accepts a term, names an annex or signs a form.
        A waiver in words ("training is on us") or a denial ("we won't raise a change order for that") needs
        neither."""
        if status == "waived" and not worded and not _negations(text):  # only the examples' vote waives it
            return item.self_imposing or not first_text(self.fees.money_re, text)
        return status == "present" and not item.self_imposing and not first_text(self.fees.money_re, text)

    def _only_credits(self, text: str) -> bool:
        """Money paid to the buyer imposes nothing, however close its percentages are to a surcharge's: a sentence
        with credit wording (`credit_patterns`: service credits, an SLA row's credit as a share of the invoice) is
        not read, unless another of its clauses charges something."""
        if not first_text(self.fees.credit_re, text):
            return False
        return not any(first_text(self.fees.charge_re, c) for c in clauses(text) if not first_text(self.fees.credit_re, c))

    def _worded(self, item: FeeItem, text: str) -> bool:
        """The sentence says in words that something is charged or not: then it only has to be closer to the item
        than to the neutral clauses; without such words, clearly closer."""
        return bool(first_text(self.fees.charge_re, text) or first_text(item.charge_re, text)
                    or self.fees.waiver(item, text))

    @staticmethod
    def _named_alone(item: FeeItem, runner_up: FeeItem | None, text: str) -> bool:
        """The sentence uses the closest item's own terms and not the next one's: the words settle a close call
        ('rates are growing every year by 4%' is escalation, however near its meaning is to currency moves)."""
        return bool(first_text(item.terms_re, text)) and not (runner_up and first_text(runner_up.terms_re, text))

    def _item_scores(self, similarity: np.ndarray, bank: _Bank) -> np.ndarray:
        return np.stack([_closest_mean(similarity[:, bank.owner == i]) for i in range(len(self.fees.fees))], axis=1)

    def _worded_status(self, item: FeeItem, text: str) -> str | None:
        """The way charge or waiver words say the sentence goes (a waiver that lapses imposes), or None."""
        if waiver := self.fees.waiver(item, text):
            return "present" if self.fees.lapses(item, text, waiver) else "waived"
        if first_text(self.fees.charge_re, text) or first_text(item.charge_re, text):
            return "present"
        return None

    def _status(self, item: FeeItem, text: str, similarity: np.ndarray, bank: _Bank, index: int,
                vector: np.ndarray) -> tuple[str, bool]:
        """The way the sentence goes, and whether charge or waiver words say so (else a denial, the examples or the
        learned model)."""
        if worded := self._worded_status(item, text):
            return worded, True
        if _negations(text) == 1:  # "we won't raise a change order for that"; two may be a double negative
            return "waived", False  # a denial of something, not said to be free
        polar = np.flatnonzero((bank.owner == index) & (bank.kind != PROTOTYPE))
        closest = polar[np.argsort(-similarity[polar])[:POLARITY_VOTES]]
        waived_votes = int(np.sum(bank.kind[closest] == WAIVED))
        # The model's reading only turns a clause that would impose the item: one that says something of money
        # ("staff receive induction training before go-live" imposes nothing, and waives nothing either).
        waived = waived_votes * 2 > len(closest) or (not self._without_money(item, "present", text)
                                                     and self._model_reads_waiver(item, vector))
        return ("waived" if waived else "present"), False

    def _model_reads_waiver(self, item: FeeItem, vector: np.ndarray) -> bool:
        """The learned model scores the sentence higher as waiving the item than as imposing it."""
        if not self.model.knows(item.id):
            return False
        scores = self.model.scores(vector[None, :], item.id)[0]
        return bool(scores[learned.WAIVED] > scores[learned.IMPOSED])


_NEGATION = re.compile(r"\b(?:no|not|never|without|none)\b|n't\b", re.IGNORECASE)
_NOT_NEGATING = re.compile(r"\b(?:not|no) (?:be |fall )?(?:less|more|lower|higher|later|fewer|earlier|exceed\w*|only|just)\b"
                           r"|\bwhether or not\b",
                           re.IGNORECASE)  # limits and emphasis, not denials: "not less than 88 FTE", "not be lower than"


def readable(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences long enough to carry meaning (MIN_WORDS), headings left out."""
    return [s for s in sentences if len(s.text.split()) >= MIN_WORDS and s.text != s.section]


def _negations(text: str) -> int:
    return len(_NEGATION.findall(_NOT_NEGATING.sub(" ", text)))


def _closest_mean(similarity: np.ndarray) -> np.ndarray:
    """Per row, the mean of the CLOSEST highest values (all of them when there are fewer); -1 when there are none."""
    if similarity.shape[1] == 0:
        return np.full(similarity.shape[0], -1.0)
    k = min(CLOSEST, similarity.shape[1])
    return np.sort(similarity, axis=1)[:, -k:].mean(axis=1)


class CriterionMeaning:
    """Which sentences are about a criterion by meaning, whatever their words: the topic patterns are optional. And
    the sentence the learned criterion model (clause_model.py) reads as settling a criterion as met."""

    def __init__(self, criteria: CriteriaSet, embed: SentenceVectors, model: learned.ClauseModel | None = None) -> None:
        self.criteria = criteria
        self.embed = embed
        self.model = model if model is not None else learned.shipped_criteria()
        self._banks: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def _bank(self, criterion: Criterion) -> tuple[np.ndarray, np.ndarray]:
        """(on-topic vectors, off-topic vectors) of the criterion."""
        if criterion.id not in self._banks:
            on, off = self.texts(criterion)
            self._banks[criterion.id] = (self.embed.bank(on), self.embed.bank(off))
        return self._banks[criterion.id]

    @staticmethod
    def texts(criterion: Criterion) -> tuple[list[str], list[str]]:
        """(on-topic texts, off-topic texts) of the criterion."""
        on = ([f"{criterion.title}: {criterion.means} {criterion.met_requires}"] + criterion.queries
              + criterion.examples.met + criterion.examples.partial)
        return on, list(criterion.examples.off_topic)

    def on_topic(self, sentences: list[Sentence], criterion: Criterion, words: WordShare) -> dict[int, int]:
        """The sentences whose meaning is the criterion's topic: sentence index -> how many topic words it weighs."""
        todo = readable(sentences)
        if not todo:
            return {}
        vectors = self.embed([s.text for s in todo])
        on, off = self._bank(criterion)
        on_score = _closest_mean(vectors @ on.T)
        off_score = _closest_mean(vectors @ off.T)
        weight = ((on_score >= MIN_TOPIC) & (on_score - off_score >= MIN_TOPIC_MARGIN)).astype(int)
        if not criterion.topic:
            anchors = _names(f"{criterion.title}. {criterion.means}") or words.rare(criterion.title)
            anchored = np.array([bool(anchors & _words(s.text)) for s in todo]) & (on_score >= ANCHOR_FLOOR)
            weight = np.maximum(weight, 2 * anchored)
        return {s.index: int(w) for s, w in zip(todo, weight) if w}

    def learned_met(self, sentences: list[Sentence], criterion: Criterion) -> Sentence | None:
        """The sentence the learned model scores highest as settling the criterion as met, when it reaches
        MIN_LEARNED_MET; None for a criterion the model does not know."""
        todo = readable(sentences)
        if not todo or not self.model.knows(criterion.id):
            return None
        met = self.model.scores(self.embed([s.text for s in todo]), criterion.id)[:, learned.MET]
        best = int(np.argmax(met))
        return todo[best] if met[best] >= MIN_LEARNED_MET else None


class WordShare:
    """In how many of the run's passages each word appears: a title word that few passages use names its topic."""

    def __init__(self, texts: list[str]) -> None:
        self.count = Counter(word for text in texts for word in _words(text))
        self.total = max(1, len(texts))

    def rare(self, title: str) -> set[str]:
        return {word for word in _words(title) if self.count[word] <= ANCHOR_SHARE * self.total}


_NAME = re.compile(r"(?<=[\w,;:] )(?-i:[A-Z][a-z]+)\b|\b(?-i:[A-Z]{2,})\b")


def _names(text: str) -> set[str]:
    """Names and acronyms: words capitalized inside a sentence ("in Spanish"), or in capitals ("HIPAA")."""
    return {word.lower().removesuffix("s") for word in _NAME.findall(text) if len(word) >= 3}


def _words(text: str) -> set[str]:
    return {word.removesuffix("s") for word in _WORD.findall(text.lower())}


def example_texts(criteria: CriteriaSet, fees: FeeChecklist) -> list[str]:
    """Every text the meaning layer reads as an example for these checklists."""
    texts = FeeMeaning.texts(fees)[0]
    for criterion in criteria.criteria:
        on, off = CriterionMeaning.texts(criterion)
        texts += on + off
    return texts


if __name__ == "__main__":  # python -m rfp_analyzer.judge.semantic: re-embed the shipped examples after editing them
    from ..index.embed import LocalMiniLM
    from .checklists import load_criteria, load_fees

    ShippedVectors.write(example_texts(load_criteria(), load_fees()), LocalMiniLM().embed)
    print(f"wrote {SHIPPED}")
