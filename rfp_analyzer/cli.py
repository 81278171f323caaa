"""Command line: parses options, shows progress and a summary; all the work happens in `pipeline`.

Everything that comes from a proposal (file names, vendor names, passages, error messages naming a file) is printed
as plain text: control characters and bidi overrides made visible (`text.printable`) and rich markup escaped
(`plain`), so no proposal can clear the screen, set a link, or style or crash the summary.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .config import DEFAULT_CRITERIA, DEFAULT_FEES, JUDGES, STRUCTURED_METHODS, load_settings
from .errors import ConfigError, EndpointError
from .report import REPORT_FORMATS, page_ranges
from .text import printable
from .threads import one_blas_thread

if TYPE_CHECKING:  # rich is imported where it is used: `ask` and `--help` print without it
    from rich.console import Console

    from .ask.library import Answer, ProposalLibrary
    from .pipeline import AnalysisRun, RunStats

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # the shell's code for Ctrl-C
MAX_VENDOR_CHARS = 48  # the summary's vendor column: a longer name is cut, the figures always show

ANALYZE_HELP = """Analyze every vendor proposal in PROPOSALS_DIR and write evidence-cited reports.

Each PDF in PROPOSALS_DIR is one vendor, named by its file stem; a sub-folder is one vendor with several
files (proposal + pricing appendix), named by the folder. Every vendor is checked against the selection
criteria and the hidden-fee checklist; every finding cites file, page and a quote verified on that page.

Runs offline by default: local embeddings, an embedded Chroma index (--index) and a deterministic rules
judge. With an OpenAI-compatible endpoint configured (OPENAI_API_KEY and/or OPENAI_BASE_URL: OpenAI, Azure,
vLLM, Ollama, llama.cpp) the LLM judge is used instead (--judge auto); its quotes are verified the same way.
Unchanged files are never embedded twice, and LLM answers are cached, so a second run costs nothing.

\b
Examples:
  rfp-analyze proposals/
  rfp-analyze proposals/ --out reports/ --format md,html
  rfp-analyze proposals/ --criteria my-criteria.yaml --fees my-fees.yaml
  OPENAI_BASE_URL=http://127.0.0.1:8080/v1 rfp-analyze proposals/ --judge llm --model qwen2.5
  rfp-analyze proposals/ --judge llm --dry-run        # estimate calls and tokens, send nothing

\b
Writes to --out: results.json, <vendor>.md, comparison.md, report.html, comparison.xlsx and
clarifications/<vendor>.md (questions to send each vendor).

\b
Exit codes:
  0  every file was analyzed
  1  some files could not be read (named in the summary and in results.json); the others were analyzed
  2  usage or configuration error (bad option, no PDFs, invalid criteria file)
  3  unexpected internal error (run again with --verbose and report it)
  130  interrupted (Ctrl-C); what was embedded is kept, the next run resumes
"""


class DefaultCommandGroup(click.Group):
    """`rfp-analyze DIR` means `rfp-analyze analyze DIR`."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["analyze", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultCommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rfp-analyze")
def main() -> None:
    """rfp-analyzer: which BPO vendor really meets your criteria, and what their proposal costs once the fine
    print is counted.

    \b
    Start with:  rfp-analyze PROPOSALS_DIR      (same as: rfp-analyze analyze PROPOSALS_DIR)
    """
    click.get_current_context().with_resource(one_blas_thread())  # every command's small products: see threads.py


def _formats(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    unknown = [f for f in formats if f not in REPORT_FORMATS]
    if unknown or not formats:
        raise click.BadParameter(f"use a comma-separated list of {', '.join(REPORT_FORMATS)} (got {value!r})")
    return formats


@main.command("analyze", help=ANALYZE_HELP)
@click.argument("proposals_dir", type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("rfp-reports"), show_default=True,
              help="Folder for the reports.")
@click.option("--criteria", "criteria_path", type=click.Path(path_type=Path), default=DEFAULT_CRITERIA,
              show_default="criteria/bpo_selection.yaml", help="Selection criteria (YAML).")
@click.option("--fees", "fees_path", type=click.Path(path_type=Path), default=DEFAULT_FEES,
              show_default="criteria/hidden_fees.yaml", help="Hidden-fee checklist (YAML).")
@click.option("--index", "index_dir", type=click.Path(path_type=Path), default=Path(".rfp-index"), show_default=True,
              help="Folder of the local Chroma index (reused across runs).")
@click.option("--format", "formats", default=",".join(REPORT_FORMATS), show_default=True, callback=_formats,
              help="Report formats, comma-separated.")
@click.option("--password", default=None, envvar="RFP_ANALYZER_PDF_PASSWORD",
              help="Password for encrypted PDFs (the empty password is always tried first).")
@click.option("--judge", type=click.Choice(JUDGES), default=None,
              help="rules (offline), llm (needs an endpoint), or auto: llm when an endpoint is configured.")
@click.option("--model", default=None, help="Model name for the LLM judge [env RFP_ANALYZER_MODEL].")
@click.option("--base-url", default=None, help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1 "
              "[env OPENAI_BASE_URL]. The API key is read from OPENAI_API_KEY only.")
@click.option("--temperature", type=float, default=None, help="Sampling temperature for the LLM judge.")
@click.option("--max-concurrency", type=int, default=None, help="Parallel LLM calls.")
@click.option("--timeout", type=float, default=None, help="Seconds to wait for one LLM answer.")
@click.option("--structured-output", type=click.Choice(STRUCTURED_METHODS), default=None,
              help="How the LLM returns structured findings (auto picks per endpoint).")
@click.option("--prompts", "prompts_dir", type=click.Path(path_type=Path), default=None,
              help="Folder overriding the prompt templates in prompts/.")
@click.option("--pricing", "pricing", type=click.Path(path_type=Path), default=None, metavar="FILE",
              help="Pricing vocabulary and fee treatments (YAML; default: the shipped criteria/pricing.yaml) "
              "[env RFP_ANALYZER_PRICING].")
@click.option("--scenario", "scenario_path", type=click.Path(path_type=Path), default=None,
              help="The buyer's scenario for the total cost (term, volumes, growth...); see sample_rfps/scenario.yaml.")
@click.option("--rfp", "rfp_path", type=click.Path(path_type=Path), default=None,
              help="The buyer's RFP (PDF): every vendor is checked against its requirements (compliance matrix, "
                   "mandatory gates, a recommendation), its weighted criteria become the scorecard's weights, and "
                   "scenario defaults (term, FTE, growth, peak months, volumes) are read from it; or a ledger YAML "
                   "written by `rfp-analyze requirements --out` and edited [config: rfp].")
@click.option("--ocr/--no-ocr", "ocr", default=None,
              help="Read pages without a text layer (scans, outlined text) by OCR; on by default [env RFP_ANALYZER_OCR].")
@click.option("--chroma-url", default=None, help="Use the Chroma server at this URL (http://host:port) instead of "
              "the embedded index [env RFP_ANALYZER_CHROMA_URL]; --index keeps the LLM cache and the run lock.")
@click.option("--pdf-base", default=None, metavar="URL|DIR", help="report.html links each citation to URL/<vendor "
              "folder>/<file>#page=N (or that path under DIR): where the PDFs are published, so links survive a move.")
@click.option("--bundle", is_flag=True, help="Copy the PDFs beside the reports (OUT/proposals/) and link them there, "
              "so the whole folder can be zipped and sent.")
@click.option("--dry-run", is_flag=True, help="With the LLM judge: print the estimated calls and tokens, send nothing.")
@click.option("--no-cache", is_flag=True, help="Read, judge and price every proposal again instead of reusing the "
              "results of earlier runs (INDEX/cache), and store them afresh; the vectors, OCR text and LLM answers "
              "are kept (delete the INDEX folder to start cold).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-v", "--verbose", is_flag=True, help="Log details, and show tracebacks of errors.")
def analyze_command(proposals_dir: Path, out_dir: Path, criteria_path: Path, fees_path: Path, index_dir: Path,
                    formats: tuple[str, ...], password: str | None, quiet: bool, verbose: bool, dry_run: bool,
                    no_cache: bool, scenario_path: Path | None, rfp_path: Path | None, pdf_base: str | None,
                    bundle: bool, **llm_flags) -> None:
    from rich.console import Console

    err = Console(stderr=True, quiet=quiet and not verbose)
    out = Console(quiet=quiet, soft_wrap=True, width=None if sys.stdout.isatty() else 120)
    configure_logging(verbose)
    # Imported here, not at the top: `ask` and `chat` must start fast and need none of this.
    from .pipeline import AnalysisOptions, Interrupted, NoProposals, analyze

    try:
        settings = load_settings(llm_flags)
        options = AnalysisOptions(proposals_dir=proposals_dir, out_dir=out_dir, index_dir=index_dir,
                                  criteria_path=criteria_path, fees_path=fees_path, formats=formats,
                                  password=password, settings=settings, dry_run=dry_run,
                                  scenario_path=scenario_path, rfp_path=rfp_path or settings.rfp,
                                  use_cache=not no_cache, pdf_base=pdf_base, bundle=bundle)
        with RichProgress(err) as progress:
            run = analyze(options, progress)
    except (ConfigError, NoProposals, EndpointError) as exc:
        click.echo(f"error: {printable(exc)}", err=True)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt as exc:
        kept = f"{exc.kept} chunks embedded in this run kept" if isinstance(exc, Interrupted) else "nothing lost"
        click.echo(f"interrupted; {kept}, re-run to resume", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:  # noqa: BLE001 - the user gets one clear line; --verbose gets the traceback
        if verbose:
            raise
        click.echo(f"internal error: {exc.__class__.__name__}: {printable(exc)} (run again with --verbose for details)",
                   err=True)
        sys.exit(EXIT_INTERNAL)
    if dry_run:
        print_estimate(out, run)
        sys.exit(EXIT_OK)
    print_summary(out, run)
    sys.exit(run.exit_code)


def _index_option(command):
    command = click.option("--out", "results_dir", type=click.Path(path_type=Path), default=Path("rfp-reports"),
                           show_default=True, help="The analysis folder (results.json) written with this index: "
                           "answers start from its findings and cost model.")(command)
    command = click.option("--chroma-url", default=None, help="Ask the index on this Chroma server (http://host:port) "
                           "[env RFP_ANALYZER_CHROMA_URL].")(command)
    return click.option("--index", "index_dir", type=click.Path(path_type=Path), default=Path(".rfp-index"),
                        show_default=True, help="The index built by 'rfp-analyze PROPOSALS_DIR'.")(command)


def _answer_options(command):
    command = click.option("--top-k", type=int, default=4, show_default=True, help="Passages read per vendor.")(command)
    return click.option("--offline", is_flag=True, help="Extractive answer even when an LLM endpoint is configured."
                        )(command)


def _open(index_dir: Path, chroma_url: str | None, top_k: int, offline: bool, results_dir: Path
          ) -> tuple[ProposalLibrary, Callable[[str, list[str] | None], Answer]]:
    """The indexed proposals (settings read once), and (question, vendors) -> Answer: extractive offline; with an
    endpoint configured (see 'rfp-analyze config'), written by the LLM from the same passages."""
    from .ask.library import ProposalLibrary, answerer  # imported when used: --help and config need none of the index

    settings = load_settings({"chroma_url": chroma_url})
    library = ProposalLibrary(index_dir, settings.chroma_url, results_dir)
    return library, answerer(library, settings, offline, top_k)


@main.command("ask")
@click.argument("question")
@_index_option
@click.option("--vendor", "vendors", multiple=True, help="Only this vendor (repeat for several).")
@_answer_options
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
def ask_command(question: str, index_dir: Path, vendors: tuple[str, ...], top_k: int, offline: bool,
                as_json: bool, chroma_url: str | None, results_dir: Path) -> None:
    """Answer QUESTION from the indexed proposals, citing file and page for every quote.

    \b
    Examples:
      rfp-analyze ask "Which vendors charge a setup or transition fee?"
      rfp-analyze ask "Compare the termination fees across vendors"
      rfp-analyze ask "Which vendor is cheapest over 3 years?" --out rfp-reports/
      rfp-analyze ask "What is the Japanese coverage?" --vendor keystone --json

    A question about a fee, a criterion or the cost ranking is answered from the analysis in --out first: per
    vendor, charges it (amount) / waives it / silent, with the findings' quotes, or the cost model's ranking with
    its scenario. Then come the passages that share the question's terms (or, failing that, the closest passage
    in meaning). Quotes are whole sentences with their conditions, verified on their page; a vendor named in the
    question limits the answer to it. With an LLM endpoint configured, the model writes the answer from the same
    findings and passages; each sentence cites [n] quotes found on their page, and other claims are removed.
    JSON: {"question", "answer", "mode", "citations": [{"vendor", "file", "page", "quote"}], "vendors", and for a
    routed question "topic", for a comparison or ranking "rows": [{"vendor", "value", "citation"}]}.
    """
    from .ask.chat import render_answer
    from .ask.library import NoIndex

    configure_logging(False)
    try:
        _, answer_with = _open(index_dir, chroma_url, top_k, offline, results_dir)
        answer = answer_with(question, list(vendors) or None)
    except (NoIndex, ConfigError, EndpointError) as exc:
        click.echo(f"error: {printable(exc)}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        click.echo(json_text(answer.as_dict()))
    else:
        click.echo(printable(render_answer(answer)))


@main.command("chat")
@_index_option
@_answer_options
def chat_command(index_dir: Path, chroma_url: str | None, top_k: int, offline: bool, results_dir: Path) -> None:
    """Ask questions across the proposals in a conversation, with citations.

    \b
    In the session:
      Which vendors bill for replacement-agent training?
      and the others?                   follow-ups reuse the previous question
      what about keystone?              ... for the vendors named
      why?                              how the analysis reached the last finding
      /vendor fernhill  /all            limit to vendors, or not
      /sources                          the full passages behind the last answer
      /save notes.md                    the conversation with its citations, as Markdown
      /quit                             or Ctrl-D; Ctrl-C cancels the current line

    Reads questions from standard input, so a script can pipe them in.
    """
    from .ask.chat import ChatSession
    from .ask.library import NoIndex

    configure_logging(False)
    try:
        library, answer_with = _open(index_dir, chroma_url, top_k, offline, results_dir)
        session = ChatSession(library, answer_with)
    except (NoIndex, ConfigError) as exc:
        click.echo(f"error: {printable(exc)}", err=True)
        sys.exit(EXIT_USAGE)
    interactive = sys.stdin.isatty()
    if interactive:
        import readline  # noqa: F401 - line editing and history for input()

        click.echo(printable(f"{len(library.vendors)} vendors indexed: {', '.join(library.vendors)}. /help for commands."))
    while True:
        try:
            line = input("rfp> " if interactive else "")
        except EOFError:  # Ctrl-D, or the end of piped input
            break
        except KeyboardInterrupt:  # Ctrl-C: a fresh prompt, as in a shell
            click.echo()
            continue
        try:
            reply = session.handle(line)
        except KeyboardInterrupt:
            click.echo("(interrupted)")
            continue
        except (NoIndex, EndpointError) as exc:
            reply = f"error: {exc}"
        if reply is None:
            break
        if reply:
            click.echo(printable(reply))


REQUIREMENTS_HELP = """Read the buyer's RFP into a requirement ledger: what a respondent must do, and how proposals are scored.

Reads numbered sections, requirement tables (R1..Rn, M1..Mn), must/shall statements and the bullets of requirement
sections, service-level tables (one requirement per row, target kept), pricing and submission instructions, and the
evaluation criteria (weights normalized to sum 100; US federal Section M factors keep their stated order of
importance, and no weight is invented). Background, timeline and addresses are left out. A requirement is
mandatory when the RFP makes it a gate (a "Mandatory requirements" section, "proposals that do not meet the
following will not be evaluated"). Every quote is verified on its page of the RFP; a scanned RFP is read by OCR.
The wording it recognizes is in criteria/requirements.yaml.

\b
Examples:
  rfp-analyze requirements rfp.pdf
  rfp-analyze requirements rfp.pdf --json > ledger.json
  rfp-analyze requirements rfp.pdf --out ledger.yaml     # an editable file for review

\b
Then: rfp-analyze proposals/ --rfp rfp.pdf  checks every vendor against the ledger (compliance matrix,
mandatory gates, a recommendation); --rfp ledger.yaml uses the ledger as you edited it (a mandatory flag set,
a requirement removed or added).

\b
Exit codes: 0 ledger read (it may be empty: the message says so); 2 the RFP cannot be read (named, with the reason).
"""


@main.command("requirements", help=REQUIREMENTS_HELP)
@click.argument("rfp_path", metavar="RFP.pdf", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the ledger as JSON.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the ledger as an editable YAML file.")
@click.option("--index", "index_dir", type=click.Path(file_okay=False, path_type=Path), default=Path(".rfp-index"),
              show_default=True, help="Folder for the OCR and ledger caches.")
@click.option("--password", default=None, envvar="RFP_ANALYZER_PDF_PASSWORD", help="Password of an encrypted RFP.")
@click.option("--ocr/--no-ocr", "ocr", default=None, help="Read scanned pages with OCR (default: on).")
@click.option("-v", "--verbose", is_flag=True, help="Log details, and show tracebacks of errors.")
def requirements_command(rfp_path: Path, as_json: bool, out_path: Path | None, index_dir: Path,
                         password: str | None, ocr: bool | None, verbose: bool) -> None:
    configure_logging(verbose)
    from rich.console import Console

    from .pipeline import read_rfp_ledger
    from .rfp.ledger import ledger_yaml

    err = Console(stderr=True)
    try:
        settings = load_settings({"ocr": ocr})
        with RichProgress(err) as progress:
            ledger = read_rfp_ledger(rfp_path, settings, index_dir, progress, password)
    except ConfigError as exc:
        click.echo(f"error: {printable(exc)}", err=True)
        sys.exit(EXIT_USAGE)
    for warning in ledger.warnings:
        click.echo(f"warning: {printable(warning)}", err=True)
    if out_path:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(ledger_yaml(ledger), encoding="utf-8")
    if as_json:
        click.echo(json_text(ledger.as_dict()))
        click.echo(printable(ledger.message), err=True)
        return
    print_ledger(Console(soft_wrap=True), ledger)
    if out_path:
        click.echo(f"written: {printable(out_path)}", err=True)


def print_ledger(console: Console, ledger) -> None:
    from rich.table import Table

    table = Table("id", "kind", "mandatory", "requirement", "page", title=plain(ledger.message), title_justify="left")
    for r in ledger.requirements:
        table.add_row(plain(r.id), r.kind, "yes" if r.mandatory else "", plain(r.text), str(r.evidence.page))
    console.print(table)
    if ledger.evaluation_criteria:
        criteria = Table("id", "criterion", "weight", "what is looked for", "page", title="Evaluation criteria",
                         title_justify="left")
        for c in ledger.evaluation_criteria:
            weight = f"{c.weight:g}" if c.weight is not None else f"rank {c.rank}"
            criteria.add_row(plain(c.id), plain(c.title), weight, plain(c.means), str(c.evidence.page))
        console.print(criteria)
    if ledger.evaluation_order:
        console.print(f"Order of importance (p. {ledger.evaluation_order.page}): "
                      f"{plain(ledger.evaluation_order.quote)}")


@main.command("schema")
@click.option("--check", "check_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Validate this results.json against the schema instead of printing it (exit 1 if it does not fit).")
def schema_command(check_path: Path | None) -> None:
    """Print the JSON Schema of results.json: the contract for pipelines that read our output.

    \b
    The same schema is shipped in the package as rfp_analyzer/results.schema.json. schema_version in
    results.json changes when a consumer of the earlier version could misread the document.
    \b
    Examples:
      rfp-analyze schema > results.schema.json
      rfp-analyze schema --check rfp-reports/results.json
    """
    from pydantic import ValidationError

    from .results import schema_text, validate

    if check_path is None:
        click.echo(schema_text(), nl=False)
        return
    try:
        validate(json.loads(check_path.read_text(encoding="utf-8")))
    except (ValueError, ValidationError) as exc:
        click.echo(f"{check_path}: does not fit the results schema:\n{exc}", err=True)
        sys.exit(EXIT_SOME_FAILED)
    click.echo(f"{check_path}: fits the results schema")


@main.command("eval")
@click.argument("labels_path", metavar="LABELS.json", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("results_path", metavar="RESULTS.json", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--index", "index_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The analysis' index: with it, eval also says why each miss happened (not read, not retrieved, "
              "retrieved but not matched). Re-reads the proposals the results name (or --proposals); nothing is "
              "judged again.")
@click.option("--proposals", "proposals_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="The proposals folder, when it moved since the analysis.")
@click.option("--llm-share", is_flag=True, help="With --index: also measure the share of labelled evidence that "
              "reaches the LLM judge's prompts (built as in --dry-run; nothing is sent).")
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
def eval_command(labels_path: Path, results_path: Path, index_dir: Path | None, proposals_dir: Path | None,
                 llm_share: bool, as_json: bool) -> None:
    """Score an analysis against your own labels, item by item, and say where the misses come from.

    \b
    LABELS.json follows the benchmark format: per vendor (file stem), each criterion's status (met / partial /
    missing) and each fee item's (present / waived / absent), with the page(s) and a verbatim quote. The metrics
    are those of the benchmark's score.py: criteria accuracy, fee precision / recall / F1, waived fees reported as
    present, evidence page hits and verbatim citations. Then a confusion table per criterion and per fee item,
    and every miss with its reason.
    \b
    Examples:
      rfp-analyze eval labels.json rfp-reports/results.json
      rfp-analyze eval labels.json rfp-reports/results.json --index .rfp-index --llm-share --json
    """
    from .evaluate import evaluate

    if llm_share and index_dir is None:
        click.echo("error: --llm-share needs --index (the analysis' index), to rebuild the LLM judge's prompts",
                   err=True)
        sys.exit(EXIT_USAGE)
    try:
        evaluation = evaluate(labels_path, results_path, proposals_dir, index_dir, load_settings(), llm_share)
    except (ConfigError, KeyError, ValueError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        click.echo(json_text(evaluation.as_dict()))
        return
    from rich.console import Console

    print_evaluation(Console(soft_wrap=True, highlight=False), evaluation.as_dict())


def print_evaluation(console: Console, report: dict) -> None:
    from rich.table import Table

    metrics = ("criteria_accuracy", "fee_precision", "fee_recall", "fee_f1", "fee_accuracy",
               "waived_reported_as_present", "evidence_page_hit", "citations_verbatim")
    console.print("  ".join(f"{name}={report[name]}" for name in metrics))
    if report.get("llm_evidence_share"):
        console.print("LLM judge: share of labelled evidence in its prompts: " +
                      "  ".join(f"{k}={v}" for k, v in report["llm_evidence_share"].items()))
    for kind in ("criteria", "fees"):
        table = Table(title=f"{kind}: label->finding per item", title_justify="left")
        table.add_column("item")
        table.add_column("label->finding (vendors)")
        for item_id, counts in report["confusion"][kind].items():
            table.add_row(plain(item_id), ", ".join(f"{k} {n}" for k, n in counts.items()))
        console.print(table)
    if report["misses"]:
        console.print("Misses by reason: " + ", ".join(f"{k} {n}" for k, n in sorted(report["reasons"].items())))
    for miss in report["misses"]:
        console.print(plain(f"- {miss['vendor']} {miss['id']}: label {miss['label']}, finding {miss['finding']} "
                            f"({miss['reason']}); label quote p.{miss['label_pages']}: {miss['label_quote'][:160]}"))


def default_reviewer() -> str:
    import getpass
    import os

    return os.environ.get("RFP_ANALYZER_REVIEWER") or getpass.getuser()


@main.command("review")
@click.argument("vendor")
@click.argument("item")
@click.option("--status", required=True, help="The reviewer's status: met / partial / missing for a criterion, "
              "present / waived / absent for a fee item, or 'accept' to confirm the analysis's status.")
@click.option("--note", default="", help="Why (needed when the status differs from the analysis's).")
@click.option("--reviewer", default=None, help="Who decides [env RFP_ANALYZER_REVIEWER; default: your login name].")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("rfp-reports"), show_default=True,
              help="The analysis folder (results.json); its reports are written again with the decision.")
@click.option("--index", "index_dir", type=click.Path(path_type=Path), default=Path(".rfp-index"), show_default=True,
              help="The index folder: decisions are kept in INDEX/reviews.sqlite.")
@click.option("--log", "show_log", is_flag=True, help="Print the audit log after recording.")
def review_command(vendor: str, item: str, status: str, note: str, reviewer: str | None, out_dir: Path,
                   index_dir: Path, show_log: bool) -> None:
    """Record a reviewer's decision on one finding: accept it, or override its status with a note.

    \b
    VENDOR is the vendor's id in the reports (file stem or folder name), ITEM the criterion's or fee item's id
    (as in results.json and criteria/*.yaml). Every decision is appended to an audit log (who, when, from, to,
    why) in INDEX/reviews.sqlite; nothing is overwritten. The reports in --out are written again: statuses and
    scores follow the reviewer, the analysis's own status is shown beside it, comparison.xlsx gets an Audit sheet.
    A re-run of the analysis keeps the decisions; one whose evidence changed is flagged "review again".
    \b
    Examples:
      rfp-analyze review solano service_levels --status met --note "SLA appendix p. 12 confirms 99.9%" --reviewer ana
      rfp-analyze review harborview setup_fee --status accept --reviewer ana
    """
    from .pipeline import refresh_reports
    from .review import ReviewError, ReviewStore
    from .review.apply import record_decision

    results_path = out_dir / "results.json"
    if not results_path.exists():
        click.echo(f"error: {results_path}: no analysis here; run 'rfp-analyze PROPOSALS_DIR --out {out_dir}' first",
                   err=True)
        sys.exit(EXIT_USAGE)
    store = ReviewStore(index_dir)
    try:
        results = json.loads(results_path.read_text(encoding="utf-8"))
        decision = record_decision(results, store, vendor, item, status, note, reviewer or default_reviewer())
        refresh_reports(out_dir, index_dir)
    except (ReviewError, ConfigError) as exc:
        click.echo(f"error: {printable(exc)}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(printable(f"{decision.vendor} {decision.item}: {decision.from_status} -> {decision.to_status} "
                         f"by {decision.reviewer} at {decision.at}; reports in {out_dir} updated."))
    if show_log:
        for d in store.log():
            click.echo(printable(f"{d.at}  {d.reviewer}  {d.vendor} {d.item}: {d.from_status} -> {d.to_status}"
                                 + (f"  ({d.note})" if d.note else "")))


@main.command("serve")
@click.option("--index", "index_dir", type=click.Path(path_type=Path), default=Path(".rfp-index"), show_default=True,
              help="The index built by 'rfp-analyze PROPOSALS_DIR' (reviews are kept in it).")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("rfp-reports"), show_default=True,
              help="The analysis folder (results.json).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Any address but the loopback needs a token on every request.")
@click.option("--port", type=int, default=8765, show_default=True, help="Port to listen on.")
@click.option("--token", default=None, envvar="RFP_ANALYZER_SERVE_TOKEN",
              help="Access token (generated and printed when --host is not the loopback) [env RFP_ANALYZER_SERVE_TOKEN].")
@click.option("--offline", is_flag=True, help="Extractive answers in the ask panel even when an LLM endpoint is "
              "configured.")
def serve_command(index_dir: Path, out_dir: Path, host: str, port: int, token: str | None, offline: bool) -> None:
    """Open the review workspace: a local web app over an analyzed set of proposals.

    \b
    The evaluation panel reads the matrices, cost and warnings, opens every citation on its page with the quote
    highlighted, accepts or overrides findings (kept with an audit trail, as 'rfp-analyze review'), and asks
    questions (as 'rfp-analyze ask'). Everything is served from this machine: no asset comes from the internet.
    \b
    Proposals are under NDA: it listens on 127.0.0.1 only, unless --host says otherwise; then every request needs
    the token (printed at start), and you should put TLS in front of it (see the README).
    \b
    Examples:
      rfp-analyze serve                                   # then open http://127.0.0.1:8765/
      rfp-analyze serve --host 10.0.0.5 --token "$(openssl rand -hex 16)"
    API: GET /api/results, POST /api/ask {"question", "vendor"?}, POST /api/reviews {"vendor", "item", "status",
    "note", "reviewer"}, GET /api/reviews.
    """
    from .serve.app import ServeError, run_server

    configure_logging(False)
    try:
        run_server(index_dir, out_dir, host, port, token, offline, echo=lambda line: click.echo(printable(line)))
    except ServeError as exc:
        click.echo(f"error: {printable(exc)}", err=True)
        sys.exit(EXIT_USAGE)


@main.command("config")
def config_command() -> None:
    """Print the effective settings and where each comes from (flag, environment, config file, default).

    \b
    Config file: rfp-analyzer.toml in the working directory, or [tool.rfp-analyzer] in its pyproject.toml,
    e.g.   judge = "llm"   model = "gpt-4o-mini"   base_url = "http://127.0.0.1:8080/v1"   max_concurrency = 2
    Secrets never go in config files: the API key is read from OPENAI_API_KEY only.
    """
    try:
        settings = load_settings()
    except ConfigError as exc:
        click.echo(f"error: {printable(exc)}", err=True)
        sys.exit(EXIT_USAGE)
    from rich.console import Console
    from rich.table import Table

    table = Table(title="rfp-analyzer settings", title_justify="left")
    for column in ("setting", "value", "from"):
        table.add_column(column)
    for name, value, source in settings.describe():
        table.add_row(plain(name), plain(value), plain(source))
    Console(soft_wrap=True, width=None if sys.stdout.isatty() else 120).print(table)


def print_estimate(console: Console, run: AnalysisRun) -> None:
    usage = run.stats.llm
    if not usage:
        console.print("--dry-run: the rules judge is in use, which sends nothing anywhere.", highlight=False)
        return
    console.print(f"--dry-run: the LLM judge would make about {usage['calls']} calls, sending about "
                  f"{usage['prompt_tokens']:,} prompt tokens and receiving up to {usage['completion_tokens']:,} "
                  f"(estimated with tiktoken; re-asks for unverified quotes come on top). Nothing was sent.",
                  highlight=False)



def plain(text) -> str:
    """Untrusted text for a rich console: shown as written, never as markup, escapes made visible."""
    from rich.markup import escape

    return escape(printable(text))


def json_text(document: dict) -> str:
    """JSON for the terminal: control characters are escaped by json itself; C1 controls and bidi overrides too."""
    return re.sub(r"[\x80-\x9f\u202a-\u202e\u2066-\u2069]", lambda m: f"\\u{ord(m.group()):04x}",
                  json.dumps(document, indent=2, ensure_ascii=False))


class PrintableFormatter(logging.Formatter):
    """Log lines name files and quote passages: their control characters are shown, not sent to the terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING)
    for handler in logging.getLogger().handlers:
        handler.setFormatter(PrintableFormatter("%(levelname)s %(name)s: %(message)s"))
    if not verbose:  # libraries that log chatter at DEBUG on their own handlers
        for name in ("chromadb", "httpx", "onnxruntime"):
            logging.getLogger(name).setLevel(logging.WARNING)


class RichProgress:
    """Progress bars on stderr, so stdout stays clean for pipes."""

    LABEL_WIDTH = 28  # "OCR <file name>" labels are cut to this, never the counts, the elapsed time or the ETA

    def __init__(self, console: Console) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
        from rich.table import Column

        def fixed() -> Column:
            return Column(no_wrap=True)

        label = Column(width=self.LABEL_WIDTH, no_wrap=True, overflow="ellipsis")
        self._bars = Progress(TextColumn("{task.description}", table_column=label),
                              BarColumn(bar_width=None, table_column=Column(ratio=1, min_width=5)),
                              MofNCompleteColumn(table_column=fixed()), TimeElapsedColumn(table_column=fixed()),
                              TimeRemainingColumn(table_column=fixed()), console=console, transient=False,
                              disable=console.quiet, expand=True)

    def __enter__(self) -> "RichProgress":
        self._bars.start()
        return self

    def __exit__(self, *exc) -> None:
        self._bars.stop()

    def start(self, label: str, total: int) -> int:
        return self._bars.add_task(plain(label), total=max(total, 0))

    def advance(self, task: int, n: int = 1) -> None:
        self._bars.advance(task, n)

    def finish(self, task: int) -> None:
        total = self._bars.tasks[task].total if task < len(self._bars.tasks) else None
        self._bars.update(task, completed=total)

    def note(self, message: str) -> None:
        self._bars.console.print(plain(message), highlight=False, soft_wrap=True)


def print_summary(console: Console, run: AnalysisRun) -> None:
    from rich.table import Table

    table = Table(title="rfp-analyzer summary", title_justify="left")
    for column in ("vendor", "files", "pages", "score", "met", "partial", "missing", "fees", "warnings"):
        # Long vendor names (file stems) are cut, never the figures or their headers.
        table.add_column(column, justify="left" if column == "vendor" else "right", no_wrap=True, overflow="ellipsis",
                         min_width=None if column == "vendor" else len(column),
                         max_width=MAX_VENDOR_CHARS if column == "vendor" else None)
    for vendor in run.results["vendors"]:
        score = vendor["score"]
        present = sum(1 for f in vendor["fees"] if f["status"] == "present")
        flag = "*" if score.get("unverified") else ""
        table.add_row(plain(vendor["vendor"]), str(len(vendor["files"])), str(vendor["pages"]), f"{score['weighted']:.0f}{flag}",
                      str(score["met"]), str(score["partial"]), str(score["missing"]), str(present),
                      str(len(vendor["warnings"])))
    console.print(table)
    console.print("score: weighted criteria score out of 100; fees: hidden fees found present", style="dim")
    if any(v["score"].get("unverified") for v in run.results["vendors"]):
        console.print("*: the score counts LLM verdicts no verified quote backs (marked unverified in the reports)",
                      style="dim")
    s = run.stats
    console.print(f"{s.vendors} vendors, {s.files} files, {s.pages} pages, {s.chunks} chunks ({s.embedded} embedded now), "
                  f"{s.findings} findings, {s.unverified_quotes_dropped} unverified quotes dropped, "
                  f"{s.warnings} warnings; judge: {s.judge}", highlight=False)
    console.print(f"Cache: {cache_line(s)}", highlight=False)
    if s.ocr_pages:
        console.print(f"OCR: {s.ocr_pages} pages without a text layer read by OCR ({s.ocr_pages_read} now, the others "
                      "from the OCR cache); their citations are marked OCR", highlight=False)
    if s.llm:
        console.print(f"LLM: {s.llm['calls']} calls, {s.llm['cache_hits']} answered from cache, "
                      f"{s.llm['prompt_tokens']:,} prompt + {s.llm['completion_tokens']:,} completion tokens; "
                      f"{s.unverified_findings} findings unverified, {s.llm_fallbacks} from the rules judge as fallback",
                      highlight=False)
    if s.llm_down:
        console.print(f"[yellow]warning:[/yellow] {plain(s.llm_down)}; the findings after that came from the rules judge "
                      "(see 'judge' in results.json)", highlight=False)
    for failed in run.failed:
        console.print(f"[red]not analyzed:[/red] {plain(failed.reason)}", highlight=False)
    print_recommendation(console, run.results)
    for vendor in run.results["vendors"]:
        for message in summary_warnings(vendor["warnings"]):
            console.print(f"[yellow]warning:[/yellow] {plain(vendor['vendor'])}: {plain(message)}", highlight=False)
    if run.written:
        console.print(plain(f"Reports: {run.written[0].parent}/ ({', '.join(p.name for p in run.written[:4])}"
                            f"{', ...' if len(run.written) > 4 else ''})"), highlight=False)


def print_recommendation(console: Console, results: dict) -> None:
    """The RFP's ledger in one line, each vendor failing a mandatory requirement, and the recommendation's lines."""
    if results.get("rfp"):
        console.print(f"RFP: {plain(results['rfp'].get('message', ''))}", highlight=False)
    for vendor in results["vendors"]:
        failed = (vendor.get("gate") or {}).get("failed")
        if failed:
            console.print(f"[red]fails mandatory {plain(', '.join(failed))}:[/red] {plain(vendor['vendor'])} "
                          "(ranked apart, not by score)", highlight=False)
    for line in (results.get("summary") or {}).get("recommendation", {}).get("lines", []):
        console.print(f"Recommendation: {plain(line)}", highlight=False)


def cache_line(s: RunStats) -> str:
    """What the caches saved: "3 vendors unchanged, 1 judged; 1 PDF read, 3 from cache" (see stagecache.py)."""
    def count(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    pruned = f"; {count(s.cache_pruned, 'outdated cache file')} removed" if s.cache_pruned else ""
    if not s.vendors_from_cache and not s.files_from_cache:
        return f"nothing reused: {count(s.vendors_judged, 'vendor')} judged, {count(s.files, 'PDF')} read{pruned}"
    return (f"{count(s.vendors_from_cache, 'vendor')} unchanged, {s.vendors_judged} judged; "
            f"{count(s.files - s.files_from_cache, 'PDF')} read, {s.files_from_cache} from cache{pruned}")


def summary_warnings(warnings: list[dict]) -> list[str]:
    """One line per warning, except that a file's unread pages are one line (a scan has dozens; results.json and
    the reports keep one entry per page)."""
    unread: dict[str, list[int]] = {}
    for w in warnings:
        if w["kind"] == "no_text" and w.get("page"):
            unread.setdefault(w["file"], []).append(w["page"])
    lines = [w["message"] for w in warnings if not (w["kind"] == "no_text" and len(unread.get(w["file"], [])) > 1)]
    lines += [f"{file}: {len(pages)} pages have no text (pages {page_ranges(pages)}); they are not analyzed"
              for file, pages in unread.items() if len(pages) > 1]
    return lines


if __name__ == "__main__":
    main()
