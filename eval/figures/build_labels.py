#!/usr/bin/env python3
"""Hand labels for figures, written as (sentence start, [(span, value, unit, about, claimant)]).

This file is the labeller's worksheet; `python3 eval/figures/build_labels.py` checks each span
against the story text in ../shared/data and writes eval/figures/labels.jsonl with character
offsets (the story texts themselves stay out of the repository). Scope of a figure: an amount of
money, a percentage or share, or a count of people or households. Counts of other things (seats,
homes, years, speeds) and dates, ages and ordinals are not figures. `about` lists '|'-separated
alternatives for what is counted; the claimant is who the text says claims it (null: the
narrator, or nobody named in the sentence).
"""
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1].parent / "shared" / "data"

P, D, E, PCT, PPL, SH = "pounds", "dollars", "euros", "percent", "people", "share"
LABELS = {
"bbc-politics/115.txt": [
  ("He estimates that this would save", [("£119m a year", 119e6, P, "save|a year", "He")]),
  ("He said there had been a 29% drop", [("29% drop", 29, PCT, "drop|drivers", "He")]),
  ("\"It is quite simple: if you hit someone", [("50 per cent chance of survival", 50, PCT, "chance of survival|survival", None)]),
],
"bbc-politics/213.txt": [
  ("The Lib Dems have named the 14 seats", []),
  ("He underlined Lib Dem plans", [("up to £2,000", 2000, P, "grants", "He")]),
  ("Labour has pushed through plans to let", [("up to £3,000 a year", 3000, P, "fees", None),
                                               ("support of up to £3,000", 3000, P, "support", None)]),
  ("\"They are committed to abandoning", [("50% of 18 to 30-year-olds", 50, PCT, "18 to 30-year-olds|higher education|targets", None)]),
],
"bbc-politics/105.txt": [
  ("Statistics showed that of the 17 people", [("17 people found guilty", 17, PPL, "guilty|people", "Statistics"),
                                                ("only four of the 12", 4, PPL, "muslim", "Statistics"),
                                                ("the 12 whose ethnic backgrounds", 12, PPL, "ethnic backgrounds|known", "Statistics")]),
  ("In 2003/2004, 12.5% searches", [("12.5% searches", 12.5, PCT, "searches", None),
                                     ("4.7% of the population", 4.7, PCT, "population", None)]),
  ("Last July, the police were accused", [("300%", 300, PCT, "asians|risen|numbers", "stop and search figures")]),
],
"bbc-politics/392.txt": [
  ("Mr Brown has signed a debt relief deal", [("£1 billion", 1e9, P, "deal|cost|debt relief", None)]),
  ("The UK has pledged to pay 10%", [("10% of the developing world's foreign debt bill", 10, PCT, "debt bill|debt", "The UK")]),
  ("Under the plan - which could cost the UK £1bn", [("£1bn", 1e9, P, "plan|cost", None)]),
],
"bbc-politics/340.txt": [
  ("\"Two million pensioners in Britain", [("Two million pensioners", 2e6, PPL, "pensioners|poverty line", "he"),
                                           ("two-thirds of whom are women", 2 / 3, SH, "women", "he")]),
  ("Under the package, new mothers would be offered", [("£170 a week", 170, P, "maternity pay|pay", None)]),
  ("Mr Kennedy also points to the fact that 40%", [("40% of the party's candidates", 40, PCT, "candidates", "Mr Kennedy")]),
  ("Party strategists claim that where women", [("4%", 4, PCT, "turnout", "Party strategists")]),
],
"bbc-politics/322.txt": [
  ("Parties build up poll war chests", [("more than £5m in donations", 5e6, P, "donations", "new figures")]),
  ("This is nearly half of the £11,724,929", [("nearly half", 0.5, SH, "received|£11,724,929", None),
                                              ("£11,724,929", 11724929, P, "received|parties", "the Electoral Commission")]),
  ("The Conservatives were in second place with donations", [("£4,610,849", 4610849, P, "donations", None),
                                                              ("just over £1m", 1e6, P, "received", None)]),
  ("Lord Drayson, whose company PowderJect", [("£500,000", 500000, P, "gave", None)]),
  ("Other significant donations came from", [("a sum of £500,000", 500000, P, "gave|sum", None),
                                             ("£330,000", 330000, P, "gave", None)]),
  ("The largest donation to the Conservatives was a bequest", [("nearly £400,000", 400000, P, "bequest|donation", None)]),
  ("The joint founder of merchant bank", [("£325,417", 325417, P, "gave", None)]),
  ("There were also donations topping", [("£250,000", 250000, P, "donations|topping", None)]),
  ("Also among the gifts to the Tories were 24 donations", [("£161,840", 161840, P, "donations|totalling", None)]),
  ("This company is controlled by the party's former treasurer", [("almost £300,000", 300000, P, "directed|constituencies", None)]),
  ("The Liberal Democrats' largest donor was", [("a sum of £250,000", 250000, P, "gave|sum", None)]),
  ("And fast food giants McDonald's", [("a sum of £10,575", 10575, P, "donating|sum", None)]),
  ("The UK Independence Party, which lost its main donor", [("£63,081", 63081, P, "took in|took", None)]),
  ("Just £8,170 of this was cash", [("Just £8,170", 8170, P, "cash", None)]),
  ("Registered political parties are required", [("over £5,000", 5000, P, "donations|headquarters", None),
                                                  ("over £1,000", 1000, P, "constituency parties|donations", None)]),
],
"bbc-politics/171.txt": [
  ("The Club2School policy would provide", [("up to £250m yearly", 250e6, P, "sports clubs|sport|provide", None)]),
  ("Shadow home secretary David Davis said five million", [("five million children", 5e6, PPL, "children|denied", "David Davis")]),
  ("The Tories also claim that of the £750m", [("£750m", 750e6, P, "school sports facilities|pledged|invest", "The Tories"),
                                               ("only £41m", 41e6, P, "spent", "The Tories")]),
],
"bbc-politics/124.txt": [
  ("Meanwhile Ms Hutt defended her record", [("only 10% of the health agenda", 10, PCT, "health agenda", "Ms Hutt")]),
  ("In November the British Medical Association said", [("311,000 people", 311000, PPL, "waiting", "figures"),
                                                         ("2,400", 2400, PPL, "up|month", "figures")]),
  ("In the same month lists in England", [("856,600 people", 856600, PPL, "waiting", None)]),
  ("Asked about waiting lists, she said", [("only 10% of the health agenda", 10, PCT, "health agenda", "she")]),
],
"bbc-politics/358.txt": [
  ("'UK will stand firm on EU rebate'", [("£3bn EU rebate", 3e9, P, "rebate", "Jack Straw")]),
  ("The UK, France, Germany, Austria", [("1% of member states' combined national incomes", 1, PCT, "national incomes|budget", None),
                                        ("1.26%", 1.26, PCT, "national incomes|budget|commission wants", "the Commission")]),
  ("Mr Straw said the EU commission's proposal", [("35% hike in the budget", 35, PCT, "hike|budget", "Mr Straw")]),
],
"bbc-politics/339.txt": [
  ("All the major parties are focusing on the issue", [("92% of UK towns", 92, PCT, "towns", "a survey")]),
  ("The Lib Dems say their \"mutual homes\"", [("about 5% of the building costs", 5, PCT, "building costs", "The Lib Dems")]),
  ("They would spend about 30%", [("about 30% of their monthly salary", 30, PCT, "monthly salary|salary", None)]),
  ("Under the plan, councils secure deals", [("1% share", 1, PCT, "share|property scheme", None)]),
  ("The Conservatives claimed the plans would amount", [("up to £11,000", 11000, P, "extra tax|tax", "The Conservatives")]),
  ("Mr Hill said he also asked whether", [("£42bn", 42e9, P, "council homes|refurbishing|spend", "Labour")]),
],
"bbc-politics/104.txt": [
  ("A Daily Telegraph poll of 1,313 people", [("1,313 people", 1313, PPL, "poll|people", None),
                                              ("two-thirds of Britons", 2 / 3, SH, "britons|support", "A Daily Telegraph poll")]),
  ("But only 40% think", [("only 40%", 40, PCT, "think|princess consort", None)]),
  ("Some 47% believe she should have no title", [("Some 47%", 47, PCT, "believe|no title", None),
                                                  ("7% think", 7, PCT, "think|queen", None)]),
],
"bbc-politics/050.txt": [
  ("He said fines of up to £2,500", [("up to £2,500", 2500, P, "fines", "He")]),
  ("Main points of the plan:", [("a maximum of £2,500", 2500, P, "fines", None),
                                ("a maximum fine of £1,000", 1000, P, "fine", None)]),
  ("He said there had been falling cigarette sales", [("13% in New York", 13, PCT, "cigarette sales|sales", "He"),
                                                        ("16% in Ireland", 16, PCT, "cigarette sales|sales", "He")]),
  ("Mr McConnell added that there had been a near nine", [("near nine per cent rise", 9, PCT, "tax revenues|rise", "Mr McConnell"),
                                                          ("one point three per cent", 1.3, PCT, "volume sales|sales", "Mr McConnell")]),
  ("\"There is evidence a ban can cut deaths", [("70% of smokers", 70, PCT, "smokers", None)]),
],
"bbc-politics/363.txt": [
  ("How was it right that the poorest 20%", [("poorest 20% of society", 20, PCT, "society|poorest", "the Lib Dem leader"),
                                             ("richest 20%", 20, PCT, "richest", "the Lib Dem leader")]),
  ("The new £200 council tax rebate for pensioners", [("£200 council tax rebate", 200, P, "rebate", "he")]),
  ("He said the recent experience of Wales", [("seven million households", 7e6, "households", "households|pay", "He")]),
  ("The chancellor's announcement that he was to offer", [("£200 council tax rebate", 200, P, "rebate", None)]),
  ("The Lib Dem plan for a local income tax", [("more than £450 a year", 450, P, "benefit|household", None),
                                               ("half of all pensioners", 0.5, SH, "pensioners", None),
                                               ("about three million", 3e6, PPL, "better off|pensioners", None)]),
  ("Mr Kennedy added his party's priorities", [("50% income tax", 50, PCT, "income tax", "Mr Kennedy"),
                                               ("more than £100,000 per annum", 100000, P, "earning", "Mr Kennedy")]),
],
"bbc-politics/317.txt": [
  ("Parties' plans for council tax", [("12.9%", 12.9, PCT, "bill|rose", None)]),
  ("They say they are already helping pensioners", [("£100 lump sum", 100, P, "lump sum|over-70s", "They")]),
  ("They say they can save £4bn", [("£4bn", 4e9, P, "government waste|save", "They"),
                                   ("£1.3bn", 1.3e9, P, "pensioners' bills|bills|cut", "They"),
                                   ("an average of £340", 340, P, "bills|cut", "They")]),
  ("Instead households where council tax payers", [("up to a maximum of £500", 500, P, "rebate", None)]),
  ("The Tories also say they are suspicious", []),
  ("The rate would be set locally", [("at least £300m", 300e6, P, "save", "they")]),
  ("The party says it would aim for a £5,000", [("£5,000 tax-free personal allowance", 5000, P, "personal allowance|allowance", "The party"),
                                                ("£7,000 allowance", 7000, P, "allowance", "The party")]),
  ("After that income would be taxed up to £100,000.", [("up to £100,000", 100000, P, "income|taxed", None)]),
],
"polnear/text/nyt_2016-06-03_no-love-lost-between-trump-and-t.txt": [
  ("Peter Thiel, the billionaire tech maverick", [("millions of dollars", 1e6, D, "support|presidential bid|bid", None)]),
  ("Trump was wrapping up his quest", [("$5,395", 5395, D, "campaign|gave", "Crowdpac")]),
  ("Hillary Clinton has raised $2.7 million", [("$2.7 million", 2.7e6, D, "tech donors|raised", "Crowdpac"),
                                               ("$6 million", 6e6, D, "raised", "Crowdpac")]),
  ("Now, however, he requires cash", [("millions of people", 1e6, PPL, "work in technology|people|work", "Mason Harrison"),
                                      ("just 52", 52, PPL, "given", "Mason Harrison")]),
  ("He'll need many more if he truly intends", [("over $8 million", 8e6, D, "technology sector|raised", "Mason Harrison")]),
  ("Scott Slinker, a 55-year-old entrepreneur", [("$250", 250, D, "gave", None)]),
],
"polnear/text/politico_2016-01-28_super-pac-blasts-trump-for-skipp.txt": [
  ("The ad, which is part of a $1 million Iowa buy", [("$1 million Iowa buy", 1e6, D, "iowa buy|buy", None)]),
  ("Trump can’t handle tough questions", [("millions of illegal immigrants", 1e6, PPL, "illegal immigrants|immigrants", "a voice over")]),
  ("The super PAC has already spent over $1 million", [("over $1 million", 1e6, D, "ads|spent", None)]),
],
"polnear/text/west-journal_2015-11-25_hillary-just-vowed-to-never-utte.txt": [
  ("Jose Antonia Vargas, an immigration activist", [("11.7 million undocumented immigrants", 11.7e6, PPL, "undocumented immigrants|immigrants", "Jose Antonia Vargas")]),
  ("Every sovereign nation secure its borders", [("millions of hardworking Americans", 1e6, PPL, "americans", None)]),
],
"polnear/text/usa-today_2016-02-04_clinton-and-sanders-face-the-vot.txt": [
  ("Chris Brownell, an audience member, said he makes", [("$41,000 a year", 41000, D, "makes", "Chris Brownell")]),
  ("Sanders said the tax increase would be more than offset", [("$5,000 a year", 5000, D, "save|health insurance premiums", "Sanders")]),
  ("Johnston graduated from Keene State College", [("more than $90,000", 90000, D, "owing", None)]),
  ("She brought that down to $42,000", [("$42,000", 42000, D, "brought|down", None)]),
],
"polnear/text/nyt_2016-03-04_beneath-clinton-s-wins-signs-of-.txt": [
  ("Democratic turnout has fallen drastically since 2008", [("roughly three million fewer Democrats", 3e6, PPL, "democrats|voting|fewer", "unofficial election results")]),
  ("It declined in almost every state", [("roughly 50 percent in Texas", 50, PCT, "turnout|dropping|declined", None),
                                         ("40 percent in Tennessee", 40, PCT, "turnout|dropping|declined", None)]),
  ("Obama's re-election campaign, referring to the losing", [("51 percent pathway", 51, PCT, "pathway", None)]),
  ("Obama win the state, turnout was down", [("almost 30 percent", 30, PCT, "turnout|down", None)]),
  ("Clinton's strong victory in South Carolina", [("about 40 percent", 40, PCT, "black turnout|turnout|decline", None)]),
  ("Clinton eked out a narrow win", [("roughly 40 percent", 40, PCT, "turnout|dropped", "exit polls")]),
  ("A new group called Black Votes Matter", [("$25 million", 25e6, D, "effort|raise", None)]),
  ("It's not a question of whether Hillary Clinton", [("90 percent of the black vote", 90, PCT, "black vote|vote", None)]),
],
"polnear/text/breitbart_2016-04-12_mexican-anchor-crosses-swords-wi.txt": [
  ("Ramos, silver-haired and blue-eyed", [("estimated 55 million Latinos", 55e6, PPL, "latinos", None)]),
  ("He has anchored the channel’s nightly news", [("2.5 million viewers", 2.5e6, PPL, "viewers", None)]),
],
"polnear/text/nyt_2016-02-18_trump-fires-up-g-o-p-base-by-pri.txt": [
  ("He dismissed ideological labels altogether", [("10,000 people in the arena", 10000, PPL, "people|arena", None)]),
  ("Trump has rallied thousands by promising", [("thousands", 1000, PPL, "rallied", None),
                                                ("35 percent tariffs", 35, PCT, "tariffs|imported goods", None)]),
  ("His call to deport more than 11 million", [("more than 11 million undocumented people", 11e6, PPL, "undocumented people|deport", None)]),
  ("Trump won decisively, showed that 65 percent", [("65 percent of Republicans", 65, PCT, "republicans", None)]),
  ("Cruz by 20 percentage points", [("20 percentage points", 20, "points", "evangelical voters|voters", None)]),
  ("Trump losing supporters after the debate", [("40 percent supporting him", 40, PCT, "supporting", None),
                                                ("31 percent afterward", 31, PCT, "supporting|afterward", None)]),
],
"polnear/text/usa-today_2015-11-27_super-pac-ad-attack-coming-iowa-.txt": [
  ("About 70% of the candidate-focused ads", [("About 70%", 70, PCT, "ads", "tallies")]),
  ("In New Hampshire, more than $20 million", [("more than $20 million", 20e6, D, "advertising", None),
                                               ("roughly $27 million", 27e6, D, "advertising", None)]),
  ("A super PAC aligned with Republican Jeb Bush accounts", [("about 40%", 40, PCT, "advertising", None)]),
  ("It has spent about $12 million", [("about $12 million", 12e6, D, "spent", "media trackers")]),
  ("Bush drew $103 million", [("$103 million", 103e6, D, "super pac|drew", None),
                              ("roughly $25 million", 25e6, D, "campaign|attracted", None)]),
  ("Bush, for instance, is paying $75", [("$75", 75, D, "spot|paying", "Federal Communications Commission records")]),
  ("His super PAC, Right to Rise, is paying $375", [("$375", 375, D, "spot|paying", None)]),
],
"polnear/text/politico_2016-01-29_record-setting-spending-spree-re.txt": [
  ("More than $167 million has already been spent", [("More than $167 million", 167e6, D, "ads|spent", "a POLITICO analysis")]),
  ("But a POLITICO analysis of other data identified", [("at least $130 million", 130e6, D, "spending", "a POLITICO analysis")]),
  ("Digital ads were a key focus", [("more than $10 million", 10e6, D, "advertising|spending", None)]),
  ("A super PAC supporting Marco Rubio", [("$2.5 million", 2.5e6, D, "ads|dropping", None)]),
  ("While most of the spending went to ads", [("more than $800,000", 800000, D, "ads|spent", None),
                                              ("$480,000", 480000, D, "digital advertising|advertising|target", None),
                                              ("$311,000", 311000, D, "cruz|advertising", None),
                                              ("$13,000", 13000, D, "trump|advertising", None)]),
  ("Right to Rise USA, the super PAC supporting Jeb Bush, spent", [("$1.2 million", 1.2e6, D, "digital ads|spent", None)]),
  ("That’s quite a contrast from Right to Rise", [("millions of dollars", 1e6, D, "ads", None)]),
  ("The PACs, all of which have variations", [("$890,000", 890000, D, "digital advertising|costs|spent", None)]),
  ("They combined to spend $332,000", [("$332,000", 332000, D, "payments|spend", None)]),
  ("It owed Cambridge Analytica $556,000", [("$556,000", 556000, D, "owed|survey research", None)]),
  ("Rand Paul paid a combined $176,000", [("$176,000", 176000, D, "voter files|paid", None)]),
  ("All told, super PACs and other outside groups spent", [("more than $2.5 million", 2.5e6, D, "phone banking|spent", "POLITICO’s analysis")]),
  ("An overwhelming majority of that", [("$1.7 million", 1.7e6, D, "phone calls|spent", None)]),
  ("Clinton was also the target of $768,000", [("$768,000", 768000, D, "direct mail attacks|attacks", None)]),
  ("Overall, conservative outside groups reported spending $6 million", [("$6 million", 6e6, D, "attacking|spending", None),
                                                                        ("only $1 million", 1e6, D, "supporting|spending", None)]),
  ("Priorities USA raised $16 million", [("$16 million", 16e6, D, "raised", None),
                                         ("$103 million", 103e6, D, "raised", None)]),
  ("Trump, the real estate showman", [("$4.4 million", 4.4e6, D, "attacks", None)]),
  ("The fiscally conservative Club for Growth", [("$1.1 million", 1.1e6, D, "ads|spending", None),
                                                 ("$1.8 million", 1.8e6, D, "direct mail|ads|spending", None)]),
  ("And, while Trump boasts that he doesn’t have", [("$513,000", 513000, D, "supporting|spending", None)]),
  ("But FEC reports show that a quartet", [("$1.1 million", 1.1e6, D, "supporting|spent", "FEC reports")]),
  ("National Nurses United for Patient Protection", [("more than $1 million", 1e6, D, "ads|spending", None)]),
  ("They have spent nearly $80,000", [("nearly $80,000", 80000, D, "mailers|spent", None)]),
  ("The 2016 Committee has spent more than $1 million", [("more than $1 million", 1e6, D, "knickknacks|spent", None),
                                                         ("$272,000", 272000, D, "clothing", None),
                                                         ("$375,000", 375000, D, "books", None)]),
],
"polnear/text/wash-post_2016-08-26_a-shaky-balancing-act-for-kelly-.txt": [
  ("Her decision, however, to straddle the fence", [("approximately 14 percent", 14, PCT, "electorate|independent voters|voters", None)]),
  ("Many Republicans - who made up 46 percent", [("46 percent of primary voters", 46, PCT, "primary voters|voters", "a February survey")]),
  ("Depending on which poll you believe", [("around 17 percent", 17, PCT, "voters|undecided", None)]),
  ("Bloomberg's super PAC, Independence USA", [("more than $10 million", 10e6, D, "attacking|spent", None)]),
  ("One thing working in Ayotte's favor", [("78 percent of voters", 78, PCT, "voters", "a recent CBS News poll")]),
  ("The state reported a 2.8 percent unemployment rate", [("2.8 percent unemployment rate", 2.8, PCT, "unemployment rate|unemployment", "The state")]),
],
# Added in the second round of issue 14 (labelled before the code ran on these stories): stories
# picked for holding ranges ("between £25,000 and £35,000", "90 to 95 percent"), split by the
# same sha1 rule; a range's value is (low, high).
"bbc-politics/320.txt": [
  ("The register shows former Tory leader", [("up to £820,000", 820000, P, "earning|salary|speaking fees", "The register")]),
  ("His former shadow chancellor Michael Portillo makes", [("up to £560,000 a year", 560000, P, "makes", None)]),
  ("Ex-health secretary Alan Milburn earned", [("up to £85,000", 85000, P, "earned|speeches", None)]),
  ("His declared interests include £20,000", [("£20,000", 20000, P, "newspaper articles|include|interests", None),
                                              ("up to £35,000", 35000, P, "fees|speeches", None)]),
  ("He also commanded a salary of between", [("between £25,000 and £35,000", (25000, 35000), P, "salary", None)]),
  ("His time out of office will, however", [("£71,433 minister's salary", 71433, P, "salary", None)]),
  ("Mr Hague's work outside Parliament included", [("up to £480,000", 480000, P, "netted|shows|speaking fees", None)]),
  ("He also earned up to £195,000", [("up to £195,000", 195000, P, "earned|column", None),
                                     ("between £5,000 and £10,000", (5000, 10000), P, "earned|presenting", None)]),
  ("And former Foreign Secretary Robin Cook was paid between", [("between £45,001 and £50,000", (45001, 50000), P, "paid|paperback edition|book", None)]),
  ("His declared income of up to £205,000", [("up to £205,000", 205000, P, "income", None)]),
  ("The register also shows former Home Office Minister", [("£100,000 advance", 100000, P, "advance", "The register")]),
  ("She also received up to £30,000", [("up to £30,000", 30000, P, "received|agony aunt", None),
                                       ("between £5,001 and £10,000", (5001, 10000), P, "received|appearing", None)]),
  ("He earns between £5,001and £10,000", [("between £5,001and £10,000", (5001, 10000), P, "earns", None)]),
  ("The payments are shown in bands of up £5,000", [("up £5,000", 5000, P, "bands|payments", None)]),
],
"bbc-politics/375.txt": [
  ("Gordon Brown has doubled the level at which house buyers", [("£120,000", 120000, P, "stamp duty|level", None)]),
  ("The chancellor also unveiled a one-off £200", [("£200 council tax refund", 200, P, "council tax refund|refund", None)]),
  ("Mr Brown put 1p a pint on beer", [("1p a pint", 1, "pence", "beer|put|pint", None), ("4p", 4, "pence", "wine|bottle", None),
                                     ("7p", 7, "pence", "cigarettes", None)]),
  ("\"How can it be right in Britain today that the poorest 20%", [("poorest 20%", 20, PCT, "poorest|pay", "he"),
                                                                   ("richest 20%", 20, PCT, "richest", "he")]),
  ("During his 49 minute speech Mr Brown told MPs", [("3.1%", 3.1, PCT, "growth target|target", "Mr Brown")]),
  ("The child tax credit will rise in line with earnings", [("an extra £5 a week", 5, P, "giving|families", None)]),
  ("In contrast, the personal income tax allowance", [("from £4,745 to £4,895", (4745, 4895), P, "personal income tax allowance|allowance|rise", None)]),
  ("Mr Brown told MPs child benefit would rise", [("a maximum of £63 a week", 63, P, "child benefit|rise", "Mr Brown"),
                                                 ("£111", 111, P, "child benefit|children|rise", "Mr Brown")]),
  ("Despite his giveaways, Budget documents show", [("£265m", 265e6, P, "clawed back|clampdown|tax avoidance", "Budget documents")]),
  ("The level where people start paying inheritance tax", [("from £263,000 to £275,000", (263000, 275000), P, "inheritance tax|level|rise", None)]),
  ("Mr Brown said he had met his financial", [("£6bn surplus", 6e9, P, "surplus", "Mr Brown")]),
  ("The economy had grown for 50 consecutive quarters", [("3% to 3.5%", (3, 3.5), PCT, "forecast|economy|grow", "he"),
                                                         ("2.5% to 3%", (2.5, 3), PCT, "forecast|economy|grow", "he")]),
  ("The first £2bn of value-for-money savings", [("The first £2bn", 2e9, P, "savings|value-for-money savings", "the chancellor")]),
  ("Some 12,500 civil servant posts have been axed", []),
],
"polnear/text/breitbart_2016-05-18_trump-s-investments-include-comp.txt": [
  ("Trump said in August after Nabisco announced", [("600 bakery workers", 600, PPL, "bakery workers|laying off|workers", "Nabisco")]),
  ("Trump reported between $5,000 and $15,000", [("between $5,000 and $15,000", (5000, 15000), D, "interest income|reported", "Trump")]),
  ("Trump no longer owns stock in the company, but he earned", [("between $2,500 and $5,000", (2500, 5000), D, "interest income|earned", None)]),
  ("In March, Trump blasted Disney", [("250 Florida workers", 250, PPL, "florida workers|workers", None)]),
  ("Trump owns between $15,000 and $50,000", [("between $15,000 and $50,000", (15000, 50000), D, "disney stock|stock|owns", None)]),
  ("In April, Trump called Ford’s plans", [("$1.6 billion assembly plant", 1.6e9, D, "assembly plant|plant", None),
                                          ("35 percent tax", 35, PCT, "tax|imported ford vehicles", None)]),
  ("In his personal financial disclosures, Trump reports", [("worth between $500,000 and $1 million", (500000, 1e6), D, "investments|worth", "Trump")]),
  ("Trump holds multiple investments in Apple", [("between $1.1 million and $2.25 million", (1.1e6, 2.25e6), D, "investments|worth", None)]),
],
"polnear/text/west-journal_2016-08-01_clinton-s-poll-numbers-jump-post.txt": [
  ("Clinton, who was tied with Trump at 42 percent", [("42 percent", 42, PCT, "tied", None),
                                                      ("46 percent", 46, PCT, "ahead|clinton", "a CBS poll"),
                                                      ("39 percent", 39, PCT, "ahead|challenger|trump", "a CBS poll")]),
  ("The new poll has a margin of error of three", [("three percentage points", 3, "points", "margin of error|error", None)]),
  ("The size of Clinton’s post-convention bounce", [("three to four percentage points", (3, 4), "points", "enjoyed|bounce", None)]),
  ("In the poll, Clinton’s support has steadily risen", [("40 percent", 40, PCT, "support|risen|going", None),
                                                         ("46 percent", 46, PCT, "support|risen|going", None)]),
  ("Trump, on the other hand, rose from 40 percent", [("40 percent", 40, PCT, "rose", None), ("42 percent", 42, PCT, "rose", None),
                                                       ("39 percent", 39, PCT, "slipping", None)]),
  ("Last month, she was at 67 percent support", [("67 percent support", 67, PCT, "support|sanders supporters", None)]),
],
"polnear/text/huff-post_2016-09-20_elizabeth-warren-hammers-wells-f.txt": [
  ("Elizabeth Warren grilled Wells Fargo CEO", [("thousands of bankers", 1000, PPL, "bankers|opened", None)]),
  ("These employees, Stumpf explained", [("between $30,000 and $60,000 a year", (30000, 60000), D, "making", "Stumpf")]),
  ("Last week Stumpf in a televised interview", [("5,300 employees", 5300, PPL, "employees|fired", None)]),
  ("The bank said that it had fired the thousands", [("thousands of employees", 1000, PPL, "employees|fired", "The bank")]),
  ("Stumpf tried on Tuesday to make the case", [("1 percent of the bank’s 100,000 retail bankers", 1, PCT, "retail bankers|bankers|firings", "Stumpf"),
                                               ("100,000 retail bankers", 100000, PPL, "retail bankers|bankers", "Stumpf")]),
  ("Those who lost their jobs were making on average", [("$35,000 to $60,000 a year", (35000, 60000), D, "making", None)]),
  ("Bonuses for bankers were $500 to $2,000", [("$500 to $2,000", (500, 2000), D, "bonuses", "The Wall Street Journal")]),
  ("District managers could get $10,000 to $20,000", [("$10,000 to $20,000 a year", (10000, 20000), D, "get|district managers", None)]),
  ("Earlier this month, Wells Fargo was fined", [("$185 million", 185e6, D, "fined", None),
                                                ("a record $100 million penalty", 100e6, D, "penalty", None)]),
  ("Stumpf’s repeated emphasis that only 1 percent", [("only 1 percent of the bank’s sales force", 1, PCT, "sales force", "Stumpf")]),
  ("“You say you ‘accept responsibility", [("those 5,000 people", 5000, PPL, "people|fault", "Merkley")]),
],
"bbc-politics/298.txt": [
  ("In a new report, the Electoral Commission says it is worth", [("£10,000 cap", 10000, P, "cap", "the Electoral Commission")]),
  ("There were almost £68m in reported donations", [("almost £68m", 68e6, P, "donations", None),
                                                    ("nearly £12m", 12e6, P, "individual gifts|gifts|donations", None),
                                                    ("more than £1m", 1e6, P, "individual gifts|gifts|worth", None)]),
  ("If there was to be a cap, it should be £10,000", [("£10,000", 10000, P, "cap", None),
                                                      ("£56m in donations", 56e6, P, "donations|banned", None)]),
  ("Even without changes the commission does urge", [("under £200", 200, P, "gifts", "the commission")]),
  ("It also suggests increasing state funding for parties to £3m", [("£3m", 3e6, P, "state funding|funding", "It"),
                                                                    ("at least two members", 2, PPL, "members", "It")]),
  ("The report suggests doubling the money", [("from £20m to £15m", (15e6, 20e6), P, "national spending limits|spending limits|cutting", "The report")]),
],
"polnear/text/wash-post_2015-11-16_clinton-s-claim-that-percent-of-.txt": [
  ("Who told you that 90 to 95 percent", [("90 to 95 percent of your e-mails", (90, 95), PCT, "e-mails", None)]),
  ("A number of readers have asked questions", [("90 to 95 percent of the e-mails", (90, 95), PCT, "e-mails", "Clinton")]),
  ("Moreover, as part of the exchange with Clinton", [("less than one percent of State Department emails", 1, PCT, "state department emails|emails", "an inspector general's report")]),
  ("The \"90 to 95 percent\" figure came from", [("90 to 95 percent", (90, 95), PCT, "figure", "the Clinton campaign")]),
  ("In fact, more than 90% of those emails", [("more than 90% of those emails", 90, PCT, "emails", None)]),
  ("Clinton clearly erred in saying that the", [("90 to 95 percent", (90, 95), PCT, "figure", None)]),
],
"polnear/text/usa-today_2016-05-09_crippling-college-debt-changes-h.txt": [
  ("At $8,000 a pop", [("$8,000 a pop", 8000, D, "procedure|pop", None), ("$85,000 in loans", 85000, D, "loans", None)]),
  ("The average debt for a college graduate in 2015", [("about $35,000", 35000, D, "average debt|debt", None)]),
  ("Nationally, about a quarter of students", [("about a quarter of students", 0.25, SH, "students", None)]),
  ("native and 2009 Centenary College graduate", [("about $92,000 in student loan debt", 92000, D, "student loan debt|debt", None)]),
  ("The national average cost for tuition and fees", [("$9,142", 9142, D, "average cost|cost|tuition", None)]),
  ("The lowest was Rhode Island at 19%", [("19%", 19, PCT, "lowest|rhode island", None)]),
  ("California, Oklahoma, West Virginia and Florida followed", [("20%", 20, PCT, "followed", None)]),
  ("Doyle said each year of education yields", [("10% bump in income", 10, PCT, "bump|income", "Doyle")]),
  ("Hillary Clinton's $350 billion, 10-year plan", [("$350 billion", 350e9, D, "plan", None)]),
],
"polnear/text/nyt_2016-08-22_foundation-and-donors-complicate.txt": [
  ("The kingdom of Saudi Arabia donated more than", [("more than $10 million", 10e6, D, "donated", None)]),
  ("A Lebanese-Nigerian developer with vast business interests", [("as much as $5 million", 5e6, D, "contributed", None)]),
  ("For years the Bill, Hillary and Chelsea Clinton Foundation", [("hundreds of millions of dollars", 1e8, D, "gave|charity", None)]),
  ("The kingdom gave between $10 million and $25 million", [("between $10 million and $25 million", (10e6, 25e6), D, "gave|clinton foundation", None)]),
  ("At least $1 million more was donated", [("At least $1 million", 1e6, D, "donated", None)]),
  ("A Bloomberg poll in June showed that 72 percent", [("72 percent of voters", 72, PCT, "voters", "A Bloomberg poll")]),
  ("In a CNN/ORC International Poll the same month", [("38 percent of voters", 38, PCT, "voters", None)]),
  ("Clinton should completely step down from the foundation", [("60 percent", 60, PCT, "said|voters", None)]),
  ("Begun in 1997, the foundation has raised roughly", [("roughly $2 billion", 2e9, D, "raised", None)]),
  ("Clinton, seeking to arrange a meeting between", [("between $1 million and $5 million", (1e6, 5e6), D, "donated", None)]),
  ("The foundation helped bring healthier meals", [("105,000 farmers", 105000, PPL, "farmers|helped", "the foundation's tally")]),
  ("Clinton released a list of more than 200,000 donors", [("more than 200,000 donors", 200000, PPL, "donors", None)]),
  ("Victor Pinchuk, a steel magnate", [("between $10 million and $25 million", (10e6, 25e6), D, "directed|foundation", None)]),
  ("He added that at least 100 other people", [("at least 100 other people", 100, PPL, "attended|people", "He")]),
],
# Third batch (second round of issue 14), labelled before the code ran on them: bbc-politics
# stories with many amounts, not picked for any pattern.
"bbc-politics/355.txt": [
  ("City experts say there is a £10bn", [("£10bn", 10e9, P, "black hole|public finances", "City experts")]),
  ("Mr Brown confirmed he was setting aside", [("another £520m", 520e6, P, "setting aside|conflicts|setting", "Mr Brown")]),
  ("Mr Cable compared that new cost with the £500m", [("£500m", 500e6, P, "needed|gulf war|britain's role", "Mr Cable"),
                                                     ("80% of the bill", 80, PCT, "bill", "Mr Cable")]),
  ("He suggested keeping British troops in Iraq could cost", [("another £1bn", 1e9, P, "cost|troops", "He"),
                                                              ("at least £3bn", 3e9, P, "identity cards|spend", "He")]),
  ("Mr Cable said 40% of all pensioners", [("40% of all pensioners", 40, PCT, "pensioners", "Mr Cable"),
                                          ("50%", 50, PCT, "marginal tax rates|tax rates", "Mr Cable")]),
  ("And one-and-a-half million hard working families", [("one-and-a-half million hard working families", 1.5e6, PPL, "families|hard working families", None),
                                                         ("60% marginal tax rates", 60, PCT, "marginal tax rates|tax rates", None)]),
  ("With that record, he asked why ministers attacked", [("50% tax rate", 50, PCT, "tax rate", None),
                                                         ("more than £100,000 a year", 100000, P, "earning", None)]),
  ("Mr Brown earmarked £1bn", [("£1bn", 1e9, P, "earmarked|council tax rises", None)]),
],
"bbc-politics/366.txt": [
  ("Gordon Brown has called on rich nations to fund", [("£5.5bn", 5.5e9, P, "plan|fund", None), ("$10bn", 10e9, D, "plan|fund", None)]),
  ("Doubling the £400m being spent yearly", [("£400m", 400e6, P, "spent|vaccine", "Mr Brown"),
                                            ("six million lives", 6e6, PPL, "lives|save", "Mr Brown")]),
  ("\"At least $10 billion per annum", [("At least $10 billion per annum", 10e9, D, "needed|hiv/aids crisis|crisis", None),
                                       ("£5.5bn", 5.5e9, P, "needed|crisis", None)]),
  ("\"The UK's proposal for an International Finance Facility", [("over $50 billion", 50e9, D, "world aid flows|aid flows|increasing", None),
                                                                 ("£27bn", 27e9, P, "world aid flows|aid flows|increasing", None)]),
  ("Currently the private sector was only spending £60m", [("£60m a year", 60e6, P, "spending|inoculation", "Mr Brown")]),
  ("He called on industrialised nations to commit", [("$20 each", 20, D, "cost|vaccines", None)]),
],
"bbc-politics/246.txt": [
  ("The Hefce report, drawing on child benefits data", [("better than 50% chance", 50, PCT, "chance|going to university", "The Hefce report"),
                                                       ("10%", 10, PCT, "chance|poorest neighbourhoods", "The Hefce report")]),
  ("Participation at constituency level ranged from 69%", [("69%", 69, PCT, "participation|ranged", None), ("65%", 65, PCT, "participation|ranged", None),
                                                           ("62%", 62, PCT, "participation|ranged", None), ("10%", 10, PCT, "participation|ranged", None),
                                                           ("8%", 8, PCT, "participation|ranged", None)]),
  ("The report also showed women were 18% more likely", [("18%", 18, PCT, "more likely|higher education|likely", "The report"),
                                                         ("6%", 6, PCT, "up from|likely", "The report")]),
  ("In the poorest areas, the gap was 30%", [("30%", 30, PCT, "gap", None)]),
],
"bbc-politics/128.txt": [
  ("Gordon Brown is to freeze petrol duty increases, fund", [("£1bn package", 1e9, P, "package", None)]),
  ("The shadow chancellor said Mr Brown's", [("£170bn", 170e9, P, "debt|totalling", "The shadow chancellor")]),
  ("It includes a £285m cash injection", [("£285m cash injection", 285e6, P, "cash injection|injection", None)]),
  ("He also announced a cash hand-out for older pensioners", [("£50", 50, P, "payments", None)]),
  ("In a move ministers say should keep council tax rises below 5%", [("below 5%", 5, PCT, "council tax rises|rises", "ministers"),
                                                                       ("an extra £1bn", 1e9, P, "local councils|providing", "the chancellor")]),
  ("Borrowing is tipped to fall to £31bn", [("£31bn", 31e9, P, "borrowing|fall", None), ("£2bn more", 2e9, P, "predicted|more", None)]),
  ("He also pledged an extra £105m", [("an extra £105m", 105e6, P, "security|pledged", None)]),
],
"bbc-politics/313.txt": [
  ("A survey for the charity suggests 69%", [("69% of over-55s", 69, PCT, "over-55s", "A survey"),
                                            ("just 17% of 18 to 24 year olds", 17, PCT, "18 to 24 year olds|year olds", "A survey")]),
  ("A total of 3,028 adults aged 18", [("3,028 adults", 3028, PPL, "adults|interviewed", None)]),
  ("In the survey carried out by ICM Research, 14%", [("14% of people aged between 18 and 34", 14, PCT, "people", None)]),
  ("Among the over-65s, 70% said", [("70%", 70, PCT, "said|over-65s|certain to vote", None),
                                    ("39% of people under 55", 39, PCT, "people", None)]),
  ("For 57%, pensions and the NHS were key issues", [("57%", 57, PCT, "pensions|key issues", None), ("a third", 1 / 3, SH, "economy|important", None),
                                                     ("25%", 25, PCT, "tax|crucial area", None)]),
],
}


# Third round of issue 14 (tune2): stories of bbc-politics and PolNeAR in neither half, drawn in a
# fixed random order (seed 2027) among those not yet labelled, labelled before the code was read on them.
PTS = "points"
TUNE2 = {
"polnear/text/breitbart_2016-03-15_the-latest-kasich-scores-all-del.txt": [
  ("Now all he has to do is win 91 percent", [("91 percent of the remaining delegates", 91, PCT, "remaining delegates|delegates|win", None)]),
  ("About two-thirds of Republican primary voters", [("About two-thirds of Republican primary voters", 2 / 3, SH, "republican primary voters|voters|support", None)]),
  ("Only about 4 in 10 Republican voters", [("about 4 in 10 Republican voters", 0.4, SH, "republican voters|voters", None)]),
  ("The proportion of GOP primary voters saying", [("three-quarters", 0.75, SH, "proportion|gop primary voters", None)]),
  ("About 9 in 10 Republican primary voters", [("About 9 in 10 Republican primary voters", 0.9, SH, "republican primary voters|voters", None),
                                               ("about 4 in 10", 0.4, SH, "angry|voters", None)]),
  ("In each of the five states, about half of voters", [("about half of voters", 0.5, SH, "voters|prefer", None),
                                                        ("about 4 in 10", 0.4, SH, "want|political experience", None)]),
  ("According to early results of exit polls conducted for the Associates Press", [
      ("at least about one-fifth of the Democratic electorate", 0.2, SH, "democratic electorate|electorate|black voters", "exit polls"),
      ("nearly 3 in 10 Democratic primary voters", 0.3, SH, "democratic primary voters|voters|black", "exit polls")]),
  ("Black voters have formed an important part", [("67 percentage point margin", 67, PTS, "margin", None)]),
  ("But in Michigan a week ago, they supported her", [("40 percentage point margin", 40, PTS, "margin", None)]),
  ("In Florida, Hispanics made up about 2 in 10", [("about 2 in 10 Democratic and Republican primary voters", 0.2, SH, "primary voters|voters|hispanics", None)]),
  ("That includes about 1 in 10 GOP primary voters", [("about 1 in 10 GOP primary voters", 0.1, SH, "gop primary voters|voters", None)]),
  ("At least half of voters in each state", [("At least half of voters", 0.5, SH, "voters", None)]),
  ("Florida elections officials are expecting a record turnout", [("more than 4 million voters", 4e6, PPL, "voters|turnout", "Florida elections officials")]),
  ("More than 2 million have already made", [("More than 2 million", 2e6, PPL, "made|choice", None)]),
],
"bbc-politics/413.txt": [
  ("Science Minister Lord Sainsbury has made a £2m donation", [("£2m donation", 2e6, P, "donation", None)]),
  ("It is the latest hefty donation to the party by the billionaire", [("more than £10m", 10e6, P, "contributed", None)]),
  ("The 64-year-old latest donation follows", [("£2.5m gift", 2.5e6, P, "gift", None)]),
  ("Lord Sainsbury was created a life peer in 1997", []),
],
"bbc-politics/389.txt": [
  ("The chancellor said that the EU's planned changes", [("1%", 1, PCT, "budget surplus|surplus", "The chancellor")]),
  ("Under Mr Brown's \"sustainable investment", [("under 40%", 40, PCT, "government debt|debt", None), ("the 60%", 60, PCT, "allowed|growth and stability pact", None)]),
  ("In March the Office of National Statistics (ONS) reclassified", [("£3.4bn of spending on road repairs", 3.4e9, P, "spending|road repairs|reclassified", None),
                                                                      ("only £6bn", 6e9, P, "meet|rule", None)]),
],
"polnear/text/wash-post_2016-05-05_sanders-faces-tough-sell-in-gett.txt": [
  ("Sanders acknowledged Sunday that he would need to win 65 percent", [("65 percent of the remaining delegates", 65, PCT, "remaining delegates|delegates|win", "Sanders")]),
  ("That figure actually grew a little Tuesday", [("close to 66 percent", 66, PCT, "figure|grew", None)]),
  ("I'm amazed that in some of these states", [("60 percent", 60, PCT, "voters|go", None), ("70 percent", 70, PCT, "voters|go", None)]),
],
"polnear/text/huff-post_2016-03-21_the-rise-of-switzerland-s-trump.txt": [
  ("In 2004, Blocher was elected to the seven member", []),
  ("Ultimately 54.6 percent of the electorate", [("54.6 percent of the electorate", 54.6, PCT, "electorate|voted", None)]),
  ("This proposal was rejected by 64 percent", [("64 percent of the electorate", 64, PCT, "electorate|rejected", None)]),
  ("The SVP was rejected by 59.6 percent", [("59.6 percent of voters", 59.6, PCT, "voters|rejected", None)]),
  ("The same year the SVP also sponsored a referendum", [("57.5 percent of the vote", 57.5, PCT, "vote|passed", None), ("53 percent turnout", 53, PCT, "turnout", None)]),
  ("The SVP also realized that it could spam referenda", [("around 50 percent", 50, PCT, "turnout", None)]),
  ("The initiative passed with 52.9 percent", [("52.9 percent of the vote", 52.9, PCT, "vote|passed", None), ("53 percent", 53, PCT, "voter turnout|turnout", None)]),
  ("To the shock of the establishment, this referendum passed", [("56 percent of the vote", 56, PCT, "vote|passed", None)]),
  ("Utilizing environmental language", [("0.2 percent of the national population", 0.2, PCT, "national population|population|immigration|limit", None)]),
  ("This would have capped immigration at around 16,000", [("around 16,000", 16000, PPL, "immigration|capped", None), ("the average 80,000", 80000, PPL, "immigrants", None)]),
  ("This measure was handily defeated by 74 percent", [("74 percent", 74, PCT, "defeated", None), ("49.4 percent", 49.4, PCT, "turnout", None)]),
  ("The initiative highly galvanized Swiss politics", [("58.9 percent", 58.9, PCT, "voting|voting against", None), ("63.1 percent", 63.1, PCT, "turnout", None)]),
  ("However, three of the four cantons with the highest voter turnout", [("72-75 percent", (72, 75), PCT, "voter turnout|turnout", None)]),
],
"polnear/text/nyt_2016-09-16_clinton-plan-for-taxes-is-expans.txt": [
  ("Trump's and, even more important", [("an estimated $10 trillion hole", 10e12, D, "hole", None)]),
  ("Clinton's proposals to benefit small businesses", [("up to $1 million in capital investments", 1e6, D, "capital investments|deduct", None)]),
  ("Clinton's tax plan would raise $1.1 trillion", [("$1.1 trillion", 1.1e12, D, "raise|tax plan", None), ("$498 billion", 498e9, D, "figure|puts", "the Center for Federal Tax Policy")]),
  ("For those with adjusted gross incomes of more than $5 million", [("more than $5 million", 5e6, D, "adjusted gross incomes|incomes", None), ("a 4 percent surcharge", 4, PCT, "surcharge", None)]),
  ("For those with incomes above $1 million", [("above $1 million", 1e6, D, "incomes", None), ("a 30 percent effective tax rate", 30, PCT, "effective tax rate|tax rate", None)]),
  ("Clinton's plan would also cap the tax value", [("28 percent", 28, PCT, "tax value|deductions|cap", None)]),
  ("The Tax Policy Center estimates that the top 1 percent", [
      ("the top 1 percent of taxpayers", 1, PCT, "taxpayers", "The Tax Policy Center"),
      ("more than $750,000", 750000, D, "adjusted gross incomes|incomes", "The Tax Policy Center"),
      ("$78,000", 78000, D, "tax increase", "The Tax Policy Center"),
      ("the lower 95 percent", 95, PCT, "lower|taxpayers", "The Tax Policy Center"),
      ("less than $300,000", 300000, D, "earning", "The Tax Policy Center")]),
  ("Clinton's plan, taxpayers reporting capital gains", [("39.6 percent", 39.6, PCT, "ordinary income tax rate|rate|goes", None)]),
  ("Gains of two to three years would be subject", [("a 36 percent rate", 36, PCT, "rate", None), ("four percentage points", 4, PTS, "decline|rate", None),
                                                     ("20 percent", 20, PCT, "long-term rate|rate", None)]),
  ("(All rates exclude the additional 3.8 percent surtax", [("3.8 percent surtax", 3.8, PCT, "surtax", None)]),
  ("The Tax Foundation estimates that it would cost the Treasury", [("$374 billion", 374e9, D, "cost", "The Tax Foundation")]),
  ("The Tax Policy Center says it would depress revenue", [("$84 billion", 84e9, D, "add", "The Tax Policy Center")]),
  ("Clinton's proposals also do nothing to address the corporate tax rate", [("35 percent", 35, PCT, "corporate tax rate|rate", None)]),
  ("President Obama called for reducing the corporate tax rate to 28 percent", [("28 percent", 28, PCT, "corporate tax rate|reducing", "President Obama")]),
  ("Clinton would leave it at 35 percent", [("35 percent", 35, PCT, "leave|rate", None)]),
],
"bbc-politics/121.txt": [
  ("Welsh Health Minister Jane Hutt said no patient would wait", []),
  ("On Wednesday, Ms Hutt also announced £264m", [("£264m", 264e6, P, "health services|spent|announced", None)]),
  ("\"But let us not forget two thirds of those waiting", [("two thirds of those waiting for treatment", 2 / 3, SH, "waiting|those waiting", None)]),
  ("Meanwhile, the latest monthly waiting list figures showed", [("9.8%", 9.8, PCT, "fallen|number of people|total number", "the latest monthly waiting list figures")]),
  ("There are 305,775 people on a waiting list", [("305,775 people", 305775, PPL, "people|waiting list", None), ("311,764", 311764, PPL, "people|waiting list|down", None)]),
],
}
TUNE2.update({
"polnear/text/nyt_2016-03-16_via-legislative-side-doors-sande.txt": [
  ("And he had a price, a $1.5 billion youth jobs program", [("$1.5 billion youth jobs program", 1.5e9, D, "youth jobs program|program|price", None)]),
  ("He was among 25 senators in 2008", [("25 senators", 25, PPL, "senators", None), ("$700 billion bailout", 700e9, D, "bailout", None)]),
],
"polnear/text/nyt_2015-11-13_clinton-stays-well-ahead-of-sand.txt": [
  ("Hillary Rodham Clinton has support from 52 percent", [("52 percent of Democratic primary voters", 52, PCT, "democratic primary voters|voters|support", None)]),
  ("Sanders has backing from 33 percent, according to", [("33 percent", 33, PCT, "backing", "a New York Times/CBS News survey")]),
  ("A strong majority of Democratic primary voters say", [("26 percent of Democrats", 26, PCT, "democrats", None), ("11 percent of Republican primary voters", 11, PCT, "republican primary voters|voters", None)]),
],
"polnear/text/nyt_2016-03-17_reputations-at-risk-over-bets-on.txt": [
  ("Ackman's biggest bet yet", [("more than a billion dollars in losses", 1e9, D, "losses|cost", None)]),
  ("So far in 2016, he has already lost his investors 19.3 percent", [("19.3 percent", 19.3, PCT, "lost|investors", None)]),
  ("Last year, investors lost 20.5 percent", [("20.5 percent", 20.5, PCT, "lost", None)]),
  ("With a 51 percent plunge", [("51 percent plunge", 51, PCT, "plunge|stock price", None)]),
  ("Later that month, he did just that, sharply increasing his position", [("9.9 percent", 9.9, PCT, "position|increasing", None), ("5.7 percent", 5.7, PCT, "position|increasing", None)]),
  ("Pershing Square now has a 9 percent stake", [("9 percent stake", 9, PCT, "stake", None)]),
  ("Ruane, Cunniff increased its stake", [("10.4 percent stake", 10.4, PCT, "stake", None)]),
  ("Paulson, increased its stake in Valeant", [("3.4 percent", 3.4, PCT, "position|bringing", None)]),
  ("Paulson Partners Enhanced, the fund that holds", [("15.9 percent", 15.9, PCT, "down|fund", None)]),
  ("Ubben, who has a 4.4 percent stake", [("4.4 percent stake", 4.4, PCT, "stake", None)]),
  ("Ackman resigned, selling his stake", [("an estimated loss of $473 million", 473e6, D, "loss", None)]),
],
"bbc-politics/030.txt": [
  ("Serial truants make up one in 13 pupils", [("one in 13 pupils", 1 / 13, SH, "pupils", None)]),
  ("Previous initiatives brought 40,000 pupils", [("40,000 pupils", 40000, PPL, "pupils|brought", "official statistics")]),
  ("It is thought that nearly half a million children", [("nearly half a million children", 5e5, PPL, "children|skip", None)]),
  ("However, serial truants avoid the classroom", [("£885m", 885e6, P, "costing|government schemes|schemes", None)]),
  ("In one local education authority alone 800 parents", [("800 parents", 800, PPL, "parents|warned", None)]),
  ("Truancy has been reduced by 5%", [("5%", 5, PCT, "reduced|truancy", None)]),
  ("This is the equivalent of 200 pupils", [("200 pupils", 200, PPL, "pupils|equivalent", None)]),
  ("Held twice each year, in addition to routine local patrols", [("31,000 pupils", 31000, PPL, "pupils|apprehended", None)]),
  ("\"It is clear form these figures", [("almost half of the nation's truancy", 0.5, SH, "truancy", None)]),
],
"polnear/text/nyt_2016-02-03_tax-overhaul-remains-a-distant-g.txt": [
  ("Camp, they looked to cut the top income tax rate", [("39.6 percent", 39.6, PCT, "top income tax rate|tax rate", None), ("as low as 10 percent", 10, PCT, "cut|rate", None)]),
  ("Bush estimated in 2005 that a fundamental tax overhaul", [("less than 1 percent", 1, PCT, "national economic output|output|add", None)]),
  ("By contrast, increases since 1986 in tax credits", [("7 percent", 7, PCT, "take-home pay|increased", None), ("the bottom 40 percent of earners", 40, PCT, "earners|bottom", None)]),
  ("With the number of people collecting Social Security", [("65 million", 65e6, PPL, "number of people|people|swell", None), ("49 million", 49e6, PPL, "number of people|people|swell", None)]),
  ("Furman acknowledged that overhauling business taxes", [("35 percent", 35, PCT, "corporate tax rate|tax rate", None)]),
],
"polnear/text/usa-today_2016-03-24_nabisco-rolls-out-layoffs-in-chi.txt": [
  ("Snack giant Nabisco on Wednesday began the process", [("hundreds of workers", 100, PPL, "workers|laying off", None)]),
  ("Nabisco is expected to cut 277 workers", [("277 workers", 277, PPL, "workers|cut", None), ("600 layoffs", 600, PPL, "layoffs", None),
                                               ("$130 million", 130e6, D, "invested|production line", None)]),
  ("One of the forerunner companies of Mondelez", [("$90 million in incentives", 90e6, D, "incentives", None)]),
  ("Executives for Mondelez, which generated", [("more than $30 billion in revenue", 30e9, D, "revenue", None), ("$46 million annually", 46e6, D, "save", "Executives for Mondelez")]),
  ("The company says it considered building the factory lines", [("$46 million cost gap", 46e6, D, "cost gap|gap", "The company")]),
],
"polnear/text/nyt_2016-07-15_latest-poll-has-trump-pulling-ev.txt": [
  ("Clinton prepares to accept the Democratic Party's nomination", [("67 percent of voters", 67, PCT, "voters|say", None)]),
  ("That number is up five percentage points", [("five percentage points", 5, PTS, "number|up", None)]),
  ("Clinton's six-percentage-point lead", [("six-percentage-point lead", 6, PTS, "lead", None)]),
  ("The two candidates are now tied in a general election matchup", [("40 percent of voters", 40, PCT, "voters|support", "the new poll")]),
  ("Trump is also distrusted by a large number of voters", [("62 percent", 62, PCT, "voters|number of voters|distrusted", None)]),
  ("Clinton as vastly more prepared for the job", [("50 percent", 50, PCT, "saying|prepared", None), ("the 30 percent", 30, PCT, "say", None)]),
  ("Clinton's preparedness have also declined", [("nine percentage points", 9, PTS, "declined", None)]),
  ("Just 28 percent of voters said they had a positive view", [("28 percent of voters", 28, PCT, "voters", None)]),
  ("Clinton, compared with 33 percent last month", [("33 percent", 33, PCT, "compared|voters|positive view", None)]),
  ("Asked if her email practices were illegal", [("46 percent of voters", 46, PCT, "voters", None), ("23 percent", 23, PCT, "said|improper", None)]),
  ("Twenty-four percent said she did nothing wrong", [("Twenty-four percent", 24, PCT, "said", None)]),
  ("''I just don't think she's been completely truthful", []),
  ("Trump has slightly improved his standing, with 30 percent", [("30 percent of voters", 30, PCT, "voters", None)]),
  ("Last month, 26 percent said the same", [("26 percent", 26, PCT, "said", None)]),
  ("More than six in 10 said they were not looking forward", [("More than six in 10", 0.6, SH, "said", None), ("46 percent", 46, PCT, "said|unenthusiastic", None)]),
  ("The killings of black men by white police officers", [("62 percent of voters", 62, PCT, "voters|left|saying", None)]),
  ("Now, 52 percent said Mr", [("52 percent", 52, PCT, "said", None)]),
  ("Trump would be better, compared with 41 percent", [("41 percent", 41, PCT, "compared|said|better", None)]),
  ("Clinton held a seven-percentage-point advantage", [("seven-percentage-point advantage", 7, PTS, "advantage", None)]),
  ("The nationwide poll was conducted July 8 to 12", [("1,358 registered voters", 1358, PPL, "registered voters|voters", None)]),
  ("The margin of sampling error is plus or minus three percentage points", [("three percentage points", 3, PTS, "margin of sampling error|margin|error", None)]),
  ("With intense news media attention surrounding", [("three in 10", 0.3, SH, "saying|voters", None)]),
],
})

# Further tune2 stories, the next in the same order (seed 2027) with five or more candidate
# figures; an AP live blog of exit polls (breitbart_2016-02-20) was passed over, being the same
# kind of text as the first story of the set after its ratio rule was written.
TUNE2.update({
"polnear/text/breitbart_2016-06-28_underdog-conservative-claudia-te.txt": [
  ("Tenney took down businessman Steve Wells", [("41 percent of the vote", 41, PCT, "vote|claiming", None), ("33 percent", 33, PCT, "vote|wells|claiming", None)]),
  ("A source said that Tenney could end up winning", [("more than ten points", 10, PTS, "winning", "A source")]),
  ("The establishment spent more than a million dollars", [("more than a million dollars", 1e6, D, "spent", None)]),
  ("going to be well over a million dollars", [("well over a million dollars", 1e6, D, "money|spent", "Tenney")]),
  ("probably going to be close to two million dollars", [("close to two million dollars", 2e6, D, "money|spent", None)]),
],
"bbc-politics/269.txt": [
  ("Only a quarter of 14-16 year olds knew", [("a quarter of 14-16 year olds", 0.25, SH, "14-16 year olds|year olds|knew", None)]),
  ("Almost all could identify Tony Blair", [("one in six", 1 / 6, SH, "knew", None), ("one in 10", 0.1, SH, "recognised", None)]),
  ("The ICM survey interviewed 110 pupils", [("110 pupils", 110, PPL, "pupils|interviewed", "The ICM survey")]),
  ("Nearly half those pupils polled said", [("Nearly half", 0.5, SH, "pupils|polled|said", None)]),
  ("And 4% of those questioned thought", [("4% of those questioned", 4, PCT, "questioned|thought", None), ("2% of them", 2, PCT, "believed", None)]),
],
"bbc-politics/023.txt": [
  ("The e-University was scrapped last year", [("900 students", 900, PPL, "students|attracted", None), ("a cost of £50m", 50e6, P, "cost|attracted", None)]),
  ("Chief executive John Beaumont was paid a bonus", [("a bonus of £44,914", 44914, P, "bonus", None)]),
  ("Initial business plans forecast a quarter of a million students", [("a quarter of a million students", 250000, PPL, "students|joining", "Initial business plans"),
                                                                       ("at least £110m in profit", 110e6, P, "profit", "Initial business plans")]),
  ("But virtually no market research was carried out", [("just £4.2m", 4.2e6, P, "spent|sales and marketing|worldwide sales", None)]),
  ("Some £14m went on developing the technology", [("Some £14m", 14e6, P, "went|developing", None)]),
  ("This was used by just 200 students", [("just 200 students", 200, PPL, "students|used", None)]),
],
"bbc-politics/044.txt": [
  ("The Duchy of Cornwall is a 140,000-acre estate", []),
  ("However, the Prince of Wales did receive over £4m", [("over £4m", 4e6, P, "receive", None)]),
  ("The duchy last year generated almost £12m", [("almost £12m", 12e6, P, "generated", None)]),
  ("The prince has voluntarily paid income tax", [("40%", 40, PCT, "income tax|tax", None)]),
],
"polnear/text/politico_2015-11-13_casino-revenue-up-slightly-this-.txt": [
  ("Gambling revenue at Atlantic City", [("3.5 percent", 3.5, PCT, "increased|gambling revenue|revenue", "state gaming regulators")]),
  ("The casinos won slightly less in October", [("1.3 percent", 1.3, PCT, "dipping|revenue", "the state Division of Gaming Enforcement"),
                                                ("$191.6 million", 191.6e6, D, "revenue|dipping", "the state Division of Gaming Enforcement")]),
  ("Overall, the remaining casinos in Atlantic City reported", [("$2.17 billion in gaming revenue", 2.17e9, D, "gaming revenue|revenue", None),
                                                               ("about $74 million", 74e6, D, "more|revenue", None)]),
  ("Counting the four casinos that closed last year", [("more than $182 million", 182e6, D, "off|gambling revenues|revenues", None),
                                                       ("7.7 percent", 7.7, PCT, "off|gambling revenues|revenues", None)]),
  ("Gaming revenue is up this year at five of the casinos", [("29 percent", 29, PCT, "gaming revenue|revenue|up", None), ("17.6 percent", 17.6, PCT, "gaming revenue|revenue|up", None),
                                                             ("8.2 percent", 8.2, PCT, "gaming revenue|revenue|up", None), ("4.3 percent", 4.3, PCT, "gaming revenue|revenue|up", None),
                                                             ("4.7 percent", 4.7, PCT, "gaming revenue|revenue|up", None)]),
  ("Revenue fell by 17.7 percent at Trump Taj Mahal", [("17.7 percent", 17.7, PCT, "revenue|fell", None), ("5.5 percent", 5.5, PCT, "revenue|fell", None),
                                                       ("5.0 percent", 5.0, PCT, "revenue|fell", None)]),
  ("Internet gambling, which become legal in late 2013", [("nearly 36 percent", 36, PCT, "online revenue|revenue|up", None), ("nearly 18 percent", 18, PCT, "online revenue|revenue|up", None)]),
  ("But online betting was once thought to be a billion-dollar", [("a billion-dollar cash machine", 1e9, D, "cash machine", None)]),
  ("So far it has produced less than $122 million", [("less than $122 million in revenue", 122e6, D, "revenue|produced", None)]),
  ("gaming industry has been in a free-fall", [("$5.2 billion", 5.2e9, D, "casino earnings|earnings|peaking", None)]),
  ("Last year, the casinos earned just $2.74 billion", [("just $2.74 billion", 2.74e9, D, "earned", None)]),
],
})


def half_of(story: str) -> str:
    """Stories, not figures, are split: sha1 of the story path, even -> tune, odd -> check; the third
    round's stories are a second tuning set of their own (tune2), so the check half stays untouched."""
    if story in TUNE2:
        return "tune2"
    return "tune" if int(hashlib.sha1(story.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "check"


def main() -> int:
    out = []
    bad = 0
    for story, sentences in list(LABELS.items()) + list(TUNE2.items()):
        text = (DATA / story).read_text(encoding="utf-8")
        for prefix, figures in sentences:
            s = text.find(prefix)
            if s < 0 or text.find(prefix, s + 1) >= 0:
                print(f"{story}: sentence start {prefix!r} not found once", file=sys.stderr)
                bad += 1
                continue
            # the sentence runs to the first full stop, ? or ! followed by a space or line end
            e = s + len(prefix)
            while e < len(text) and not (text[e] in ".?!" and (e + 1 >= len(text) or text[e + 1] in " \n\xa0\"'’”")):
                e += 1
            e = min(len(text), e + 1)
            rows = []
            for span, value, unit, about, claimant in figures:
                value, high = value if isinstance(value, tuple) else (value, None)
                i = text.find(span, s)
                if i < 0 or i + len(span) > max(e, s + len(prefix) + 400):
                    print(f"{story}: {span!r} not in sentence {prefix!r}", file=sys.stderr)
                    bad += 1
                    continue
                e = max(e, i + len(span))
                row = {"span": [i, i + len(span)], "text": span, "value": value, "unit": unit,
                       "about": about, "claimant": claimant}
                if high is not None:
                    row["value_high"] = high  # a range: value is its low end
                rows.append(row)
            out.append({"story": story, "half": half_of(story), "sentence": [s, e], "figures": rows})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n = sum(len(r["figures"]) for r in out)
    halves = {h: sum(len(r["figures"]) for r in out if r["half"] == h) for h in ("tune", "check", "tune2")}
    print(f"{n} figures in {len(out)} sentences of {len(LABELS) + len(TUNE2)} stories; {halves}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
