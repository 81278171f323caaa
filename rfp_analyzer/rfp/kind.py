"""Is a "proposal" a proposal? A folder handed to `rfp-analyze` may hold the buyer's own documents (RFPs, statements
of work, executed contracts) rather than vendors' answers, as public procurement archives do. Such a file speaks
in the buyer's voice ("the Contractor shall", "Offerors must", "respondents") and seldom in the first person a
vendor uses ("we", "our"), unless it says it is a proposal: a bid written as a contract calls its author "the
Contractor" throughout. The phrases are data (criteria/requirements.yaml: solicitation_voice, proposal_voice,
proposal_self); the thresholds are below. A file read so is reported, and no letter thanks its author for a proposal.
"""

from __future__ import annotations

from ..models import SourceFile
from .ledger import RequirementVocab

MIN_BUYER_VOICE = 2.0  # buyer's-voice phrases per 1,000 words, at least
MAX_VENDOR_VOICE = 5.0  # first-person words per 1,000 words, at most (a proposal has 5-35)
MIN_WORDS = 300  # a shorter file (a cover letter, a price sheet) says too little to tell


def solicitation_reason(files: list[SourceFile], vocab: RequirementVocab) -> str:
    """Why the vendor's files read like an RFP or a contract rather than a proposal, or "" when they do not."""
    text = "\n".join(page.text for source in files for page in source.pages)
    words = len(text.split())
    if words < MIN_WORDS or any(p.search(text) for p in vocab.patterns("proposal_self")):
        return ""
    buyer = sum(len(p.findall(text)) for p in vocab.patterns("solicitation_voice"))
    vendor = sum(len(p.findall(text)) for p in vocab.patterns("proposal_voice"))
    per_k = 1000 / words
    if buyer * per_k >= MIN_BUYER_VOICE and vendor * per_k <= MAX_VENDOR_VOICE:
        return (f"reads like an RFP, statement of work or contract, not a vendor's proposal: {buyer} phrases in the "
                f"buyer's voice (\"the Contractor shall\", \"Offerors\", \"respondents\") and {vendor} in a vendor's "
                "first person in {:,} words").format(words)
    return ""
