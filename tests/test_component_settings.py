"""[components.<factory>] in a user's settings reaches the component, wherever it runs: `analyze`
in this process, a worker pool, a Dask cluster, and `ingest` into the archive."""

from __future__ import annotations

import pytest

from coincide.analyze import analyze_paths, analyze_text
from coincide.config import load_settings
from coincide.errors import ConfigError
from coincide.pipeline import get_nlp

# A belief verb with a clause: an attribution only when the quotes component reports beliefs.
BELIEF_STORY = ("Talks stall in Geneva\n\nThe foreign minister, Sergei Lavrov, believes that the talks in Geneva "
                "will fail without Iran. Diplomats met again on Monday to discuss the agenda of the conference.\n")
BELIEFS_ON = "[components.coincide_quotes]\nbeliefs = true\n"


def belief_cues(record):
    return [q.cue for q in record.quotes if q.cue and q.cue.startswith("believ")]


@pytest.fixture(scope="module")
def beliefs_on(tmp_path_factory):
    path = tmp_path_factory.mktemp("settings") / "beliefs.toml"
    path.write_text(BELIEFS_ON, encoding="utf-8")
    return load_settings(path)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("stories")
    for i in range(3):
        (path / f"s{i}.txt").write_text(BELIEF_STORY.replace("Monday", f"day {i}"), encoding="utf-8")
    return path


def test_the_user_file_reaches_the_settings_and_the_cache_keys_on_it(beliefs_on, settings):
    assert beliefs_on["components"]["coincide_quotes"]["beliefs"] is True
    on, off = get_nlp(beliefs_on), get_nlp(settings)
    assert on is not off
    assert on.get_pipe("coincide_quotes").beliefs and not off.get_pipe("coincide_quotes").beliefs
    assert get_nlp(load_settings(overrides={"components": {"coincide_quotes": {"beliefs": True}}})) is on


def test_beliefs_are_reported_only_when_asked(beliefs_on, settings):
    assert belief_cues(analyze_text(BELIEF_STORY, settings)) == []
    assert belief_cues(analyze_text(BELIEF_STORY, beliefs_on)) == ["believes"]


@pytest.mark.slow
@pytest.mark.parametrize("engine, workers", [("local", 2), ("dask", 2)], ids=["pool", "dask"])
def test_worker_engines_get_the_component_settings(beliefs_on, folder, engine, workers):
    records = list(analyze_paths([str(folder)], beliefs_on, workers=workers, engine=engine))
    assert [belief_cues(r) for r in records] == [["believes"]] * 3


def test_ingest_stores_what_the_settings_ask_for(beliefs_on, folder, tmp_path):
    from coincide.archive import ingest_paths
    from coincide.store import open_store

    store = open_store(str(tmp_path / "a.db"))
    try:
        results = list(ingest_paths([str(folder)], store, beliefs_on))
        assert {r.status for r in results} == {"added"}
        assert sum(q["cue"].startswith("believ") for q in store.quotes()) == 3
    finally:
        store.close()


@pytest.mark.slow  # loads a pipeline of its own
def test_extra_cues_extend_the_speech_lexicon(settings):
    text = "Vote looms\n\nThe party leader, John Smith, muttered that the vote would be close in the spring.\n"
    assert not [q for q in analyze_text(text, settings).quotes if q.cue == "muttered"]
    mine = load_settings(overrides={"components": {"coincide_quotes": {"extra_cues": ["mutter"]}}})
    assert [q.cue for q in analyze_text(text, mine).quotes] == ["muttered"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("[components.coincide_quotes]\nbelief = true\n", "unknown setting 'belief'"),
        ("[components.coincide_nothing]\nbeliefs = true\n", "unknown setting 'coincide_nothing'"),
        ("[components.coincide_quotes]\nbeliefs = 'yes'\n", "beliefs must be bool"),
    ],
)
def test_bad_component_settings_are_named(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(path)


@pytest.mark.slow  # loads a pipeline of its own
def test_extra_cues_must_be_verbs(settings):
    bad = load_settings(overrides={"components": {"coincide_quotes": {"extra_cues": [""]}}})
    with pytest.raises(ConfigError, match="extra_cues must be a list of verbs"):
        get_nlp(bad)
