"""coincide_figures on small texts with the real model and the whole pipeline."""

from __future__ import annotations

import re

import pytest

from coincide.nlp.figures import parse_value
from coincide.nlp.mentions import actor_by_id
from pipeline_helpers import analyse


@pytest.mark.parametrize(
    "words, want",
    [
        (["93,000"], 93000), (["two"], 2), (["2.5", "million"], 2_500_000), (["$12M"], 12_000_000),
        (["millions"], 1_000_000), (["two", "-", "thirds"], 2 / 3), (["twenty-five"], 25),
        (["three", "hundred"], 300), (["banana"], None),
        # "dozen" multiplies the number before it
        (["two", "dozen"], 24), (["a", "dozen"], 12), (["dozen"], 12),
    ],
)
def test_parse_value(words, want):
    got = parse_value(words)
    assert (got is None and want is None) or abs(got - want) < 1e-9


def test_casualty_figure_with_qualifier_place_source_and_since(nlp):
    doc = analyse(
        nlp,
        "At least 93,000 people have been killed in Syria's conflict since it erupted in March 2011, "
        "according to a recent U.N. estimate.",
    )
    (f,) = [f for f in doc._.figures if f.value == 93000]
    assert (f.unit, f.about, f.qualifier, f.since) == ("people", "people killed", "at least", "2011-03")
    assert actor_by_id(doc, f.place).country == "SYR"
    assert "U.N" in actor_by_id(doc, f.source).name or "United Nations" in actor_by_id(doc, f.source).name


@pytest.mark.parametrize(
    "text, value, unit, about, qualifier",
    [
        ("Millions have been displaced.", 1_000_000, "people", "displaced", "at least"),
        # "tens of" / "hundreds of" a plural scale: ten or a hundred of the scale, one figure
        ("Tens of thousands of workers marched.", 10_000, "people", "workers marched", "at least"),
        ("Hundreds of thousands of people fled the city.", 100_000, "people", "people fled", "at least"),
        # "11m voters": the magnitude the tokenizer splits off counts millions of people
        ("The scheme will help 2.5m pensioners.", 2_500_000, "people", "pensioners help", None),
        # the number "the number of <people>" rises or falls to counts those people
        ("The number of migrants rose to 12,000 last year.", 12_000, "people", "migrants rose", None),
        # a bare number that says something or does something to "their" things counts people
        ("About 300 said they would strike.", 300, "people", "said", "about"),
        ("More than 2 million have already cast their votes.", 2_000_000, "people", "cast", "more than"),
        # a count of people: unit people, `about` what they are and what happened to them
        ("Police arrested more than 200 protesters.", 200, "people", "protesters arrested", "more than"),
        ("Two soldiers were wounded in the attack.", 2, "people", "soldiers wounded", None),
        # "people" is the noun counted as much as "soldiers" is: it stays in `about` beside the verb
        ("Organisers put the crowd at 3,000 people outside the hall.", 3000, "people", "people put", None),
        ("The governor said 40,000 people had left the region.", 40_000, "people", "people left", None),
        ("Millions of children are denied a decent education.", 1_000_000, "people", "children denied", "at least"),
        ("The donors pledged $2.5 million for the camps.", 2_500_000, "dollars", "pledged camps", None),
        ("Nearly two-thirds of the population has fled.", 2 / 3, "share", "population fled", "nearly"),
        # money: magnitudes, symbols and words, and the noun phrase it is counted in
        ("The Tories promised £4bn in tax cuts.", 4e9, "pounds", "promised tax cuts", None),
        ("Labour says there is an £11bn gap in the plans.", 11e9, "pounds", "gap in plans", None),
        ("The party received just over £1m last year.", 1e6, "pounds", "received", "just over"),
        ("He proposed a three pence cut in income tax.", 3, "pence", "cut income tax", None),
        ("The fund will cost EUR 20m over two years.", 20e6, "euros", "cost", None),
        # percentages and what they are of
        ("She won 62.6 percent of the vote.", 62.6, "percent", "won vote", None),
        ("The US imposed tariffs of 25 per cent on steel.", 25, "percent", "tariffs", None),
        # a superlative on a percentage names the group it is
        ("The richest 10% own more than the poorest 50%.", 50, "percent", "poorest", None),
        ("Taxes on the poorest 20% rose.", 20, "percent", "poorest", None),
        ("Benefits for the lower 60% were frozen.", 60, "percent", "lower", None),
        # a container noun ("a maximum of", "a cost of") passed on to a verb measures the verb's object
        ("Ministers who lie will face fines up to a maximum of £5,000.", 5000, "pounds", "face fines", None),
        ("They agreed to buy the first 200m doses at a cost of $15 each.", 15, "dollars", "buy doses", None),
        # "N in M": a share of the noun after M, or of what the verb says when there is none
        ("Nearly 3 in 10 rural voters backed the plan.", 0.3, "share", "rural voters backed", "nearly"),
        ("One in 8 nurses in the region left the service.", 0.125, "share", "nurses left", None),
        ("About 7 in 10 said the council had failed.", 0.7, "share", "said", "about"),
        ("Nine out of 10 farmers opposed the levy.", 0.9, "share", "farmers opposed", None),
        # an amount after a preposition or adverb on a copula measures the copula's subject
        ("Public borrowing should be under 3% of output.", 3, "percent", "public borrowing", "under"),
        ("The pension fund is down 12.5 percent this year.", 12.5, "percent", "pension fund", None),
        # a percentage that is the copula's subject measures what the copula says of it
        ("Most backed the plan, but 14 percent were undecided.", 14, "percent", "undecided", None),
        ("Asked about the merger, 9% were opposed.", 9, "percent", "opposed", None),
        # a relative clause's amount measures the noun the clause is on; "as high as" passes on to its verb
        ("The sales tax, which, at 9 percent, is the lowest in the region, will rise.", 9, "percent", "sales tax", None),
        ("The top rate, which now goes as high as 45 percent, will be cut.", 45, "percent", "top rate goes", None),
        # "half a million": the scale's half
        ("Half a million workers joined the strike.", 500_000, "people", "workers joined", None),
        ("The plan expects a quarter of a million workers to retrain.", 250_000, "people", "workers", None),
        # a percentage written as a hyphenated compound adjective
        ("The senator's nine-percentage-point lead shrank.", 9, "points", "lead", None),
        ("Shops reported a 4-percent fall in sales.", 4, "percent", "fall", None),
        # a bound after a noun ("above", "under") measures that noun
        ("Taxes on incomes above £150,000 will rise.", 150000, "pounds", "incomes", None),
        ("Firms with profits under $2 million pay the lower rate.", 2e6, "dollars", "profits", "under"),
        # a percentage in a list the parse hangs on nothing measures its clause's subject
        ("Ticket sales are up this year at three of the theatres: the Apollo by 12 percent; the Lyric by 7.5 percent.", 7.5, "percent", "ticket sales", None),
        ("Attendance fell by 9.5 percent at the museum, 4.5 percent at the gallery and 3.0 percent at the zoo.", 3.0, "percent", "attendance", None),
        ("Donations rose this year at two of the branches: Leeds by £5,000; York by £3,000.", 3000, "pounds", "donations rose", None),
        # a qualifier's word the parser makes a verb ("to close to") is no part of what is measured
        ("Her lead in the poll grew on Monday, to close to 12 percent, after the debate.", 12, "percent", "grew", "close to"),
        # an amount on an adjective on a noun measures the noun
        ("The council set a 20 percent effective service charge on flats.", 20, "percent", "effective service charge", None),
        # "-ors"/"-ons" plurals are people when the Phoenix agents dictionary lists them
        ("Twelve senators voted against the bill.", 12, "people", "senators voted", None),
        # a plural whose commonest WordNet sense is a kind of person counts people (lexicon/people.toml)
        ("About 30,000 pupils sat the new exam.", 30000, "people", "pupils sat", "about"),
        ("Some 420 delegates walked out of the conference.", 420, "people", "delegates walked", "some"),
        ("The board appointed three judges to the panel.", 3, "people", "judges appointed", None),
        # a plural whose senses before its person sense are all abstract counts people
        ("Nine justices heard the appeal.", 9, "people", "justices heard", None),
        ("The new vaccine could save two million lives.", 2e6, "people", "lives save", None),
        # an amount alone between dashes or in brackets after a noun restates that noun's size
        ("The firm has always paid corporation tax - currently 19% - in full.", 19, "percent", "corporation tax", None),
        ("Voters back a higher rate of fuel duty (now 52p) in the survey.", 52, "pence", "rate of fuel duty", None),
        # an amount in brackets after another's "per annum" restates it and measures the same thing
        ("Some $3 billion per annum (£1.7bn) is needed to rebuild the schools.", 1.7e9, "pounds", "needed", None),
        # in a ranking, the amount at "followed by X" is X's share
        ("The survey put Smith first on 30 percent, followed by Jones at 12 percent.", 12, "percent", "jones", None),
        # a clause whose verb is left out (gapping) keeps the first amount's verb and subject
        ("Attendance fell by 11.2 percent at Grand Palace Casino, 4.5 percent at Bell’s and 3.0 percent at the Ritz.",
         4.5, "percent", "fell attendance", None),
        # an amount on "more"/"less" before an adjective measures the comparison
        ("The study found girls were 12% more likely than boys to stay at school.", 12, "percent", "more likely", None),
        # a part of a group of people ("two of the X") counts those people
        ("Four of the striking nurses were arrested.", 4, "people", "striking nurses arrested", None),
        # a count of things destroyed or seized stays a figure
        ("Government forces shelled 12 villages overnight.", 12, "villages", "shelled", None),
        # only people are killed or arrested: the plural such a verb is said of counts people
        ("The blast killed 12 operators at the plant.", 12, "people", "operators killed", None),
        # a phrasal verb keeps its particle, which the parser may call an adverb
        ("The council paid out £3m in compensation.", 3e6, "pounds", "paid out", None),
        ("Ministers clawed back £40m through a levy on banks.", 40e6, "pounds", "clawed back", None),
        # a conjunct amount continues the one before it ("12% in Leeds and 15% in York")
        ("She said there had been falling ticket sales of 12% in Leeds and 15% in York.", 15, "percent", "ticket sales", None),
        # a passive verb of change's subject is what the money measures
        ("The basic allowance was raised to £5,000.", 5000, "pounds", "raised basic allowance", None),
    ],
)
def test_figure(nlp, text, value, unit, about, qualifier):
    doc = analyse(nlp, text)
    got = [f for f in doc._.figures if abs(f.value - value) < 1e-6]
    assert len(got) == 1, [(f.value, f.unit, f.about) for f in doc._.figures]
    (f,) = got
    # `about` is a phrase: it must hold the words of what is counted, in order
    assert (f.unit, f.qualifier) == (unit, qualifier) and re.search(r"\b" + r"\b.*\b".join(about.split()) + r"\b", f.about or ""), (
        f.value, f.unit, f.about, f.qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in 1996 on June 17.",  # years and days are no figures
        "The 18 most important cities voted.",  # a count of things nothing happened to
        "He is 45 years old.",
        "The club won 3 in 2015 and lost 2.",  # "N in" a year is a date, no share
        "Four cantons voted against the plan.",  # an "-ons" plural Phoenix does not list: no people
        "The eight remaining casinos closed.",  # nor "-inos"
        "Fifty member states signed the treaty.",  # a plural body noun is what the number counts
        # a noun whose commonest sense is no person, though a later one is ("model": a representation, then a person who poses)
        "Six models were shown at the fair.",
        "Twenty schools were closed by the storm.",
        "Three types of tax were cut.",  # with "of", an abstract-first plural is a kind, not people
        # a clock time is no amount of pence
        "The gunmen attacked the convoy at 9:42 p.m. on Tuesday.",
        "Polls close at 10.30pm and the count begins.",
        "Two of the cars were sold at auction.",  # a part of a group of things
        "The number of cars rose to 12,000 last year.",  # nor of things
        "Three were destroyed in the fire.",  # a bare number doing nothing only people do
        "The new runway is 300m long.",  # "m" after a number is no million without people or money
        # a count of things is a figure only when they are destroyed or seized, not given or sent
        "The ballots were sent to the 650 constituencies.",
        "Only five countries spend that much on defence.",
        # an agent-noun ending alone ("-ents", "-ers", "-ants") is no person when WordNet's commonest
        # sense of the word is none
        "The party held three events in the city.",
        "Officials released 40 documents about the deal.",
        "The company sold 500 computers last year.",
        "He has lived on three continents.",
    ],
)
def test_no_figure(nlp, text):
    assert analyse(nlp, text)._.figures == []


# The lead's reading (round 19): a number joined to a noun of membership or of people, or to
# "strong", as the modifier of a body's noun states the body's size, a count of people about the
# body, as tune7's and tune8's labels read it. The rule that reads it failed the keep rule (a
# checking set gained a wrong figure and no label: docs/events-figures.md, nineteenth round), so
# the reading is held here as expected to fail until a rule that reads it is kept.
@pytest.mark.xfail(strict=True, reason="settled reading; its rule was dropped under the keep rule (round 19)")
@pytest.mark.parametrize(
    "text, value, about",
    [
        ("The seven member council was elected.", 7, "member council"),
        ("A 12 man jury was sworn in.", 12, "man jury"),
        ("The 40-employee Widget Board is funded by a levy.", 40, "employee widget board"),
        ("A 300-strong crowd gathered outside the court.", 300, "strong crowd"),
    ],
)
def test_body_size_in_members(nlp, text, value, about):
    (f,) = [f for f in analyse(nlp, text)._.figures if abs(f.value - value) < 1e-6]
    assert f.unit == "people" and about in (f.about or "")


def test_speaker_of_the_quote_is_the_source(nlp):
    doc = analyse(nlp, '"More than 500 civilians were killed in the shelling," Amnesty International said.')
    (f,) = [f for f in doc._.figures if f.value == 500]
    assert f.source is not None and "Amnesty" in actor_by_id(doc, f.source).name


@pytest.mark.parametrize(
    "text, value, high, unit, span",
    [
        # "between X and Y": both ends carry their own magnitude
        ("The party would raise between £2bn and £3bn from the levy.", 2e9, 3e9, "pounds", "between £2bn and £3bn"),
        # a dash between bare digits: the unit and magnitude after the high end hold for the low end
        ("Officials expect inflation of 10-15% next year.", 10, 15, "percent", "10-15%"),
        ("The council will spend £2-3bn on new roads.", 2e9, 3e9, "pounds", "£2-3bn"),
        ("Rents rose by 10 to 15 per cent in the capital.", 10, 15, "percent", "10 to 15 per cent"),
        # "from X to Y": a low and a high end, whichever comes first
        ("The rate would rise from 5% to 7% under the plan.", 5, 7, "percent", "from 5% to 7%"),
        ("Fees were cut from $900 to $600.", 600, 900, "dollars", "from $900 to $600"),
        # a low end without magnitude is not scaled past the high end ("between £500 and £3m")
        ("Fines range between £500 and £3m.", 500, 3e6, "pounds", "between £500 and £3m"),
        # a hedge after "from", and percentage points, in a range
        ("His lead narrowed from about 9 percentage points to 4 percentage points.", 4, 9, "points", "from about 9 percentage points to 4 percentage points"),
        # a range the entity recogniser tags a date up to its low end ("between 57") is no date
        ("The mayor needs to win between 57 and 60 percent of the remaining votes.", 57, 60, "percent", "between 57 and 60 percent"),
    ],
)
def test_range(nlp, text, value, high, unit, span):
    doc = analyse(nlp, text)
    (f,) = [f for f in doc._.figures if f.unit == unit]
    assert (f.value, f.value_high, f.text) == (value, high, span)


@pytest.mark.parametrize(
    "text",
    [
        "Labour raised £2bn and the Tories £3bn.",  # "and" without "between" joins two figures
        "He paid £500 in 2004 and £700 in 2005.",
        # a score written high to low without "from" is two figures, not a range
        "The poll puts Labour ahead by 46 percent to 39 percent.",
        # the day of a date is no low end ("July 14 to 46 percent")
        "Her support rose from 40 percent on July 14 to 46 percent on August 1.",
        # a change and the level it reached are two figures of two units, no range
        "Sales fell 2.5 percent to £310 million last year.",
    ],
)
def test_no_range(nlp, text):
    figures = [f for f in analyse(nlp, text)._.figures if f.unit in ("pounds", "percent")]
    assert len(figures) == 2 and all(f.value_high is None for f in figures), [(f.value, f.value_high) for f in figures]


@pytest.mark.parametrize(
    "text, value, unit, span",
    [
        # an article before a number word is no part of the figure ("a three pence rise")
        ("They proposed a three pence rise in income tax.", 3, "pence", "three pence"),
        ("Sales fell by a one point three per cent margin.", 1.3, "percent", "one point three per cent"),
    ],
)
def test_article_before_number_words(nlp, text, value, unit, span):
    (f,) = [f for f in analyse(nlp, text)._.figures if f.unit == unit]
    assert (f.value, f.text) == (value, span)


@pytest.mark.parametrize(
    "text, value, about",
    [
        # an amount that hangs from a preposition or particle takes the verb they hang from
        ("The minister earned up to £90,000 from lectures.", 90000, "earned"),
        ("Support for the party fell from 40 percent in May.", 40, "fell"),
        ("Nurses were making on average $45,000 a year.", 45000, "making"),
    ],
)
def test_about_climbs_prepositions_to_the_verb(nlp, text, value, about):
    (f,) = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert about in (f.about or "").split(), f.about



@pytest.mark.parametrize(
    "text, value, about, qualifier",
    [
        # a share in words, of what the "of" phrase names
        ("A third of voters backed the deal.", 1 / 3, "voters", None),
        ("Half of all pensioners would be better off.", 0.5, "pensioners", None),
        ("About a quarter of students leave with large debts.", 0.25, "students", "about"),
    ],
)
def test_share_in_words(nlp, text, value, about, qualifier):
    (f,) = [f for f in analyse(nlp, text)._.figures if f.unit == "share"]
    assert abs(f.value - value) < 1e-9 and about in (f.about or "") and f.qualifier == qualifier, (f.value, f.about, f.qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The group raised little money in the first half of 2015.",  # a part of a period of time
        "Sales grew in the last quarter of the year.",
        "He was the third of five speakers.",  # an ordinal, no share
    ],
)
def test_no_share(nlp, text):
    assert [f for f in analyse(nlp, text)._.figures if f.unit == "share"] == []


@pytest.mark.parametrize(
    "text, value",
    [
        # a plural magnitude of a plural magnitude: the least it can be
        ("Donors gave hundreds of millions of dollars to the foundation.", 1e8),
        ("The campaign spent tens of millions of pounds on advertising.", 1e7),
        ("The campaign spent millions of pounds on advertising.", 1e6),
    ],
)
def test_plural_magnitudes_of_money(nlp, text, value):
    got = [f for f in analyse(nlp, text)._.figures if f.unit in ("dollars", "pounds")]
    assert [f.value for f in got] == [value], [(f.value, f.text) for f in got]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        # currencies of ISO 4217 (pycountry) by word, by code before or after the number, by symbol
        ("India will spend 500 billion rupees on roads.", 500e9, "rupees"),
        ("The bank was fined CHF 20m by the regulator.", 20e6, "francs"),
        ("The fund holds 300m INR in bonds.", 300e6, "rupees"),
        ("The deal is worth 3bn yuan, officials said.", 3e9, "yuan"),
        ("Ticket prices rose to ₹500 this year.", 500, "rupees"),
        # a name between the number and the currency word ("Swiss francs") was read as dollars
        ("The company paid 40 million Swiss francs in damages.", 40e6, "francs"),
        ("Donors gave USD 5m to the appeal.", 5e6, "dollars"),
    ],
)
def test_currencies_of_the_world(nlp, text, value, unit):
    got = [(f.value, f.unit) for f in analyse(nlp, text)._.figures]
    assert got == [(value, unit)], got


@pytest.mark.parametrize(
    "text",
    [
        "All 5 members of the panel agreed.",  # "ALL" is a currency code only in capitals beside a number
        "The team won 3 real victories.",  # "real" and "won" are English words first
    ],
)
def test_no_currency(nlp, text):
    assert [f for f in analyse(nlp, text)._.figures if f.unit not in ("people",)] == []


@pytest.mark.parametrize(
    "text, value, high",
    [
        # a range of a count of people is one figure, counted by the noun after its high end
        ("Between 2,000 and 3,000 people were killed in the fighting.", 2000, 3000),
        ("Police said 10,000-15,000 protesters marched through the city.", 10000, 15000),
        ("Officials said 20 to 30 soldiers were wounded.", 20, 30),
        ("From 2 to 3 million children fled.", 2e6, 3e6),  # the low end takes the high end's magnitude
    ],
)
def test_count_range(nlp, text, value, high):
    got = [(f.value, f.value_high, f.unit) for f in analyse(nlp, text)._.figures]
    assert got == [(value, high, "people")], got


def test_count_pair_without_between_is_two_counts(nlp):
    got = [(f.value, f.value_high) for f in analyse(nlp, "The army lost 300 soldiers and 200 officers were captured.")._.figures]
    assert all(h is None for _, h in got) and {v for v, _ in got} == {300, 200}, got


@pytest.mark.parametrize(
    "text, value, about",
    [
        # a bare number after a count of people leaves that count's noun out (ellipsis)
        ("The teachers' union has 300,000 members and the nurses' union has 90,000.", 90000, "members"),
        ("The final drew 12 million viewers, compared with fewer than 5 million last year.", 5e6, "viewers"),
        # the noun is shared, its owner is not: the number's own possessor replaces the noun's
        ("Leeds's 5,000 workers voted yes, while Hull's 3,000 voted no.", 3000, "hull 's workers"),
    ],
)
def test_elided_noun_of_people(nlp, text, value, about):
    got = [f for f in analyse(nlp, text)._.figures if abs(f.value - value) < 1e-6]
    assert [(f.unit, about in (f.about or "")) for f in got] == [("people", True)], [(f.value, f.unit, f.about) for f in analyse(nlp, text)._.figures]


@pytest.mark.parametrize(
    "text",
    [
        # people come whole: a fraction after a count of people is no count of them
        "The survey asked 2,000 adults and has a margin of error of 2.5.",
        # a number inside the noun's own phrase is no ellipsis ("voters over 60" is an age)
        "Some 3,000 voters over 60 signed the letter.",
    ],
)
def test_no_elided_count(nlp, text):
    figures = analyse(nlp, text)._.figures
    assert all(f.value in (2000, 3000) for f in figures), [(f.value, f.unit, f.about) for f in figures]


@pytest.mark.parametrize(
    "text, value, source_text",
    [
        # a survey, a poll, a report or a document that finds, shows or says a figure claims it,
        # though no actor list holds it: its own words are the claimant
        ("A new survey found that 43% of parents back the longer school day.", 43, "A new survey"),
        ("The latest poll shows the mayor at 38 percent among likely voters.", 38, "The latest poll"),
        ("By midnight, exit polls showed 61% of young voters backing the reform.", 61, "exit polls"),
        ("The annual report says the scheme cost £42m last year.", 42e6, "The annual report"),
        ("Spending rose to £3.1bn, according to council documents.", 3.1e9, "council documents"),
        # a quotation whose source the quotes component found, though no actor list holds it
        # (doc._.quotes: speaker None, source_span set): the source's words claim what it quotes
        ('A leaked memo had this to say: "Nearly 40% of the staff would lose their jobs."', 40, "A leaked memo"),
        ("A second source said that about 300 officers were sent to the border.", 300, "A second source"),
        ("A local charity says that the mayor, who earns between $90,000 and $95,000 a year, has lost 2,000 votes.",
         90000, "A local charity"),
        # a poll or an average the figure is read "in" claims it as one that "shows" it
        ("The senator is backed by 28% of party members in the polling average.", 28, "the polling average"),
        ("But the bill fell to 12 percent in the latest weekly survey.", 12, "the latest weekly survey"),
        # "in" a place or a month is no claimant
        ("He won 40% of the vote in the county.", 40, None),
        # an actor claimant stays an actor, with no words beside it
        ("The Treasury said the plan would cost £5bn.", 5e9, None),
        # a pronoun names nobody; with no reporting verb above the figure there is no claimant
        ("It found that 12% of the loans were never repaid.", 12, None),
        ("Prices rose 4% in March.", 4, None),
        # the figure counts who speak: nobody is named as claiming it
        ("Nearly 46 percent of voters said they would back the plan.", 46, None),
    ],
)
def test_claimant_words_when_no_actor_names_it(nlp, text, value, source_text):
    (f,) = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert f.source_text == source_text
    if source_text is not None:
        assert f.source is None


@pytest.mark.parametrize(
    "text, value, head, modifier",
    [
        # the amount is on a possessor or a modifier inside the noun phrase; the phrase's head is
        # what the money measures
        ("The defeat cost her the £85,000 adviser's salary she had drawn.", 85000, "salary", "adviser"),
        ("The council backed a $12 dollar-an-hour city minimum wage on Monday.", 12, "minimum wage", None),
        # money in words before a noun phrase measures that phrase as well
        ("Critics said the lottery had become a billion-dollar cash machine.", 1e9, "cash machine", None),
    ],
)
def test_money_inside_a_noun_phrase_measures_its_head(nlp, text, value, head, modifier):
    (f,) = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert head in (f.about or ""), f.about
    if modifier:
        assert (f.about or "").split()[-1] != modifier, f.about


def test_a_count_of_people_on_a_possessor_counts_the_possessor(nlp):
    # people are counted where they stand; only money and percentages climb to the phrase's head
    (f,) = [f for f in analyse(nlp, "Officials said the 12 nurses' wages rose.")._.figures if f.value == 12]
    assert (f.unit, f.about) == ("people", "nurses")


@pytest.mark.parametrize(
    "text, first, second",
    [
        # a score after a lead measures its two sides in the order they are named, the subject first
        ("The senator leads the governor, 52%-41%, among young voters.", (52, "senator leads"), (41, "governor leads")),
        ("Jones beat Smith 55% to 45% in the runoff.", (55, "jones beat"), (45, "smith beat")),
        ("Smith is now well ahead of the Labour candidate 46 percent to 39 percent according to a poll released Monday.",
         (46, "smith ahead"), (39, "labour candidate ahead")),
    ],
)
def test_score_pair_after_a_lead_measures_its_two_sides(nlp, text, first, second):
    got = {f.value: f.about for f in analyse(nlp, text)._.figures if f.unit == "percent"}
    assert got == {first[0]: first[1], second[0]: second[1]}


@pytest.mark.parametrize(
    "text, value, high",
    [
        # a range is no score, and a pair with no lead before it keeps its own reading
        ("Support for the plan rose from 40 percent to 46 percent.", 40, 46),
        ("The two candidates were in a dead heat, 44% to 43%, within the margin of error.", 44, None),
    ],
)
def test_no_score_pair_without_a_lead(nlp, text, value, high):
    (f,) = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert f.value_high == high
    assert not any(w in (f.about or "").split() for w in ("leads", "ahead", "beat")), f.about


@pytest.mark.parametrize(
    "text, value, about",
    [
        # a margin in points is one in percentage points: after "by", or before a word of a margin
        ("The senator won the primary by more than ten points.", 10, "won"),
        ("The mayor trailed his rival by 8 points in the poll.", 8, "trailed"),
        ("She holds a 12-point lead over her rival.", 12, "lead"),
    ],
)
def test_margin_in_points(nlp, text, value, about):
    got = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert len(got) == 1 and got[0].unit == "points" and about in (got[0].about or ""), got


@pytest.mark.parametrize(
    "text",
    [
        "The Dow fell by 200 points on Monday.",  # points of an index are no margin
        "The party unveiled a ten-point plan.",  # nor the points of a plan
        "She made three points in her speech.",
    ],
)
def test_points_that_are_no_margin(nlp, text):
    assert [f for f in analyse(nlp, text)._.figures if f.unit == "points"] == []


@pytest.mark.parametrize(
    "text, value, about, qualifier",
    [
        # a share word with no "of" that is a verb's subject is a share of those who do it
        ("Less than a third agreed with the decision.", 1 / 3, "agreed", "less than"),
        ("Nearly half said they would vote.", 0.5, "said", "nearly"),
        ("Three-fourths say the economy is weak.", 0.75, "say", None),
        ("Two-thirds support strict limits on carbon emissions.", 2 / 3, "support", None),
    ],
)
def test_share_with_no_of_as_subject(nlp, text, value, about, qualifier):
    got = [f for f in analyse(nlp, text)._.figures if abs(f.value - value) < 1e-6]
    assert len(got) == 1 and (got[0].unit, got[0].about, got[0].qualifier) == ("share", about, qualifier), got


@pytest.mark.parametrize(
    "text",
    [
        "The second half began late.",  # a part of a period
        "Half the battle is won.",  # a share word that is no verb's subject
        "A third is enough for now.",  # the subject of "be" says what a share is, not who does something
    ],
)
def test_no_share_subject(nlp, text):
    assert [f for f in analyse(nlp, text)._.figures if f.unit == "share"] == []


@pytest.mark.parametrize(
    "text, value, about",
    [
        # a bare number said to suffer what only people suffer counts people
        ("The gunman killed 14 at the concert.", 14, "killed"),
        ("The 53 wounded were taken to hospital.", 53, "wounded"),
        ("Thirty injured were treated at the scene.", 30, "injured"),
        ("Two were arrested after the march.", 2, "arrested"),
    ],
)
def test_bare_number_suffering_what_people_suffer(nlp, text, value, about):
    got = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert len(got) == 1 and (got[0].unit, got[0].about) == ("people", about), got


@pytest.mark.parametrize(
    "text",
    [
        "Three were destroyed in the fire.",  # things are destroyed too: no count of people
        "The storm damaged 40 along the coast.",
    ],
)
def test_bare_number_suffering_what_things_suffer(nlp, text):
    assert [f for f in analyse(nlp, text)._.figures if f.unit == "people"] == []


@pytest.mark.parametrize(
    "text, value, about, qualifier",
    [
        # "dozen" is part of the number run and multiplies it
        ("More than two dozen activists were arrested.", 24, "activists arrested", "more than"),
        ("A dozen protesters marched.", 12, "protesters marched", None),
    ],
)
def test_dozen_multiplies(nlp, text, value, about, qualifier):
    got = [f for f in analyse(nlp, text)._.figures if f.unit == "people"]
    assert len(got) == 1 and got[0].value == value and about in got[0].about and got[0].qualifier == qualifier, got


@pytest.mark.parametrize(
    "text, value, name",
    [
        # in a list of results, the share at a name written right before "at", "on" or "with" is that name's
        ("The new poll showed Smith at 41 percent, Brown at 8 percent and Green at 7 percent.", 8, "brown"),
        ("The new poll showed Smith at 41 percent, Brown at 8 percent and Green at 7 percent.", 7, "green"),
        ("Labour stood at 35%, with the Conservatives on 30% and the Liberal Democrats on 20%.", 20, "liberal democrats"),
    ],
)
def test_share_at_a_name_in_a_list_of_results(nlp, text, value, name):
    got = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert len(got) == 1 and got[0].about.startswith(name), got


def test_amount_at_no_name_takes_no_name(nlp):
    # the name must stand right before the preposition: a speaker earlier in the sentence is none
    (f,) = analyse(nlp, "Smith said on Monday that inflation stood at 5%.")._.figures
    assert "smith" not in (f.about or ""), f


@pytest.mark.parametrize(
    "text, value",
    [
        # hyphenated number words are one number (before: two figures, 30 and 5)
        ("Thirty-five people were arrested.", 35),
        ("Police detained twenty-five protesters.", 25),
        ("Twenty-three of the soldiers were wounded.", 23),
    ],
)
def test_hyphenated_number_words_are_one_number(nlp, text, value):
    assert [f.value for f in analyse(nlp, text)._.figures] == [value]


@pytest.mark.parametrize(
    "text, value, noun",
    [
        # agent-noun endings whose commonest WordNet sense is a person still count people
        ("Police questioned 30 students and 12 detainees.", 30, "students"),
        ("Police questioned 30 students and 12 detainees.", 12, "detainees"),
        ("The fund paid 500 claimants last year.", 500, "claimants"),
        ("Two others were injured in the blast.", 2, "others"),  # "others" stands for what came before
    ],
)
def test_agent_noun_ending_that_names_people(nlp, text, value, noun):
    got = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert len(got) == 1 and got[0].unit == "people" and noun in got[0].about, got


@pytest.mark.parametrize(
    "text, value, about, qualifier",
    [
        # a bare number doing what only people do (vote, attend, die, flee, protest, march) counts people
        ("Nearly 40,000 voted for the measure.", 40_000, "voted", "nearly"),
        ("About 60,000 attended the rally.", 60_000, "attended", "about"),
    ],
)
def test_bare_number_doing_what_people_do(nlp, text, value, about, qualifier):
    got = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert len(got) == 1 and (got[0].unit, got[0].about, got[0].qualifier) == ("people", about, qualifier), got


def test_part_of_a_group_of_things_voting_is_no_people(nlp):
    # "three of the four cantons voted": a part of a group of things is no count of people
    assert [f for f in analyse(nlp, "Three of the four cantons voted against the law.")._.figures if f.unit == "people"] == []


def test_passive_subject_leaves_out_the_noun_of_a_count_before(nlp):
    # "2,200 refugees were admitted and 10,000 are expected": a bare passive subject after a count
    # of people in the sentence leaves that count's noun out (ellipsis), as an active subject does
    got = [f for f in analyse(nlp, "Only 2,200 refugees were admitted last year, and 10,000 are expected next year.")._.figures
           if f.value == 10_000]
    assert len(got) == 1 and got[0].unit == "people" and "refugees" in got[0].about, got


@pytest.mark.parametrize(
    "text, value, noun",
    [
        # a definite bare number is a group named before: the same number of people counted earlier
        # in the story names it
        ("Police arrested 14 protesters on Monday. A judge freed the 14 on Tuesday.", 14, "protesters"),
        ("Three nurses were honoured at the ceremony. The three were praised by the minister.", 3, "nurses"),
    ],
)
def test_bare_number_takes_the_noun_of_the_same_count_elsewhere(nlp, text, value, noun):
    got = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert len(got) == 2 and all(f.unit == "people" and noun in (f.about or "") for f in got), [(f.text, f.unit, f.about) for f in got]


def test_definite_bare_number_with_no_same_count_before_is_no_people(nlp):
    # another number of people before names another group: "the 12" is no count of them
    got = [f for f in analyse(nlp, "Police arrested 14 protesters on Monday. The 12 were closed by the council.")._.figures]
    assert [f.value for f in got] == [14], got


# Numbers that count no people though a rule for people reads near them.
NO_PEOPLE = [
    # "four arrests": the noun of the act is no verb said of a plural, and arrests are acts
    pytest.param("There were only four arrests over the weekend.", id="noun-of-an-act"),
]


@pytest.mark.parametrize("text", NO_PEOPLE)
def test_no_count_of_people(nlp, text):
    assert [f for f in analyse(nlp, text)._.figures if f.unit == "people"] == []


# Bare numbers whose noun of people is understood: one count of people each, its noun (or what the
# people did) in `about`. The id names the pattern.
UNDERSTOOD_PEOPLE = [
    # a bare number standing as a noun phrase, in the sentence after a count of people and with
    # none of its own before it, leaves that count's noun out
    pytest.param("Smith now has 600 delegates to Jones' 450. With party leaders included, her lead is 700 to Jones' 480.", 700, "delegates", id="sentence-before"),
    pytest.param("Smith now has 600 delegates to Jones' 450. With party leaders included, her lead is 700 to Jones' 480.", 480, "delegates", id="sentence-before-second"),
]


@pytest.mark.parametrize("text, value, noun", UNDERSTOOD_PEOPLE)
def test_bare_number_with_an_understood_noun_of_people(nlp, text, value, noun):
    got = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert len(got) == 1 and got[0].unit == "people" and noun in got[0].about, got


def test_bare_number_in_a_sentence_after_no_count_of_people_stays_none(nlp):
    got = [f for f in analyse(nlp, "The museum bought 600 paintings last year. This year it has bought 700.")._.figures]
    assert got == [], got




@pytest.mark.parametrize(
    "text, value, about",
    [
        # a sum in brackets right after a sum in another currency is that sum converted: it
        # measures what the first measures (a hedge word may open the bracket)
        ("The charity raised £2bn ($3.7bn) over five years for clean water.", 3.7e9, "raised"),
        ("The bank lent an extra €3bn (about $3.4bn) to farmers.", 3.4e9, "lent"),
    ],
)
def test_converted_sum_in_brackets_measures_what_the_first_sum_measures(nlp, text, value, about):
    got = [f for f in analyse(nlp, text)._.figures if f.value == value]
    assert len(got) == 1 and about in (got[0].about or ""), [(f.text, f.about) for f in got]


def test_bracket_after_a_noun_or_a_percentage_is_no_conversion(nlp):
    # the bracket must follow the first sum itself, and a percentage converts no money
    doc = analyse(nlp, "The minister gave £5m to the museum (about $9m) last year. The firm cut its price by £5 (10%).")
    assert {f.value: f.about for f in doc._.figures}.get(9e6) != "gave", [(f.text, f.about) for f in doc._.figures]


@pytest.mark.parametrize(
    "text, first, second",
    [
        # a pair of shares after a verb of preferring measures the option preferred, then the one
        # it is preferred to, each with the verb and the people who prefer
        ("Most farmers prefer Jones to Smith, 46% to 39%.", (46, "jones prefer most farmers"), (39, "smith prefer most farmers")),
        ("Gardeners who favour the park over the car park 61% to 30% wrote to the council.",
         (61, "park favour gardeners"), (30, "car park favour gardeners")),
        ("Smith is well ahead of Jones 46 percent versus 39 percent.", (46, "smith ahead"), (39, "jones ahead")),
    ],
)
def test_score_pair_after_a_preference_measures_the_options(nlp, text, first, second):
    got = {f.value: f.about for f in analyse(nlp, text)._.figures if f.unit == "percent"}
    assert got == {first[0]: first[1], second[0]: second[1]}


def test_score_pair_after_a_preference_with_no_second_option_keeps_the_second_reading(nlp):
    got = {f.value: f.about for f in analyse(nlp, "Members backed the merger, 72 percent to 8 percent.")._.figures}
    assert got[72] == "merger backed members" and "merger" not in (got[8] or "")
