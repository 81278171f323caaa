"""`rfp-analyze chat` driven through its standard input: follow-ups, /vendor, /sources, /save, /quit."""

import os
import subprocess
import sys

from click.testing import CliRunner

from rfp_analyzer.ask.chat import ChatSession
from rfp_analyzer.ask.library import ProposalLibrary
from rfp_analyzer.cli import main

from .conftest import write_pdf


def _index(tmp_path):
    proposals = tmp_path / "proposals"
    write_pdf(proposals / "northstar-group.pdf", ["1. Termination\nEither party may terminate for convenience on "
                                                  "90 days' written notice.", "2. Pricing\nUSD 24 per productive hour."])
    write_pdf(proposals / "brightwave.pdf", ["1. Termination\nTermination for convenience requires 180 days' notice "
                                             "and a fee of three months of charges."])
    write_pdf(proposals / "copperline.pdf", ["1. Termination\nThe client may terminate for convenience after the "
                                             "first contract year on 60 days' notice."])
    index = tmp_path / "idx"
    assert CliRunner().invoke(main, [str(proposals), "--index", str(index), "--out", str(tmp_path / "o"), "-q"]
                              ).exit_code == 0
    return index


def test_follow_ups_resolve_to_the_previous_question(tmp_path):
    session = ChatSession(ProposalLibrary(_index(tmp_path)), lambda q, vendors: _Recorded(q, vendors))
    assert session.resolve("What notice does Northstar need for termination for convenience?") == (
        "What notice does Northstar need for termination for convenience?", ["northstar-group"])
    session.handle("What notice does Northstar need for termination for convenience?")
    question, vendors = session.resolve("and the others?")
    assert question == "What notice does the vendor need for termination for convenience?"  # no name searched
    assert vendors == ["brightwave", "copperline"]
    assert session.resolve("what about brightwave?")[1] == ["brightwave"]
    assert session.resolve("What do they charge per hour?")[0] == "What do they charge per hour?"  # a new question


class _Recorded:
    """Stands for an Answer in the resolution test, which checks only what was asked."""

    def __init__(self, question, vendors):
        self.question, self.vendors, self.mode, self.citations, self.cited = question, vendors, "extractive", [], []
        self.text = f"asked {question} about {vendors}"


def test_chat_session_through_piped_stdin(tmp_path):
    index = _index(tmp_path)
    saved = tmp_path / "notes.md"
    script = "\n".join([
        "What notice is required for termination for convenience?",
        "/vendor brightwave",
        "What notice is required for termination for convenience?",
        "/sources",
        "/all",
        "what about copperline?",
        "/nonsense",
        f"/save {saved}",
        "/quit",
        "this line is never read",
    ]) + "\n"
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI")}
    out = subprocess.run([sys.executable, "-m", "rfp_analyzer.cli", "chat", "--index", str(index)], input=script,
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "90 days" in text and "180 days" in text and "60 days" in text  # all three vendors answered first
    assert "Asking about brightwave only" in text
    scoped = text.split("Asking about brightwave only")[1].split("--- brightwave")[0]
    assert "180 days" in scoped and "90 days" not in scoped  # /vendor limited the next answer
    assert "--- brightwave: brightwave.pdf p. 1\n1. Termination" in text  # /sources shows the full passage
    assert "(asking \u201cWhat notice is required for termination for convenience?\u201d about copperline)" in text
    assert "Unknown command /nonsense" in text and "never read" not in text
    notes = saved.read_text()
    assert notes.count("\n## ") == 3 and "brightwave, brightwave.pdf, page 1" in notes
    assert "*Asked as: \u201cWhat notice is required for termination for convenience?\u201d*" in notes


def test_chat_ends_on_end_of_input(tmp_path):
    index = _index(tmp_path)
    result = CliRunner().invoke(main, ["chat", "--index", str(index), "--offline"], input="Hourly rate?\n")
    assert result.exit_code == 0 and "USD 24 per productive hour" in result.output
