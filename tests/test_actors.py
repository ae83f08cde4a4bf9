"""coincide_actors on the real spaCy model: names with titles, one actor per referent, countries,
government bodies, descriptions, pronouns and groups. Texts are small ones written for the test,
plus the example story's body."""

from __future__ import annotations

import json

import pytest
import spacy

from coincide.nlp import register_extensions
from conftest import EXAMPLE, shared_path
from pipeline_helpers import analyse


@pytest.fixture(scope="module")
def nlp(settings):
    import coincide.nlp.actors  # noqa: F401  registers the factory

    register_extensions()
    model = spacy.load(settings["nlp"]["model"])  # its own copy: components are added to it
    model.add_pipe("coincide_actors")
    return model


def by_name(doc, name):
    found = [a for a in doc._.actors if a.name == name or name in a.aliases]
    assert found, f"no actor {name!r} in {[a.name for a in doc._.actors]}"
    return found[0]


def texts(doc, actor):
    return [doc.text[s:e] for s, e in actor.mentions]


def example_body() -> str:
    if not EXAMPLE.exists():
        pytest.skip(f"{EXAMPLE} is absent")
    raw = EXAMPLE.read_text(encoding="utf-8").replace("\u00a0", " ")
    start = raw.index("Russian President Vladimir Putin told")
    end = raw.index("Millions have been displaced.") + len("Millions have been displaced.")
    return raw[start:end]


@pytest.fixture(scope="module")
def example(nlp):
    return analyse(nlp, example_body())


@pytest.mark.parametrize(
    "name, kind, country",
    [
        ("Vladimir Putin", "person", "RUS"),
        ("Barack Obama", "person", "USA"),
        ("Bashar Assad", "person", "SYR"),
        ("Russia", "country", "RUS"),
        ("Syria", "country", "SYR"),
        ("Britain", "country", "GBR"),
        ("France", "country", "FRA"),
        ("Iran", "country", "IRN"),
        ("U.S.", "country", "USA"),
        ("Hezbollah", "organization", "LBN"),
        ("U.N.", "organization", None),
        ("White House", "government", "USA"),
    ],
)
def test_example_actors(example, name, kind, country):
    actor = by_name(example, name)
    assert (actor.kind, actor.country) == (kind, country)


def test_example_one_actor_per_person(example):
    putin = by_name(example, "Vladimir Putin")
    assert putin.role == "President"
    said = texts(example, putin)
    assert said[0] == "Russian President Vladimir Putin"
    assert said.count("Putin") >= 5
    assert sum(1 for a in example._.actors if a.kind == "person" and "Putin" in a.name) == 1
    obama = by_name(example, "Barack Obama")
    assert "The U.S. president" in texts(example, obama)  # a description resolved to the person
    # "the Russian" in a title is affiliation: no country actor is made of a modifier
    russia = by_name(example, "Russia")
    assert texts(example, russia) == ["Russia"]


def test_example_pronouns_name_the_subject(example):
    doc = example
    he = [m for m in doc._.mentions if m.via == "pronoun" and doc.text[m.start:m.end] == "he"]
    assert len(he) == 3
    names = [by_id(doc, m.actor).name for m in he]
    assert names == ["Barack Obama", "Vladimir Putin", "Vladimir Putin"]


def test_example_groups(example):
    leaders = [a for a in example._.actors if a.kind == "group" and "both leaders" in texts(example, a)]
    assert len(leaders) == 1
    members = {by_id(example, m).name for m in leaders[0].members}
    assert members == {"Vladimir Putin", "Barack Obama"}
    coord = by_name(example, "Britain and France")
    assert [by_id(example, m).name for m in coord.members] == ["Britain", "France"]


def test_example_records_are_consistent(example):
    doc = example
    actors = doc._.actors
    assert [a.id for a in actors] == [f"a{n}" for n in range(1, len(actors) + 1)]
    firsts = [min(s for s, _ in a.mentions) for a in actors]
    assert firsts == sorted(firsts)
    starts = [m.start for m in doc._.mentions]
    assert starts == sorted(starts)
    ids = {a.id for a in actors}
    assert all(m.actor in ids for m in doc._.mentions)
    for a in actors:
        assert "he" not in a.aliases and "they" not in a.aliases


def by_id(doc, aid):
    return next(a for a in doc._.actors if a.id == aid)


def test_example_against_gold(example):
    gold = json.loads(shared_path("gold", "syria-g8-2013.gold.json").read_text(encoding="utf-8"))
    for want in gold["actors"]:
        names = want["name"].lower().split("|")
        ok = any(
            any(n in " ".join([a.name] + a.aliases).lower() for n in names)
            and ("country" not in want or a.country == want["country"])
            and ("kind" not in want or a.kind == want["kind"])
            for a in example._.actors
        )
        assert ok, want


@pytest.mark.parametrize(
    "text, name, kind, country, role, first",
    [
        ("German Chancellor Angela Merkel met the press on Tuesday. Merkel said little.",
         "Angela Merkel", "person", "DEU", "Chancellor", "German Chancellor Angela Merkel"),
        ("British Prime Minister Tony Blair spoke in London on Monday.",
         "Tony Blair", "person", "GBR", "Prime Minister", "British Prime Minister Tony Blair"),
        ("The Kremlin rejected the offer on Monday.", "Kremlin", "government", "RUS", None, "Kremlin"),
        ("The Russians rejected the offer on Monday.", None, "country", "RUS", None, "Russians"),
        ("The talks in Geneva were hosted by the United Nations.", "United Nations", "organization", None, None, "United Nations"),
        ("Kenyan negotiator Peter Otieno left the talks on Monday.",
         "Peter Otieno", "person", "KEN", "Negotiator", "Kenyan negotiator Peter Otieno"),
        ("The talks stalled after Egyptian envoy Ahmed Fathy walked out.",
         "Ahmed Fathy", "person", "EGY", "Envoy", "Egyptian envoy Ahmed Fathy"),
    ],
)
def test_small_texts(nlp, text, name, kind, country, role, first):
    doc = analyse(nlp, text, published="2005-02-01T00:00")
    actor = next(a for a in doc._.actors if a.kind == kind and a.country == country)
    if name:
        assert actor.name == name
    assert actor.role == role
    assert texts(doc, actor)[0] == first


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Russian officials said the plan was sound.", "RUS"),  # a demonym modifier is affiliation
        ("The talks in Geneva ended on Friday.", "CHE"),  # a city is where, not who
    ],
)
def test_no_actor_from_modifiers_and_places(nlp, text, absent):
    doc = analyse(nlp, text)
    # "Russian officials" are an actor of Russia's (below), but Russia itself is not named
    assert not [a for a in doc._.actors if a.country == absent and a.kind == "country"], [
        (a.name, a.kind, a.country) for a in doc._.actors
    ]


@pytest.mark.parametrize(
    "text, name, kind, country, code",
    [
        ("Palestinian officials demanded Friday that talks resume.", "Palestinian officials", "government", "PSE", "PSEGOV"),
        ("The Israeli army lifted the blockade on Friday.", "Israeli army", "government", "ISR", "ISRMIL"),
        ("Sudanese rebels shelled the town on Sunday.", "Sudanese rebels", "group", "SDN", "SDNREB"),
        ("Turkish authorities have imposed a curfew.", "Turkish authorities", "government", "TUR", "TURGOV"),
        ("Egyptian police opened fire on the crowd.", "Egyptian police", "government", "EGY", "EGYCOP"),
        ("Rebels in the Ivory Coast dismissed the appeal.", "Rebels in the Ivory Coast", "group", "CIV", "CIVREB"),
        ("A French minister threatened to impose restrictions.", "French minister", "person", "FRA", "FRAGOV"),
        ("The US Congress agreed to lift sanctions on Cuba.", "Congress", "government", "USA", "USAGOVLEG"),
        ("Hackers stole data from North Korean army officers.", "North Korean army officers", "government", "PRK", "PRKMIL"),
        ("The South African police arrested two men.", "South African police", "government", "ZAF", "ZAFCOP"),
    ],
)
def test_a_countrys_agents_are_actors(nlp, text, name, kind, country, code):
    doc = analyse(nlp, text, published="2000-01-01")
    a = by_name(doc, name)
    assert (a.kind, a.country, a.code) == (kind, country, code)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the plan was sound.",  # nobody's officials: no country to give them
        "Troops from the region moved in overnight.",
    ],
)
def test_agents_without_a_country_are_no_actors(nlp, text):
    doc = analyse(nlp, text)
    assert not [a for a in doc._.actors if a.code and a.code[3:] in ("GOV", "MIL")], [(a.name, a.code) for a in doc._.actors]


def test_the_united_states_as_object_is_the_country(nlp):
    doc = analyse(nlp, "The president accused the United States of restoring the blackmail.")
    us = by_name(doc, "United States")
    assert us.country == "USA" and us.kind in ("country", "government")


def test_description_resolves_to_the_named_person(nlp):
    doc = analyse(nlp, "Iranian President Hassan Rouhani arrived in Rome. The Iranian president said the talks went well.")
    rouhani = by_name(doc, "Hassan Rouhani")
    assert "The Iranian president" in texts(doc, rouhani)


def test_description_without_a_person_is_the_government(nlp):
    doc = analyse(nlp, "The French government said on Monday that the talks had failed.")
    gov = [a for a in doc._.actors if a.kind == "government"]
    assert len(gov) == 1 and gov[0].country == "FRA"


@pytest.mark.parametrize(
    "text, pronoun, name",
    [
        ("Angela Merkel met Tony Blair in Berlin. She said the meeting went well.", "She", "Angela Merkel"),
        ("Tony Blair arrived late, and he apologised.", "he", "Tony Blair"),
    ],
)
def test_pronouns(nlp, text, pronoun, name):
    doc = analyse(nlp, text)
    m = next(m for m in doc._.mentions if doc.text[m.start:m.end] == pronoun)
    assert m.via == "pronoun"
    assert by_id(doc, m.actor).name == name
    assert pronoun not in by_id(doc, m.actor).aliases


def test_an_untagged_surname_joins_the_person_or_stands_as_one(nlp):
    doc = analyse(nlp, "Tom Stumpf, the bank's chief, spoke first. Stumpf said on Tuesday that he was sorry.")
    assert "Stumpf" in texts(doc, by_name(doc, "Tom Stumpf"))
    doc = analyse(nlp, '"Every time you say that," Tester said, referring to the bank.')
    assert by_name(doc, "Tester").kind == "person"


def test_a_news_outlet_is_an_organization_not_a_country(nlp):
    doc = analyse(nlp, "The New York Times reported Saturday that the agency erred.")
    times = by_name(doc, "New York Times")
    assert times.kind == "organization" and times.country is None and times.code == "MED"


def test_country_opening_a_sentence_untagged_is_still_an_actor(nlp):
    # the small model leaves "Nigeria" untagged here; a country's own name needs no tag
    doc = analyse(nlp, "Nigeria said on Monday that it will withdraw its troops.")
    assert [a.country for a in doc._.actors if a.kind == "country"] == ["NGA"]


def test_it_resolves_to_the_country_or_body_that_acts(nlp):
    text = "Nigeria announced that it will withdraw its peacekeeping force from Chad."
    doc = analyse(nlp, text)
    nigeria = next(a for a in doc._.actors if a.country == "NGA")
    it = text.index(" it ") + 1
    assert [it, it + 2] in nigeria.mentions
    its = text.index("its ")
    assert [its, its + 3] in nigeria.mentions


@pytest.mark.parametrize("text", ["It is clear that Germany and France disagree.", "It was reported that France had withdrawn its ambassador."])
def test_expletive_it_is_left_alone(nlp, text):
    doc = analyse(nlp, text)
    assert not any([0, 2] in a.mentions for a in doc._.actors)


def test_surname_tagged_as_an_organisation_is_the_person_named_before(nlp):
    doc = analyse(nlp, "French President Francois Hollande met Angela Merkel. The meeting between Merkel and Hollande lasted two hours.")
    assert not [a for a in doc._.actors if a.kind == "organization"]
    hollande = [a for a in doc._.actors if a.name == "Francois Hollande"]
    assert len(hollande) == 1 and len(hollande[0].mentions) == 2


def test_ethnic_or_religious_group_of_fighters_takes_the_story_country(nlp):
    # a people's rebels or a faith's militants are a group even without a country of their own;
    # in a story about one country they are that country's
    doc = analyse(nlp, "The Kenyan government on Friday rejected demands from Turkana rebels for more land.")
    rebels = by_name(doc, "Turkana rebels")
    assert rebels.kind == "group" and rebels.country == "KEN"
    doc = analyse(nlp, "Islamic fundamentalists demanded the release of Algerian opposition leaders.")
    assert by_name(doc, "Islamic fundamentalists").country == "DZA"


def test_identity_group_without_a_home_country_has_none(nlp):
    doc = analyse(nlp, "Islamic fundamentalists criticised France and Italy.")
    assert by_name(doc, "Islamic fundamentalists").country is None


def test_lowercase_modifier_makes_no_identity_group(nlp):
    doc = analyse(nlp, "Angry demonstrators marched through the Kenyan capital.")
    assert not [a for a in doc._.actors if "demonstrators" in a.name and a.country is None]


def test_agents_of_a_place_marked_by_a_country_adjective_are_that_country(nlp):
    doc = analyse(nlp, "Druze inhabitants of the Syrian Golan Heights held a general strike.")
    actor = next(a for a in doc._.actors if "inhabitants" in a.name)
    assert actor.country == "SYR"


@pytest.mark.parametrize("text, country", [
    ("Tony Blair and Gordon Brown spoke in London. The government wants the bill passed.", "GBR"),
    ("Vladimir Putin met Sergei Lavrov in Moscow. The government wants the bill passed.", "RUS"),
    # rule HC: a clear majority, three times the runner-up, under a 60% share
    ("Chancellor Gordon Brown promoted the plan in Edinburgh. Transport Secretary Alistair Darling joined "
     "Mr Brown there. Peter Hain was in Cardiff. Mr Brown thanked Mr Hain and Mr Darling. The government "
     "wants the bill passed. Readers compared the US with India. Others compared Ireland with India, the US "
     "and Ireland.", "GBR"),
])
def test_the_government_of_a_one_country_story_is_that_countrys(nlp, text, country):
    doc = analyse(nlp, text)
    govs = [a for a in doc._.actors if a.kind == "government"]
    assert [(g.country, texts(doc, g)) for g in govs] == [(country, ["The government"])]


def test_the_government_of_a_story_about_two_countries_is_nobodys(nlp):
    doc = analyse(nlp, "Tony Blair met Vladimir Putin and George Bush. The government wants the bill passed.")
    assert not [a for a in doc._.actors if a.kind == "government"]


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Syrian Kurds demanded autonomy on Monday.", "Syrian Kurds", "SYR"),
        ("Thousands of Turkish Kurds fled to Iran last week.", "Turkish Kurds", "TUR"),
    ],
)
def test_a_people_marked_by_a_country_adjective_is_of_that_country(nlp, text, name, country):
    doc = analyse(nlp, text, published="2000-01-01")
    assert by_name(doc, name).country == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("The Syrian Social Nationalist Party rejected the proposal on Monday.", "Syrian Social Nationalist Party", "SYR"),
        ("The Iraqi Liberation Army claimed the attack.", "Iraqi Liberation Army", "IRQ"),
        ("Talks in Geneva between the United Nations and Iran ended.", "United Nations", None),
    ],
)
def test_a_movement_the_dictionary_files_under_a_region_takes_the_country_its_name_opens_with(nlp, text, name, country):
    doc = analyse(nlp, text, published="2000-01-01")
    assert by_name(doc, name).country == country


def test_factions_of_a_country_are_its_actors(nlp):
    doc = analyse(nlp, "Rival Somali factions signed a truce on Monday.", published="2000-01-01")
    assert by_name(doc, "Rival Somali factions").country == "SOM"


@pytest.mark.parametrize("text, name, it_is_theirs", [
    ("Tony Blair said the bill would be a nudge to the government and suggested it would demand a response.",
     "government", False),  # "it" is the bill: an object is no antecedent for "it"
    ("The Ummah Renewal party has said it will boycott the elections.", "Ummah Renewal", True),  # a name inside the subject
    ("Nigeria announced that it will withdraw its troops.", "Nigeria", True),
])
def test_it_refers_to_a_subject_or_to_nobody(nlp, text, name, it_is_theirs):
    doc = analyse(nlp, text)
    owners = [a for a in doc._.actors if name.lower() in a.name.lower() or any(name.lower() in x.lower() for x in a.aliases)]
    it_at = text.index(" it ") + 1
    assert any([it_at, it_at + 2] in [list(m) for m in a.mentions] for a in owners) == it_is_theirs, [
        (a.name, texts(doc, a)) for a in doc._.actors
    ]


@pytest.mark.parametrize("text, pronoun_owner", [
    # names inside prepositional phrases before a subject pronoun do not take it from the last subject
    ("Pervez Musharraf spoke in London. But standing next to Tony Blair he added that talks must go on.", "Pervez Musharraf"),
    ("Tony Blair felt he had lost trust. At a dinner hosted by John Prescott he told Gordon Brown the news.", "Tony Blair"),
])
def test_a_subject_pronoun_after_names_in_phrases_continues_the_last_subject(nlp, text, pronoun_owner):
    doc = analyse(nlp, text)
    he_at = text.rindex(" he ") + 1
    owner = next(a for a in doc._.actors if [he_at, he_at + 2] in [list(m) for m in a.mentions])
    assert owner.name == pronoun_owner


@pytest.mark.parametrize("text, name", [
    ("The Liberal Democrats are promising to raise the threshold.", "Liberal Democrats"),
    ("Syrian Kurds demanded autonomy on Monday.", "Syrian Kurds"),  # a country word stays the group's country, as before
])
def test_a_capitalised_modifier_missed_by_the_tagger_joins_the_name(nlp, text, name):
    doc = analyse(nlp, text, published="2005-01-01")
    assert name in [a.name for a in doc._.actors], [(a.name, texts(doc, a)) for a in doc._.actors]


@pytest.mark.parametrize(
    "text, name",
    [
        ("A prominent anti-Iranian columnist fled the country.", "columnist"),
        ("Pro-Syrian gunmen attacked the village.", "gunmen"),
    ],
)
def test_a_country_after_anti_or_pro_is_no_affiliation(nlp, text, name):
    doc = analyse(nlp, text, published="2000-01-01")
    assert not [a for a in doc._.actors if name in a.name and a.country in ("IRN", "SYR")], [
        (a.name, a.country) for a in doc._.actors
    ]


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Judge Maria Lopez charged six Peruvian army officers with murder.", "Maria Lopez", "PER"),
        ("Mayor Juan Ortega ordered the arrest of Bolivian police officers.", "Juan Ortega", "BOL"),
        ("Governor Ahmed Sani imposed a curfew in Kano on Monday.", "Ahmed Sani", "NGA"),
        ("President Jean Ndoumba declared a state of emergency in Libreville.", "Jean Ndoumba", "GAB"),
    ],
)
def test_a_home_office_holder_named_without_a_country_is_of_the_story_or_its_places(nlp, text, name, country):
    doc = analyse(nlp, text, published="2000-01-01")
    assert by_name(doc, name).country == country


def test_a_minister_named_without_a_country_takes_no_home_country(nlp):
    doc = analyse(nlp, "Foreign Minister Ali Rahimi met Peruvian army officers in Lima.", published="2000-01-01")
    assert by_name(doc, "Ali Rahimi").country is None


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Riot police fired tear gas at students in Nairobi.", "Riot police", "KEN"),
        ("Police arrested two opposition leaders in Lusaka on Monday.", "Police", "ZMB"),
        ("Police said the plan was sound.", None, None),  # nobody's police: no actor
    ],
)
def test_police_of_no_named_country_are_the_storys(nlp, text, name, country):
    doc = analyse(nlp, text, published="2000-01-01")
    assert "Riot" not in [a.name for a in doc._.actors]  # a capital that opens the sentence is no name
    police = [a for a in doc._.actors if "olice" in a.name]
    assert [(a.name, a.country) for a in police] == ([(name, country)] if name else [])


def test_one_capitalised_word_after_an_article_is_no_person(nlp):
    doc = analyse(nlp, "The Bill proposes control orders, which could impose curfews.")
    assert not [a for a in doc._.actors if a.kind == "person"], [(a.name, a.kind) for a in doc._.actors]


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Vice President Joe Biden spoke in Iowa on Monday.", "Joe Biden", "Vice President"),
        ("Deputy Prime Minister John Prescott stayed in London on Monday.", "John Prescott", "Deputy Prime Minister"),
    ],
)
def test_a_rank_word_stays_in_the_role(nlp, text, name, role):
    """A rank word before the title makes it another office: the vice president is not the president."""
    doc = analyse(nlp, text, published="2012-02-01T00:00")
    assert next(a for a in doc._.actors if a.name == name).role == role
