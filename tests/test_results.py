"""The results contract: the shipped JSON Schema is the one the types give, and it rejects what does not fit."""

import copy
import json

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from rfp_analyzer.cli import main
from rfp_analyzer.results import SCHEMA_FILE, json_schema, schema_text, validate

FINDING = {"id": "setup_fee", "status": "present", "confidence": 0.85, "gap": "g", "question": "q",
           "evidence": [{"file": "a.pdf", "page": 3, "quote": "A one-time fee of USD 5,000."}], "judge": "rules",
           "amount": "USD 5,000"}
VENDOR = {"vendor": "acme", "name": "Acme", "files": ["a.pdf"], "pages": 4,
          "score": {"weighted": 50.0, "met": 1, "partial": 0, "missing": 1}, "criteria": [], "fees": [FINDING],
          "warnings": [], "ocr_pages": {}}
RESULTS = {"schema_version": 1, "generated_at": "2026-12-04T10:00:00Z", "tool": {"name": "rfp-analyzer", "version": "0"},
           "judge": "rules", "proposals_dir": "/p", "criteria_set": {"file": "c.yaml", "items": []},
           "fee_set": {"file": "f.yaml", "items": []}, "summary": {}, "vendors": [VENDOR], "failed_files": []}


def test_the_shipped_schema_file_is_the_schema_of_the_types():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text()
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0 and json.loads(result.output) == json_schema()


def test_the_contract_accepts_a_document_and_names_what_does_not_fit(tmp_path):
    validate(RESULTS)
    for path, value in ((("vendors", 0, "fees", 0, "status"), "maybe"),  # not a status word
                        (("vendors", 0, "fees", 0, "evidence", 0, "page"), "three"),
                        (("vendors", 0, "surprise"), 1)):  # an unknown key is a contract change
        bad = copy.deepcopy(RESULTS)
        target = bad
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        with pytest.raises(ValidationError, match=str(path[-1])):
            validate(bad)
        file = tmp_path / "bad.json"
        file.write_text(json.dumps(bad))
        checked = CliRunner().invoke(main, ["schema", "--check", str(file)])
        assert checked.exit_code == 1 and "does not fit" in checked.output
