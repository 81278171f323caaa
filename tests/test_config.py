"""Settings precedence (flags > env > config file > defaults), secrets kept out of files and output."""

import pytest
from click.testing import CliRunner

from rfp_analyzer.cli import main
from rfp_analyzer.config import ConfigError, load_settings


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
