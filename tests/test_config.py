"""Settings precedence (flags > env > config file > defaults), secrets kept out of files and output."""

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from rfp_analyzer.cli import main
from rfp_analyzer.config import DEFAULT_PRICING, ENV, load_settings, setting_names
from rfp_analyzer.errors import ConfigError

SAMPLES = Path(__file__).resolve().parents[1] / "sample_rfps"


def test_precedence_flags_over_env_over_file_over_defaults(tmp_path):
    (tmp_path / "rfp-analyzer.toml").write_text('model = "file-model"\ntimeout = 30\nbase_url = "http://file/v1"\n')
    env = {"RFP_ANALYZER_MODEL": "env-model", "OPENAI_BASE_URL": "http://env/v1"}
    s = load_settings({"model": "flag-model", "temperature": None}, env=env, cwd=tmp_path)
    assert (s.model, s.sources["model"]) == ("flag-model", "flag --model")
    assert (s.base_url, s.sources["base_url"]) == ("http://env/v1", "env OPENAI_BASE_URL")
    assert (s.timeout, s.sources["timeout"]) == (30.0, "rfp-analyzer.toml")
    assert (s.temperature, s.sources.get("temperature", "default")) == (0.0, "default")


def test_judge_auto_resolves_by_endpoint(tmp_path):
    assert load_settings(env={}, cwd=tmp_path).effective_judge == "rules"
    assert load_settings(env={"OPENAI_API_KEY": "k"}, cwd=tmp_path).effective_judge == "llm"
    assert load_settings({"judge": "rules"}, env={"OPENAI_API_KEY": "k"}, cwd=tmp_path).effective_judge == "rules"


def test_pyproject_table_and_errors_name_file_and_key(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.rfp-analyzer]\nmax_concurrency = 2\n')
    assert load_settings(env={}, cwd=tmp_path).max_concurrency == 2
    (tmp_path / "rfp-analyzer.toml").write_text('api_key = "sk-secret"\n')
    with pytest.raises(ConfigError, match="rfp-analyzer.toml: api_key: secrets do not belong"):
        load_settings(env={}, cwd=tmp_path)
    (tmp_path / "rfp-analyzer.toml").write_text('judge = "maybe"\n')
    with pytest.raises(ConfigError, match="judge: invalid value 'maybe'"):
        load_settings(env={}, cwd=tmp_path)
    (tmp_path / "rfp-analyzer.toml").write_text('modle = "x"\n')
    with pytest.raises(ConfigError, match="modle: unknown setting"):
        load_settings(env={}, cwd=tmp_path)


def test_config_command_shows_sources_never_the_key(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-very-secret")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    result = CliRunner().invoke(main, ["config"])
    assert result.exit_code == 0
    assert "sk-very-secret" not in result.output and "(set)" in result.output
    assert "env OPENAI_BASE_URL" in result.output and "llm" in result.output


def test_ocr_switch_from_file_env_and_flag(tmp_path):
    assert load_settings(env={}, cwd=tmp_path).ocr is True
    (tmp_path / "rfp-analyzer.toml").write_text("ocr = false\n")
    assert load_settings(env={}, cwd=tmp_path).ocr is False
    assert load_settings(env={"RFP_ANALYZER_OCR": "on"}, cwd=tmp_path).ocr is True
    assert load_settings({"ocr": False}, env={"RFP_ANALYZER_OCR": "on"}, cwd=tmp_path).ocr is False
    with pytest.raises(ConfigError, match="env RFP_ANALYZER_OCR: ocr: invalid value 'maybe'"):
        load_settings(env={"RFP_ANALYZER_OCR": "maybe"}, cwd=tmp_path)


def test_ocr_engine_from_file_and_env_and_a_bad_one_named(tmp_path):
    assert load_settings(env={}, cwd=tmp_path).ocr_engine == "auto"
    (tmp_path / "rfp-analyzer.toml").write_text('ocr_engine = "tesseract"\n')
    assert load_settings(env={}, cwd=tmp_path).ocr_engine == "tesseract"
    assert load_settings(env={"RFP_ANALYZER_OCR_ENGINE": "rapidocr"}, cwd=tmp_path).ocr_engine == "rapidocr"
    with pytest.raises(ConfigError, match="env RFP_ANALYZER_OCR_ENGINE: ocr_engine: invalid value 'abbyy'"):
        load_settings(env={"RFP_ANALYZER_OCR_ENGINE": "abbyy"}, cwd=tmp_path)


def test_pricing_setting_precedence_file_env_flag(tmp_path):
    assert load_settings(env={}, cwd=tmp_path).pricing is None  # None: the shipped criteria/pricing.yaml
    (tmp_path / "rfp-analyzer.toml").write_text('pricing = "file.yaml"\n')
    s = load_settings(env={}, cwd=tmp_path)
    assert (s.pricing, s.sources["pricing"]) == (Path("file.yaml"), "rfp-analyzer.toml")
    s = load_settings(env={"RFP_ANALYZER_PRICING": "env.yaml"}, cwd=tmp_path)
    assert (s.pricing, s.sources["pricing"]) == (Path("env.yaml"), "env RFP_ANALYZER_PRICING")
    s = load_settings({"pricing": Path("flag.yaml")}, env={"RFP_ANALYZER_PRICING": "env.yaml"}, cwd=tmp_path)
    assert (s.pricing, s.sources["pricing"]) == (Path("flag.yaml"), "flag --pricing")
    assert DEFAULT_PRICING.is_file()


@pytest.mark.parametrize(("toml", "message"), [
    ('judge = "maybe"', "judge: invalid value 'maybe' (use one of auto, rules, llm)"),
    ('structured_output = "xml"', "structured_output: invalid value 'xml' (use one of auto, function_calling"),
    ("max_concurrency = 0", "max_concurrency: invalid value 0 (Input should be greater than or equal to 1)"),
    ('max_tokens = "lots"', "max_tokens: invalid value 'lots' (Input should be a valid integer"),
    ('temperature = "warm"', "temperature: invalid value 'warm' (Input should be a valid number"),
    ('timeout = "soon"', "timeout: invalid value 'soon' (Input should be a valid number"),
    ("prompts_dir = 3", "prompts_dir: invalid value 3 ("),
    ("pricing = [1]", "pricing: invalid value [1] ("),
    ('ocr = "maybe"', "ocr: invalid value 'maybe' (use true or false)"),
    ('chroma_url = "ftp://host"', "chroma_url: invalid value 'ftp://host' (expected http://host:port"),
    ('chroma_url = "http://host:8000/api"', "chroma_url: invalid value 'http://host:8000/api' (give only scheme"),
    ("model = 4", "model: invalid value 4 (Input should be a valid string)"),
])
def test_each_bad_value_names_the_file_and_key(tmp_path, toml, message):
    (tmp_path / "rfp-analyzer.toml").write_text(toml + "\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(env={}, cwd=tmp_path)
    assert str(caught.value).startswith("rfp-analyzer.toml: " + message)


@pytest.mark.parametrize(("source", "flags", "env"), [
    ("env RFP_ANALYZER_MAX_TOKENS: max_tokens: invalid value '0'", None, {"RFP_ANALYZER_MAX_TOKENS": "0"}),
    ("env RFP_ANALYZER_CHROMA_URL: chroma_url: invalid value 'localhost'", None,
     {"RFP_ANALYZER_CHROMA_URL": "localhost"}),
    ("flag --max-concurrency: max_concurrency: invalid value -2", {"max_concurrency": -2}, {}),
    ("flag --judge: judge: invalid value 'smart'", {"judge": "smart"}, {}),
])
def test_bad_env_and_flag_values_name_their_source(tmp_path, source, flags, env):
    with pytest.raises(ConfigError, match="^" + re.escape(source)):
        load_settings(flags, env=env, cwd=tmp_path)


def test_values_are_coerced_to_their_types(tmp_path):
    (tmp_path / "rfp-analyzer.toml").write_text('timeout = 30\nmax_tokens = "512"\nocr = "off"\nprompts_dir = "p"\n')
    s = load_settings({"temperature": "0.5"}, env={"RFP_ANALYZER_OCR": "YES"}, cwd=tmp_path)
    assert (s.timeout, s.max_tokens, s.ocr, s.prompts_dir, s.temperature) == (30.0, 512, True, Path("p"), 0.5)
    assert isinstance(s.timeout, float) and isinstance(s.max_tokens, int)


def test_config_command_rows_and_sources(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for variable in (*ENV.values(), "OPENAI_API_KEY"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("RFP_ANALYZER_PRICING", "my-pricing.yaml")
    (tmp_path / "rfp-analyzer.toml").write_text("max_concurrency = 2\n")
    result = CliRunner().invoke(main, ["config"])
    assert result.exit_code == 0, result.output
    rows = {cells[0]: cells[1:] for line in result.output.splitlines()
            if len(cells := [c.strip() for c in line.strip("│ ").split("│")]) == 3}
    assert list(rows) == [*setting_names(), "judge in effect"]  # one row per setting, in declaration order
    assert rows["pricing"] == ["my-pricing.yaml", "env RFP_ANALYZER_PRICING"]
    assert rows["max_concurrency"] == ["2", "rfp-analyzer.toml"]
    assert rows["judge"] == ["auto", "default"] and rows["api_key"] == ["(not set)", "default"]
    assert rows["judge in effect"] == ["rules", "judge=auto resolves by endpoint"]


def _analyze(tmp_path, *extra):
    return CliRunner().invoke(main, ["analyze", *extra, "--index", str(tmp_path / "index"),
                                     "--out", str(tmp_path / "out"), "-q"])


def test_invalid_pricing_file_fails_analyze_with_exit_2_naming_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    broken = tmp_path / "broken-pricing.yaml"
    broken.write_text("units: [per hour\n  rates: {\n")
    result = _analyze(tmp_path, str(SAMPLES / "proposals"), "--pricing", str(broken))
    assert result.exit_code == 2, result.output
    assert f"{broken}: not valid YAML" in result.output
    assert not (tmp_path / "out").exists()


def test_shipped_pricing_copy_is_accepted_by_analyze(tmp_path, monkeypatch):
    """A valid --pricing file is loaded and the run goes on to the next check (here: a missing proposals folder)."""
    monkeypatch.chdir(tmp_path)
    copy = tmp_path / "pricing.yaml"
    shutil.copy(DEFAULT_PRICING, copy)
    missing = tmp_path / "no-proposals"
    result = _analyze(tmp_path, str(missing), "--pricing", str(copy))
    assert result.exit_code == 2, result.output
    assert f"{missing}: not a folder of proposal PDFs" in result.output and str(copy) not in result.output
