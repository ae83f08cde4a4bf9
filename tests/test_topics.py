"""Topics: the shipped taxonomy, the Phoenix mapping, user topics from the settings, matching on
invented sentences, the coincide_topics component on real Docs, and records round-tripping."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from coincide.config import load_settings
from coincide.errors import ConfigError
from coincide.knowledge.topics import load_taxonomy, parse_phoenix_issues, phoenix_codes
from coincide.records import Event, Position, Quote, Story, StoryRecord

CAP_MAJOR = {
    "macroeconomics", "civil_rights", "health", "agriculture", "labour", "education", "environment", "energy",
    "immigration", "transportation", "law_crime", "social_welfare", "housing", "domestic_commerce", "defence",
    "technology", "foreign_trade", "international_affairs", "government_operations", "public_lands", "culture",
}


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy()


def topics_of(taxonomy, text):
    return {h.topic for h in taxonomy.match_text(text)}


# -- the taxonomy as data ---------------------------------------------------------------------


def test_taxonomy_has_the_cap_major_topics_with_codes_labels_and_terms(taxonomy):
    assert set(taxonomy.topics) == CAP_MAJOR
    for topic in taxonomy.topics.values():
        assert topic.label and topic.description and isinstance(topic.code, int)
    cap = tomllib.loads(resources.files("coincide").joinpath("data/topics/cap.toml").read_text(encoding="utf-8"))
    assert all(spec.get("terms") for spec in cap.values())
    assert {"taxation", "europe", "privacy", "terrorism"} <= set(taxonomy.subtopics)


def test_every_phoenix_issue_code_is_mapped_to_one_cap_topic(taxonomy):
    codes = phoenix_codes()
    assert len(codes) > 100  # the whole file was read, categories and bracketed codes
    assert codes - set(taxonomy.phoenix_map) == set()
    # and nothing mapped that the file does not have (a typo would silently feed nothing)
    assert set(taxonomy.phoenix_map) - codes == set()
    cap = tomllib.loads(resources.files("coincide").joinpath("data/topics/cap.toml").read_text(encoding="utf-8"))
    named = [c for spec in cap.values() for c in spec.get("phoenix", [])]
    named += [c for spec in cap.values() for sub in spec.get("subtopics", {}).values() for c in sub.get("phoenix", [])]
    assert len(named) == len(set(named)), "a Phoenix code is mapped to two topics"


def test_phoenix_licence_ships_beside_the_issue_file():
    data = resources.files("coincide").joinpath("data/phoenix")
    assert "MIT License" in data.joinpath("LICENSE").read_text(encoding="utf-8")
    assert data.joinpath("Phoenix.IssueCoding.txt").is_file()


@pytest.mark.parametrize("line, expected", [
    ("asylum+n:seeker [REFUGEES]", {("asylum seeker", "REFUGEES", False), ("asylumseeker", "REFUGEES", False)}),
    ("~olive oil", {("olive oil", "ENERGY", True)}),
    ("n:teacher [TEACHERS]", {("teacher", "TEACHERS", False)}),
    ("eurozone", {("eurozone", "ENERGY", False)}),  # no code: the category's
])
def test_phoenix_lines_parse(line, expected):
    text = f'<ISSUE CATEGORY="ENERGY" TYPE="ALL">\n{line}\n</ISSUE>\n'
    assert set(parse_phoenix_issues(text)) == expected


# -- matching on invented sentences -----------------------------------------------------------


@pytest.mark.parametrize("text, topic", [
    ("The party would scrap the council tax and bring in a local income tax.", "macroeconomics"),
    ("Ministers promised to cut the number of asylum seekers.", "immigration"),
    ("He wants tighter immigration controls.", "immigration"),
    ("She backed the EU constitution in the referendum.", "international_affairs"),
    ("Britain's place in Europe was debated.", "international_affairs"),
    ("The ID cards scheme would cost billions.", "civil_rights"),
    ("Waiting lists at the hospital have fallen.", "health"),
    ("Tuition fees for universities will rise.", "education"),
    ("The hunting ban comes into force on Friday.", "agriculture"),
    ("Foreign suspects were held without trial at Belmarsh.", "civil_rights"),
    ("Pensioners deserve a bigger state pension.", "social_welfare"),
    ("Unions threatened strike action over jobs.", "labour"),
    ("Talks at the World Trade Organization stalled over tariffs.", "foreign_trade"),
    ("Greenhouse gas emissions must fall to slow climate change.", "environment"),
    ("Reform of the House of Lords is overdue.", "government_operations"),
])
def test_sentences_get_their_topic(taxonomy, text, topic):
    assert topic in topics_of(taxonomy, text)


@pytest.mark.parametrize("text", [
    "play part",
    "plan",
    "the proposal",
    "stuff genie",
    "the Tories allow",
    "He said it was time to move on.",
    "Labour said it would win.",           # the party is not labour policy
    "The Liberal Democrats disagreed.",    # nor is it democracy
    "Mr Blair should be judged by results.",
    "olive oil",                           # a Phoenix exclusion inside energy
    "He called for radical reform.",      # Phoenix's "radical" (extremism) is excluded
])
def test_no_topic_from_fragments_or_false_friends(taxonomy, text):
    assert topics_of(taxonomy, text) == set()


@pytest.mark.parametrize("text, not_topic", [
    ("a price war between supermarkets", "defence"),
    ("the road map for the talks", "transportation"),
    ("The trade unions met.", "foreign_trade"),
    ("The European Union's budget", "labour"),
])
def test_exclusions_block_only_their_topic(taxonomy, text, not_topic):
    assert not_topic not in topics_of(taxonomy, text)


def test_whole_words_only(taxonomy):
    # "tax" inside "taxi" or "Texas", "war" inside "warning": no fragments
    assert topics_of(taxonomy, "The taxi driver gave a warning in Texas.") == set()


def test_words_that_decided_are_as_written_and_subtopic_named(taxonomy):
    hits = {h.topic: h for h in taxonomy.match_text("Asylum seekers and the Council Tax")}
    assert hits["immigration"].words == ["Asylum seekers"]
    assert hits["immigration"].label == "Immigration"
    assert hits["macroeconomics"].words == ["Council Tax"]
    assert hits["macroeconomics"].subtopics == ["taxation"]
    assert hits["macroeconomics"].to_dict() == {"topic": "macroeconomics", "words": ["Council Tax"], "subtopics": ["taxation"]}


def test_capitalised_terms_match_only_that_spelling(taxonomy):
    assert "international_affairs" in topics_of(taxonomy, "The UN met.")
    assert topics_of(taxonomy, "un-named sources") == set()


# -- user topics ------------------------------------------------------------------------------


def test_user_topics_from_the_settings_file(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[topics.fox_hunting]\nlabel = "Fox hunting"\nterms = ["hunt saboteur", "drag hunting"]\n'
                    '[topics.brexit]\nterms = ["Brexit"]\n', encoding="utf-8")
    settings = load_settings(path)
    taxonomy = load_taxonomy(settings["topics"])
    hits = {h.topic: h for h in taxonomy.match_text("Hunt saboteurs followed the drag hunting; Brexit loomed.")}
    assert hits["fox_hunting"].label == "Fox hunting"
    assert hits["fox_hunting"].words == ["Hunt saboteurs", "drag hunting"]
    assert hits["brexit"].label == "brexit"
    assert "agriculture" in hits  # the shipped topics still apply
    assert "fox_hunting" not in load_taxonomy().topics  # the shipped taxonomy is unchanged


@pytest.mark.parametrize("body, problem", [
    ('[topics.x]\nterms = []\n', "non-empty list"),
    ('[topics.x]\nterms = "tax"\n', "terms must be list"),
    ('[topics.x]\nterms = [1, 2]\n', "list of words"),
    ('[topics.x]\nlabel = "X"\n', "needs terms"),
    ('[topics.x]\nterms = ["a"]\nlable = "X"\n', "unknown key 'lable'"),
    ('[topics]\nx = 3\n', "must be a table"),
])
def test_bad_user_topics_are_refused_with_the_key_named(tmp_path, body, problem):
    path = tmp_path / "bad.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(path)
    assert problem in str(err.value) and "topics" in str(err.value) and "bad.toml" in str(err.value)


# -- the component on real Docs ---------------------------------------------------------------


def test_component_gives_positions_quotes_and_events_their_topics(nlp):
    from coincide.pipeline import analyze_story

    body = ('Michael Howard said the Conservatives would cut immigration and scrap the council tax. '
            '"Asylum seekers must be sent home," he told reporters in London on Monday. '
            'Police arrested three men after a bomb attack on a market in Baghdad.')
    record = analyze_story(nlp, Story(body=body, source="<invented>"))
    assert "coincide_topics" in nlp.pipe_names and nlp.pipe_names[-1] == "coincide_topics"
    quote_topics = [t["topic"] for q in record.quotes for t in q.topics]
    assert "immigration" in quote_topics
    for item in record.positions + record.quotes + record.events:
        for t in item.topics:
            assert set(t) == {"topic", "words", "subtopics"} and t["words"]
    assert record.events and any(t["topic"] in ("defence", "law_crime") for e in record.events for t in e.topics)
    summary = {t["topic"]: t for t in record.topics}
    assert summary["immigration"]["count"] >= 1 and summary["immigration"]["label"] == "Immigration"
    counts = [t["count"] for t in record.topics]
    assert counts == sorted(counts, reverse=True)


def test_position_without_a_named_matter_takes_its_sentence(nlp):
    from coincide.nlp.topics import TopicsComponent

    doc = nlp("The Liberal Democrats oppose the proposals on tuition fees.")
    statement = "the proposals"
    start = doc.text.index(statement)
    position = Position(holder="a1", stance="oppose", issue="proposal", statement=statement,
                        span=(start, start + len(statement)))
    hits = TopicsComponent(load_taxonomy()).position_topics(doc, position)
    assert [h.topic for h in hits] == ["education"]
    assert hits[0].words == ["tuition fees"]


@pytest.mark.parametrize("text", [
    "Ministers  met unions on Monday.\n\nThe strike over pay ended.",
    "\"We will cut taxes,\" she said -- and  then left.   Nobody asked why.",
])
def test_item_tokens_by_bisection_are_char_spans_expand(nlp, text):
    # The component finds an item's tokens from the offsets it keyed in one walk of the Doc;
    # they must be the tokens doc.char_span(..., alignment_mode="expand") gives, for every span,
    # including spans starting or ending inside a token or in white space.
    from coincide.nlp.topics import TopicsComponent

    doc = nlp.make_doc(text)
    component = TopicsComponent(load_taxonomy())
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1, 3):
            span = doc.char_span(start, end, alignment_mode="expand")
            expected = (span.start, span.end) if span is not None and len(span) else None
            assert component._token_range(doc, (start, end)) == expected, (start, end)


# -- records ----------------------------------------------------------------------------------


def test_records_round_trip_with_topics():
    topics = [{"topic": "immigration", "words": ["asylum seekers"], "subtopics": []}]
    record = StoryRecord(
        story=Story(id="x", body="Asylum seekers."),
        quotes=[Quote(speaker="a1", speakers=["a1"], kind="direct", text="Asylum seekers", span=(0, 14),
                      cue_span=(0, 1), topics=topics)],
        positions=[Position(holder="a1", stance="oppose", issue="asylum seeker", statement="Asylum seekers",
                            span=(0, 14), topics=topics)],
        events=[Event(type="ASSAULT", source=None, target=None, actors=[], date=None, location=None,
                      span=(0, 15), spans=[(0, 15)], topics=topics)],
        topics=[{"topic": "immigration", "label": "Immigration", "count": 3, "words": ["asylum seekers"]}],
        pipeline_version="test",
    )
    data = record.to_dict()
    assert data["positions"][0]["topics"] == topics and data["topics"][0]["count"] == 3
    assert StoryRecord.from_dict(data) == record
    # an older record without topics reads, with empty topics
    del data["topics"], data["positions"][0]["topics"]
    old = StoryRecord.from_dict(data)
    assert old.topics == [] and old.positions[0].topics == []
