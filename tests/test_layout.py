"""The package shows its pipeline: imports point one way, ingest -> index -> llm -> rfp -> judge -> pricing -> report,
with ask beside report, review (reviewers' decisions, on the results contract) before report, serve (the review
workspace) on top of review, report and ask, and shared helpers in leaf modules that import no stage. No
module-level import cycle."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "rfp_analyzer"
STAGES = ("ingest", "index", "llm", "rfp", "judge", "pricing", "review", "report", "ask", "serve")
EARLIER = {stage: set(STAGES[:i]) for i, stage in enumerate(STAGES)}
EARLIER["review"] = set()  # reviewers' decisions read and write the results contract only
EARLIER["report"] = set()  # reports read the results contract only
EARLIER["ask"] = {"ingest", "index", "llm"}  # beside report: never the judge's or pricing's internals
EARLIER["serve"] = {"ingest", "index", "llm", "review", "report", "ask"}  # the workspace on top: never the judge's
ORCHESTRATORS = {"pipeline", "cli", "evaluate"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, top_level_only: bool) -> set[str]:
    """The rfp_analyzer modules (or packages) that `path` imports, resolved to dotted names within the package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path).split(".") if path.name == "__init__.py" else module_name(path).split(".")[:-1]
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - node.level + 1] if node.level > 1 else package
            target = ".".join(base + ([node.module] if node.module else []))
            found |= {f"{target}.{a.name}".strip(".") if not node.module else target for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("rfp_analyzer"):
            found.add(node.module.removeprefix("rfp_analyzer").strip("."))
    return {name for name in found if name and (PACKAGE / (name.replace(".", "/") + ".py")).exists()
            or (PACKAGE / name.replace(".", "/")).is_dir()}


def stage_of(module: str) -> str:
    return module.split(".")[0] if module.split(".")[0] in STAGES else ""


def test_every_module_imports_only_leaves_and_earlier_stages():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        if module in ORCHESTRATORS or not module:
            continue
        own = stage_of(module)
        allowed = EARLIER[own] | {own} if own else set()
        for target in imports(path, top_level_only=False):
            if stage_of(target) and stage_of(target) not in allowed:
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_no_module_level_import_cycle():
    graph = {module_name(p): imports(p, top_level_only=True) for p in PACKAGE.rglob("*.py")}
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> list[str] | None:
        if module in trail:
            return trail[trail.index(module):] + [module]
        if module in done:
            return None
        for target in sorted(graph.get(module, ())):
            cycle = visit(target, trail + [module])
            if cycle:
                return cycle
        done.add(module)
        return None

    cycles = [cycle for module in sorted(graph) if (cycle := visit(module, []))]
    assert cycles == []
