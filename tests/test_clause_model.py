"""The learned clause models (judge/clause_model.py), fees and criteria: what the shipped files hold, and how the
judge uses a model's reading. The model in the reading tests is built from real MiniLM vectors so that it reads one
chosen sentence as a clause of the item or criterion: what is tested is what the judge makes of that reading."""

import sys
from pathlib import Path

import numpy as np
import pytest

from rfp_analyzer.index.embed import shared_embedder
from rfp_analyzer.judge.checklists import load_criteria, load_fees
from rfp_analyzer.judge.clause_model import CRITERION_MODEL, IMPOSED, MET, NONE, SHIPPED_MODEL, WAIVED, ClauseModel
from rfp_analyzer.judge.rules import RulesJudge
from rfp_analyzer.judge.semantic import BANK_MODEL, FeeMeaning, SentenceVectors
from rfp_analyzer.models import Sentence, Span

from .conftest import build_evidence

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    "Every extra performance pack for your board adds EUR 400 to the month's bill.",
    "The board pack is assembled by our analysts every quarter.",
    "Board packs come free of charge.",
    "Our team will attend your annual planning day.",
    "Prices are quoted in euro and rounded to the nearest cent.",
    "Travel of our analysts to your board meetings is invoiced at cost.",
    "Those board packs are on us.",
]


@pytest.mark.parametrize("path, ids", [
    (SHIPPED_MODEL, [item.id for item in load_fees().fees]),
    (CRITERION_MODEL, [criterion.id for criterion in load_criteria().criteria]),
])
def test_the_shipped_models_read_every_default_item_and_never_learned_from_a_held_out_set(path, ids):
    sys.path.insert(0, str(ROOT / "benchmarks" / "requirements"))
    from score import HELD_OUT

    model = ClauseModel.load(path)
    assert all(model.knows(i) for i in ids)
    assert model.embedder == BANK_MODEL  # vectors of another model would make its scores meaningless
    with np.load(path) as data:
        trained_on = {str(name) for name in data["trained_on"]}
    assert trained_on and not trained_on & HELD_OUT


def test_a_model_round_trips_through_its_file(tmp_path):
    weights = {"setup_fee": np.arange(385 * 3, dtype=np.float32).reshape(385, 3)}
    ClauseModel(weights, BANK_MODEL).save(tmp_path / "m.npz", ["dev"])
    loaded = ClauseModel.load(tmp_path / "m.npz")
    assert loaded.knows("setup_fee") and not loaded.knows("travel_expenses")
    assert np.array_equal(loaded.weights["setup_fee"], weights["setup_fee"])
    assert not ClauseModel.load(tmp_path / "missing.npz").knows("setup_fee")


def test_fit_separates_the_clauses_of_an_item_from_the_rest():
    vectors = shared_embedder().embed(SENTENCES[:4])
    targets = np.array([IMPOSED, NONE, WAIVED, NONE])
    weights = ClauseModel.fit(vectors, targets, none_weight=1.0, ridge=0.01)
    scores = ClauseModel({"reporting_fee": weights}, BANK_MODEL).scores(vectors, "reporting_fee")
    assert scores[:, IMPOSED].argmax() == 0 and scores[:, WAIVED].argmax() == 2


def _reading(target: str, way: int, item: str = "reporting_fee") -> ClauseModel:
    """A model that reads `target` (and only what means nearly the same) one way for the item (by default as imposing
    or waiving reporting)."""
    weights = np.zeros((385, 3), dtype=np.float32)
    weights[:-1, way] = 2 * shared_embedder().embed([target])[0]
    weights[-1, way] = -1.0  # cosine 1 scores 1.0; an unrelated sentence scores below 0
    return ClauseModel({item: weights}, BANK_MODEL)


def _found(model: ClauseModel):
    fees = load_fees()
    sentences = [Sentence("v", i, (Span("v.pdf", 1, t),), "") for i, t in enumerate(SENTENCES)]
    meaning = FeeMeaning(fees, SentenceVectors(shared_embedder().embed), model)
    return meaning.matches(sentences, [f for f in fees.fees if f.id == "reporting_fee"]).get("reporting_fee", [])


@pytest.mark.parametrize("target, way, expected", [
    (SENTENCES[0], IMPOSED, "present"),  # read as imposing, and it names money
    (SENTENCES[4], IMPOSED, None),  # read as imposing, but the examples read it as a neutral price statement
    (SENTENCES[5], IMPOSED, None),  # read as imposing, but it names another item in the checklist's words
    (SENTENCES[1], IMPOSED, None),  # read as imposing, but it says nothing of money: a description of the service
    (SENTENCES[2], WAIVED, "waived"),  # a waiver said in words
    (SENTENCES[3], WAIVED, None),  # the model's own "waived", without waiver words, decides nothing
    (SENTENCES[6], WAIVED, "waived"),  # a waiver said in words needs no word of money
])
def test_the_meaning_layer_takes_the_models_item_and_the_words_way(target, way, expected):
    assert _found(ClauseModel({}, BANK_MODEL)) == []  # the checklist's examples alone find none of these
    found = _found(_reading(target, way))
    assert [(m.sentence.text, m.status) for m in found] == ([(target, expected)] if expected else [])


def test_a_higher_score_on_a_sentence_out_of_place_does_not_hide_the_clause():
    """The model's best sentence is taken among the plausible ones: a price statement the examples read as neutral
    may score higher for the item, and must not hide the clause that imposes it."""
    vectors = shared_embedder().embed([SENTENCES[4], SENTENCES[0]])
    weights = np.zeros((385, 3), dtype=np.float32)
    weights[:-1, IMPOSED] = 2.0 * vectors[0] + 1.8 * vectors[1]  # the neutral sentence scores above the clause
    weights[-1, IMPOSED] = -1.0
    model = ClauseModel({"reporting_fee": weights}, BANK_MODEL)
    scores = model.scores(vectors, "reporting_fee")[:, IMPOSED]
    assert scores[0] > scores[1] >= 0.6
    assert [(m.sentence.text, m.status) for m in _found(model)] == [(SENTENCES[0], "present")]


def test_a_threshold_the_work_is_held_to_says_nothing_of_money():
    """The meaning layer imposes a fee only on a clause that says something of money; a percentage counts, but not a
    threshold the work is held to ("below 85%"), which read as a training fee once nearby items changed."""
    meaning = FeeMeaning(load_fees(), SentenceVectors(shared_embedder().embed))
    training = next(item for item in meaning.fees.fees if item.id == "training_fee")
    assert meaning._without_money(training, "present", "Below 85% two months running: a refresher course.")
    assert not meaning._without_money(training, "present", "Refresher courses add 5% to every agent hour.")
    # nor an amount that is a threshold: "refunds above EUR 500" are approved twice, not charged
    assert meaning._without_money(training, "present", "A second agent approves every refund above EUR 500.")
    assert not meaning._without_money(training, "present", "Refresher courses cost EUR 500 per agent.")


def test_a_definition_near_a_waiver_in_meaning_waives_nothing():
    """A sentence the examples vote a waiver must say something of money too: a definition of the service hours is
    no waiver of the surcharge for other hours. A waiver in words or a plain denial needs no money word."""
    meaning = FeeMeaning(load_fees(), SentenceVectors(shared_embedder().embed))
    premium = next(item for item in meaning.fees.fees if item.id == "premium_hours")
    definition = '"Service Hours" means 07:00 to 21:00 on weekdays, excluding public holidays in the State.'
    assert meaning._without_money(premium, "waived", definition)
    assert not meaning._without_money(premium, "waived", "Weekend cover is on us.", worded=True)
    assert not meaning._without_money(premium, "waived", "We won't add anything for Sunday work.")
    assert not meaning._without_money(premium, "waived", "Saturdays are priced like any weekday.")


QUALITY_IN_PLAIN_WORDS = ("Our QA team reviews a sample of finished cases and shares the lessons with the agents, so "
                          "that accuracy keeps improving.")
PEAKS_ON_BEST_EFFORTS = ("We will do our best to add agents in your busy months, subject to the availability of "
                         "trained staff at the time.")
SPANISH_ON_WEEKDAYS = "Spanish-speaking callers are served Monday to Friday only; at weekends they reach English agents."


@pytest.mark.parametrize("heading, sentence, cid, read_as_met", [
    ("6. How we check our work", QUALITY_IN_PLAIN_WORDS, "quality_assurance", "met"),  # no specifics the rules know
    ("Peaks", PEAKS_ON_BEST_EFFORTS, "scalability", "partial"),  # a deferred commitment, in words
    ("Hours and languages", SPANISH_ON_WEEKDAYS, "coverage_availability", "partial"),  # a stated limitation
])
def test_the_criterion_model_makes_met_only_what_the_rules_found_without_specifics(tmp_path, heading, sentence, cid,
                                                                                      read_as_met):
    criterion = next(c for c in load_criteria().criteria if c.id == cid)
    found, _ = build_evidence(tmp_path, {"vendor": [f"{heading}\n{sentence}"]})
    unread = RulesJudge(load_criteria(), load_fees(), criterion_model=ClauseModel({}, BANK_MODEL))
    assert unread.assess_criterion(found["vendor"], criterion).status == "partial"
    judge = RulesJudge(load_criteria(), load_fees(), criterion_model=_reading(sentence, MET, cid))
    finding = judge.assess_criterion(found["vendor"], criterion)
    assert finding.status == read_as_met
    assert finding.evidence and finding.evidence[0].quote in sentence


def test_a_clause_the_examples_read_as_imposed_is_waived_when_the_model_reads_a_waiver():
    """Without charge or waiver words, the examples' vote makes this sentence a storage charge; a model that reads it
    as waiving storage turns it waived (no model: present)."""
    text = "Retention beyond 24 months as priced option."
    fees = load_fees()
    storage = [f for f in fees.fees if f.id == "data_storage_fee"]
    sentences = [Sentence("v", 0, (Span("v.pdf", 1, text),), "")]
    unread = FeeMeaning(fees, SentenceVectors(shared_embedder().embed), ClauseModel({}, BANK_MODEL))
    assert [m.status for m in unread.matches(sentences, storage)["data_storage_fee"]] == ["present"]
    reading = FeeMeaning(fees, SentenceVectors(shared_embedder().embed), _reading(text, WAIVED, "data_storage_fee"))
    assert [m.status for m in reading.matches(sentences, storage)["data_storage_fee"]] == ["waived"]
