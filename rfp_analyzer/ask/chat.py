"""`rfp-analyze chat`: questions across the proposals in a session that remembers what was asked.

Follow-ups are resolved by rules, the same with or without an LLM, so a session can be replayed:
- a line naming vendors ("what about Fernhill?") asks about those vendors;
- "the others" / "the rest" asks about the vendors the previous question did not cover;
- a line with fewer than two words of its own ("and the others?", "what about Keystone?") repeats the previous
  question for the new vendors, with the previous vendors' names taken out: a name chooses vendors, it is never
  searched for in the others' proposals;
- "why?" explains the last answer's findings: the status, the reason the analysis gives, the judge and its
  confidence, and the quotes it stands on. It asks nothing new.
Commands: /vendor NAME..., /all, /sources, /save FILE, /help, /quit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .library import Answer, ProposalLibrary, question_terms

HELP = """Ask a question about the proposals, or use a command:
  /vendor NAME...   only these vendors from now on (names as in the reports; /all to undo)
  /all              all vendors again
  /sources          the full passages behind the last answer
  /save FILE        write this conversation, with its citations, as Markdown
  /quit             end the session (Ctrl-D does too; Ctrl-C cancels the current line)
Follow-ups work: "and the others?", "what about <vendor>?", "why?" (how the last finding was reached)."""

_OTHERS = re.compile(r"\b(?:the\s+)?(?:others?|rest|remaining(?:\s+vendors)?|everyone\s+else|other\s+vendors)\b",
                     re.IGNORECASE)
FOLLOW_UP_WORDS = set(question_terms("and what how about same other others rest remaining else everyone"))
_WHY = re.compile(r"^\W*(?:and\s+)?(?:why|how\s+so|explain|says\s+who)\b", re.IGNORECASE)


@dataclass
class Turn:
    typed: str  # the line as the user typed it
    question: str  # the question that was answered (the previous one, for a follow-up)
    vendors: list[str]  # the vendors it was asked about
    answer: Answer


class ChatSession:
    def __init__(self, library: ProposalLibrary, answer: Callable[[str, list[str]], Answer]) -> None:
        self.library = library
        self.answer = answer  # (question, vendors) -> Answer: extractive, or through the LLM
        self.scope: list[str] | None = None  # set by /vendor
        self.turns: list[Turn] = []

    def handle(self, line: str) -> str | None:
        """What to print for one line of input; None ends the session."""
        line = line.strip()
        if not line:
            return ""
        if line.startswith("/"):
            return self._command(line)
        if self.turns and self._asks_why(line):
            return explain(self.turns[-1].answer)
        question, vendors = self.resolve(line)
        answer = self.answer(question, vendors)
        self.turns.append(Turn(line, question, vendors, answer))
        restated = f"(asking \u201c{question}\u201d about {', '.join(vendors)})\n" if question != line else ""
        return restated + render_answer(answer)

    def resolve(self, line: str) -> tuple[str, list[str]]:
        """(question, vendors) for a line, taking the previous turn into account."""
        named = self.library.vendors_named(line)
        previous = self.turns[-1] if self.turns else None
        if named:
            vendors = named
        elif previous and _OTHERS.search(line):
            vendors = [v for v in self._in_scope() if v not in previous.vendors] or self._in_scope()
        else:
            vendors = self._in_scope()
        not_own = FOLLOW_UP_WORDS | self._name_terms(named)
        own_words = [t for t in question_terms(line) if t not in not_own]
        if previous and len(own_words) < 2:
            return self.library.without_vendor_names(previous.question), vendors
        return line, vendors

    def _asks_why(self, line: str) -> bool:
        own = [t for t in question_terms(_WHY.sub(" ", line)) if t not in FOLLOW_UP_WORDS]
        return bool(_WHY.search(line)) and len(own) < 2

    def _name_terms(self, vendors: list[str]) -> set[str]:
        return set(question_terms(" ".join(re.split(r"[^a-zA-Z0-9]+", " ".join(vendors)))))

    def _in_scope(self) -> list[str]:
        return list(self.scope or self.library.vendors)

    # ---- commands ---------------------------------------------------------------------------------------------
    def _command(self, line: str) -> str | None:
        name, _, arg = line.partition(" ")
        name, arg = name.lower(), arg.strip()
        if name in ("/quit", "/exit", "/q"):
            return None
        if name == "/all":
            self.scope = None
            return f"Asking about all vendors: {', '.join(self.library.vendors)}"
        if name == "/vendor":
            return self._set_scope(arg)
        if name == "/sources":
            return render_sources(self.turns[-1].answer) if self.turns else "Nothing asked yet."
        if name == "/save":
            return self._save(arg)
        if name == "/help":
            return HELP
        return f"Unknown command {name}.\n{HELP}"

    def _set_scope(self, arg: str) -> str:
        if not arg:
            return f"Usage: /vendor NAME...  (indexed: {', '.join(self.library.vendors)})"
        named = self.library.vendors_named(arg)
        if not named:
            return f"No indexed vendor matches {arg!r} (indexed: {', '.join(self.library.vendors)})"
        self.scope = named
        return f"Asking about {', '.join(named)} only (/all to undo)"

    def _save(self, arg: str) -> str:
        if not arg:
            return "Usage: /save FILE"
        path = Path(arg).expanduser()
        try:
            path.write_text(transcript(self.turns), encoding="utf-8")
        except OSError as exc:
            return f"Could not write {path}: {exc.strerror or exc}"
        return f"Saved {len(self.turns)} questions with their citations to {path}"


def render_answer(answer: Answer) -> str:
    lines = [answer.text]
    if answer.mode == "llm" and answer.cited:
        lines += ["", *(f"[{n}] {c.vendor}: {c.where}: \u201c{c.quote}\u201d"
                        for n, c in enumerate(answer.cited, start=1))]
    return "\n".join(lines)


def explain(answer: Answer) -> str:
    """Why the last answer says what it says: each vendor's finding with the analysis's reason, or, for an answer
    from the passages alone, what was searched."""
    if answer.topic is not None and answer.topic.kind == "rates":
        return f"{answer.lead}\nEach value is a price the rate extraction read from the vendor's rate card or a " \
               "sentence with its unit; the citation is the first one's row or sentence, verified on its page."
    if answer.topic is not None and answer.topic.kind == "cost" and answer.lead:
        return "\n".join([answer.lead, "How each total was reached (the cost model's sum over the years asked for; "
                           "the citation is the largest cost line's source; --scenario changes the assumptions):",
                           *(f"{row['vendor']}: {row['value']}. {row.get('basis', '')}" for row in answer.rows)])
    if answer.topic is None or answer.topic.kind == "cost":
        return (f"The last answer did not come from a finding of the analysis: it shows the sentences of the "
                f"passages that share the question's terms ({', '.join(answer.terms) or 'none'}), or the closest "
                f"passage in meaning. /sources shows the passages.")
    lines = [f"How the analysis reached it ({answer.topic.label}):"]
    for v in answer.vendors:
        f = v.finding
        if f is None:
            continue
        quotes = " ".join(f"\u201c{c.quote}\u201d ({c.where})" for c in v.finding_citations) or "no quote"
        lines.append(f"{v.vendor}: {f.value}. {f.gap} (judge: {f.judge}, confidence {f.confidence:.1f}); "
                     f"evidence: {quotes}")
    return "\n".join(lines)


def render_sources(answer: Answer) -> str:
    blocks = []
    for vendor in answer.vendors:
        for chunk in vendor.passages:
            pages = "-".join(str(p) for p in sorted({chunk.pages[0], chunk.pages[-1]}))
            blocks.append(f"--- {vendor.vendor}: {chunk.file} p. {pages}\n{chunk.text}")
    return "\n\n".join(blocks) or "The last answer read no passages."


def transcript(turns: list[Turn]) -> str:
    out = [f"# rfp-analyzer chat, {dt.date.today().isoformat()}", ""]
    for n, turn in enumerate(turns, start=1):
        out += [f"## {n}. {turn.typed}", ""]
        if turn.question != turn.typed:
            out += [f"*Asked as: \u201c{turn.question}\u201d*", ""]
        out += [f"*Vendors: {', '.join(turn.vendors)}; answer: {turn.answer.mode}*", "", turn.answer.text, ""]
        if turn.answer.citations:
            out += ["Citations:", ""]
            out += [f"{i}. {c.vendor}, {c.file}, page {c.page}: \u201c{c.quote}\u201d"
                    for i, c in enumerate(turn.answer.citations, start=1)]
            out.append("")
    return "\n".join(out)
