#!/usr/bin/env python3
"""Hand labels of check3, the third checking set of figures: the labeller's worksheet.

    python3 eval/figures/check3_labels.py

check3's stories are drawn by eval/figures/draw_check3.py (random.Random(2034); 15 bbc-politics
and 15 PolNeAR train stories in no labelled set). Every candidate sentence of each story is listed
here, empty where it holds no figure in scope, in the worksheet form of build_labels.py: (sentence
start, [(span, value, unit, about, claimant)]); a range's value is (low, high). The labels were
written by someone who wrote no figures rule in the round, reading each story in full, before any
figures code was run on these stories. Running this file checks each span against the story text
in ../shared/data (build_labels.place, the one placing of every set) and rewrites only the "check3"
lines of eval/figures/labels.jsonl; build_labels.py, which writes every set, reads CHECK3 from here.

Decisions are those of the earlier rounds (build_labels.py's comments, docs/events-figures.md):
scope is money, percentages and shares, counts of people and households; jobs, votes, emails,
seats, states and counties are counted things; "the two candidates" is a count like any other; a
number before a singular noun of people ("a two-term governor") tells a size; "one" counts a
person only in a partition with "of"; "dozens" counts 12, "hundreds" 100, "thousands" 1,000; a
share of things is a share ("almost half of them", counties); a bare number whose noun is
understood from people counts them; the claimant is who the sentence names as claiming the figure
(the subject of a reporting verb, "according to" ...), null for the narrator or nobody named in the
sentence. Added here, where the written ones were silent: applications and acceptances (to a
university) are counted things, as votes are.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
P, D, PCT, PPL, SH, PTS = "pounds", "dollars", "percent", "people", "share", "points"

CHECK3 = {
"bbc-politics/076.txt": [
  ('A National Audit Office report', [("£1.7bn", 1.7e9, P, "costs|risen", "A National Audit Office report")]),
  ('It says there is "little evide', []),
  ("The NAO's annual report showed", [("£50bn", 50e9, P, "total cost|cost|reach", "The NAO's annual report"),
                                      ("14% higher", 14, PCT, "higher|total cost|cost", "The NAO's annual report")]),
  ('The total delays amounted to 6', []),
  ("This year's overspend was sign", [("last year's £3.1bn total", 3.1e9, P, "total|overspend", None)]),
  ('The latest findings follow a s', []),
  ('Our correspondent said it was ', []),
  ('But he added some projects, su', []),
],
"polnear/text/west-journal_2016-07-29_clinton-acceptance-speech-skewer.txt": [
  ('In an attempt to cover up her ', [("the two candidates", 2, PPL, "candidates", None)]),
  ('<tweet tweet-id="7588556485954', []),
  ('<tweet tweet-id="7588561280630', []),
  ('<tweet tweet-id="7588565545274', []),
  ('<tweet tweet-id="7588571286520', []),
  ('<tweet tweet-id="7588577247256', []),
  ('<tweet tweet-id="7588582818256', []),
  ('<tweet tweet-id="7588588621495', []),
  ('<tweet tweet-id="7588595074012', []),
],
"bbc-politics/047.txt": [
  ('Applications from England and', [("17%", 17, PCT, "applications|rose", None)]),
  ('Fears had been expressed that ', [("up to £3,000 a year", 3000, P, "top-up fees|fees", None)]),
  ('In June last year, Mr Wallace ', [("£2,000", 2000, P, "tuition fees|increase|fees", "Mr Wallace")]),
  ('However, it does not mean that', [("thousands of additional students", 1000, PPL, "students|additional students", None)]),
  ('He explained that when applica', []),
  ('Also, the picture was further ', [("19%", 19, PCT, "applications|risen", None)]),
],
"polnear/text/politico_2016-08-08_inside-the-swing-state-trench-wa.txt": [
  ('These battlegrounds — spread a', []),
  ('Close to 50 interviews with GO', []),
  ('“In political terms, that’s li', []),
  ('To win the White House, Trump ', []),
  ('That’s because the GOP nominee', [("almost half of them", 0.5, SH, "them|win|counties", None)]),
  ('During the Democratic primary,', []),
  ('Many of the nearly two dozen D', [("the nearly two dozen Democratic chairs", 24, PPL, "democratic chairs|chairs|interviewed", None)]),
  ('In Colorado, there are still s', []),
  ('As for Trump, since the Republ', []),
  ('Likewise, Trump’s visit Monday', []),
],
"bbc-politics/294.txt": [
  ("Civil servants in strike ballo", [("its 290,000 members", 290000, PPL, "members|ballot", None)]),
  ('The Public and Commercial Serv', []),
  ('Unions have already earmarked ', [("up to 1.4 million UK workers", 1.4e6, PPL, "workers|uk workers|involve", None)]),
  ('If you want the pension you we', []),
  ("Unison's 800,000 workers, the ", [("Unison's 800,000 workers", 800000, PPL, "workers|unison", None),
                                     ("70,000", 70000, PPL, "transport and general workers' union|workers", None),
                                     ("Amicus' 20,000", 20000, PPL, "amicus|workers", None)]),
],
"polnear/text/west-journal_2016-07-28_obama-claims-hillary-most-qualif.txt": [
  ('While it is certainly true tha', []),
  ('<tweet tweet-id="7585010035198', []),
  ('While liberals dismissed him a', []),
  ('Then there is five-star Gen.', []),
  ('Of course, he led the fledglin', []),
  ('He then presided over the Cons', []),
  ('He noted what the Select Commi', []),
  ('The director further stated, w', []),
  ('Comey testified “thousands” of', []),
],
"bbc-politics/178.txt": [
  ('Hatfield executives go on tria', [("five railway managers", 5, PPL, "railway managers|managers|trial", None)]),
  ('Four people died when a sectio', [("Four people", 4, PPL, "people|died", None)]),
  ('All five men, along with four ', [("All five men", 5, PPL, "men|accused", None), ("four others", 4, PPL, "others|accused", None)]),
  ('The accident, on 17 October 20', []),
  ('Those who died in the accident', []),
],
"polnear/text/nyt_2016-09-07_phyllis-schlafly-conservative-ba.txt": [
  ('Phyllis Schlafly, conservative', []),
  ('Phyllis Schlafly, whose grass-', []),
  ('She was 92.\n\nHer death was con', []),
  ('In the 1960s, with her popular', []),
  ('The amendment would have expan', [("more than 90 percent", 90, PCT, "vote|passed", None)]),
  ('Despite an extension of the de', []),
],
"bbc-politics/144.txt": [
  ('MP attacked by muggers in Keny', [("more than £600", 600, P, "stolen|had", None), ("six men", 6, PPL, "men|mugged", None)]),
  ('Mr Davies, 60, said the muggin', []),
  ('Six men managed to steal up on', [("Six men", 6, PPL, "men|managed|steal", None)]),
  ('I knew I had to stay very calm', [("six men", 6, PPL, "men|fight", None)]),
  ('He had to spend an extra 24 ho', []),
  ('Two of them held me from behin', [("Two of them", 2, PPL, "them|held", None), ("two others", 2, PPL, "others|held", None)]),
],
"polnear/text/wash-post_2016-09-01_trump-appeared-to-break-down-wal.txt": [
  ('1 scapegoat. He spent all of a', []),
  ('He spent all of an hour with P', [("the two men", 2, PPL, "men|emerged", None)]),
  ('In the United States, first-, ', []),
  ('The impostor gushed about a "c', []),
  ('He pledged "cooperation" towar', []),
  ("One-hundred percent. They don'", [("One-hundred percent", 100, PCT, "pay|wall", None)]),
  ('She lost by 13 points. In Flor', [("13 points", 13, PTS, "lost|she", None)]),
  ('In Florida, Carlos Beruff said', [("100 percent", 100, PCT, "supports|donald trump", "Carlos Beruff")]),
  ('Beruff lost by 54 points. Insu', [("54 points", 54, PTS, "lost|beruff", None)]),
  ('Chamber of Commerce thinks tha', []),
  ('Pe' 'A\u0303\u00b1a Nieto said that immigra', []),
],
"bbc-politics/405.txt": [
  ('The Tory leader supports a red', []),
  ('More than 180,000 women in Eng', [("More than 180,000 women", 180000, PPL, "women|terminations|had", None),
                                    ("fewer than 1%", 1, PCT, "terminations|carried out", None)]),
  ('In the past I voted for a rest', []),
  ('All three main parties say the', []),
  ('Mr Blair, who last year denied', [("four children", 4, PPL, "children", None)]),
  ('Mr Kennedy said he had previou', []),
  ('The Roman Catholic Archbishop ', []),
],
"polnear/text/huff-post_2016-02-28_democrats-should-be-very-nervous.txt": [
  ('Bernie Sanders by nearly 3-to-', []),
  ('The thumping followed a convin', []),
  ('For the Democratic Party estab', []),
  ('Exit polling showed that Clint', []),
  ('Even here, she was far more co', [("54 percent", 54, PCT, "sanders|voters under 30", None), ("46 percent", 46, PCT, "she|losing", None)]),
  ('Only 367,491 people cast a bal', [("Only 367,491 people", 367491, PPL, "people|cast|ballot", None)]),
  ('That’s down 16 percent from th', [("16 percent", 16, PCT, "down|that|people", None),
                                    ("the 436,219 people", 436219, PPL, "people|came out", None)]),
  ('Factor in the 93,522 people wh', [("the 93,522 people", 93522, PPL, "people|voted", None)]),
  ('Democrats in 2016 are only get', [("about two-thirds of the primary votes", 2 / 3, SH, "primary votes|votes|getting", None)]),
  ('Republican turnout in the Sout', [("more than 70 percent", 70, PCT, "republican turnout|turnout|up", None)]),
  ('We Are Sorry,This video is res', []),
  ('A big chunk of voters who iden', []),
  ('It’s always hard to motivate v', []),
  ('Opposition parties typically h', []),
  ('That’s why 12-year runs in the', []),
  ('But his economic pitch to the ', []),
],
"bbc-politics/361.txt": [
  ('Budget to set scene for electi', []),
  ('The chancellor is expected to ', [("£60,000", 60000, P, "stamp duty threshold|threshold|raise", None)]),
  ('Treasury officials have said t', [("about £2bn", 2e9, P, "spare|have", None)]),
  ('- Increase in the stamp duty t', [("£60,000", 60000, P, "stamp duty threshold|threshold|increase", None)]),
  ('Ten years ago, buyers had a mu', [("less than £60,000", 60000, P, "selling|properties", None)]),
  ('The Liberal Democrats unveiled', [("£150,000", 150000, P, "stamp duty threshold|threshold|raise", "The Liberal Democrats")]),
  ('If Labour is elected there wil', [("around £10bn", 10e9, P, "tax increase|increase", None)]),
  ("But Mr Brown's former advisor ", [("a £35bn difference", 35e9, P, "difference|investment", "Ed Balls")]),
  ('SNP leader Alex Salmond said h', [("a £2,000 grant", 2000, P, "grant", "Alex Salmond")]),
  ("Plaid Cymru's economics spokes", [("£5.60 an hour", 5.6, P, "minimum wage|increase", "Adam Price")]),
],
"polnear/text/politico_2016-08-08_how-newtown-gave-chris-murphy-a-.txt": [
  ('14, 2012, and Murphy’s senator', []),
  ('He was on a train platform in ', [("two young kids", 2, PPL, "kids|young kids", None),
                                    ("20 schoolchildren", 20, PPL, "schoolchildren|murdered", None)]),
  ('The 43-year-old former congres', []),
  ('“So, essentially, for 20 years', []),
  ('Murphy’s 15-hour filibuster, w', []),
  ('Murphy’s floor speech wasn’t a', []),
  ('“It doesn’t take courage to st', []),
  ('“It takes courage to look into', []),
  ('“A lot of people predicted tha', []),
  ('Murphy projects optimism, and ', [("less than $100,000", 100000, D, "net worth|worth|estimated", "Senate filings")]),
  ('The story that most haunts Mur', []),
],
"bbc-politics/072.txt": [
  ('MPs voted in favour of the Pre', []),
  ('On Monday, MPs voted 272-219 i', []),
  ('The government earlier saw its', [("62 Labour rebels", 62, PPL, "labour rebels|rebels|support", None)]),
  ('But Mr Clarke told BBC Radio 4', []),
  ('The government wants the new b', []),
],
"polnear/text/nyt_2016-01-04_for-trump-lessons-from-a-brother.txt": [
  ('For Trump, lessons from a brot', []),
  ('Trump, a presidential candidat', []),
  ('But the painful case of Freddy', []),
  ("According to ''The Trumps: Thr", []),
  ('In 1962, at age 23, he married', []),
  ('They had two children, whom th', [("two children", 2, PPL, "children|had", None)]),
  ('The couples went deep-sea fish', []),
  ('But the drinking continued, an', []),
],
"bbc-politics/372.txt": [
  ('A report by two MPs committees', []),
  ('The government has looked at w', [("59%", 59, PCT, "voter turnout|turnout|fell", None)]),
  ('But trial all-postal ballots i', []),
  ("Thursday's report was drawn up", []),
  ('It also said about three milli', [("about three million people", 3e6, PPL, "people|eligible|registered", "It")]),
  ('Figures for the 2001 general e', [("29% of people", 29, PCT, "people|electoral roll", "Figures for the 2001 general election"), ("19% of black voters", 19, PCT, "black voters|voters|electoral roll", "Figures for the 2001 general election")]),
  ('The report said individual reg', [("12% of voters", 12, PCT, "voters|disappeared", "The report")]),
  ('It said incentives to register', [("£20 council tax rebate", 20, P, "council tax rebate|rebate", "It")]),
],
"polnear/text/huff-post_2015-12-22_of-the-most-powerful-things-lati.txt": [
  ('17 Of The Most Powerful Things', []),
  ('1\nJohn Leguizamo On How U.S. H', []),
  ('2\nSalma Hayek Described Her Ex', []),
  ('3\nZoe Saldana Responds To Anti', []),
  ('4\nGina Rodriguez Questioned Wh', []),
  ('5\nAmerica Ferrera Sent Donald ', []),
  ('6\nZoe Questioned Why White Act', []),
  ('Jordan as the Human Torch in t', []),
  ('7\n“Broad City” Star Asked Acto', []),
  ('8\nDascha Polanco Opened Up Abo', []),
  ('9\nSelenis Leyva Got Real About', []),
  ('10\nMaria Hinojosa Explained Wh', []),
  ('11\nJunot Diaz Stressed The Imp', []),
  ('12\nAnchor Expressed Fear About', []),
  ('13\nZoe Saldana Asked Men Every', []),
  ('14\nGeorge Lopez On Why Blacks,', []),
  ('Lopez’s show was cancelled aft', []),
  ('15\nJaime Camil’s Perfect Analo', []),
  ('16\nAmerica Ferrera Took On Hol', []),
  ('17\nEva Longoria Disccused Fact', []),
],
"bbc-politics/344.txt": [
  ('Should he win the next general', [("£4 billion", 4e9, P, "earmarked|reduce taxes|taxes", None)]),
  ("And even after that was done, it would", [("about a penny", 1, "pence", "tax cut|basic rate", None)]),
  ('All the money would come from ', [("£35 billion efficiency savings", 35e9, P, "efficiency savings|savings", None)]),
  ('Of that, £23 billion would go ', [("£23 billion", 23e9, P, "spending plans|go", None), ("£8 billion", 8e9, P, "black hole|fill", "they")]),
  ('Labour, needless to say, claim', [("his planned £35bn efficiency savings", 35e9, P, "efficiency savings|savings", "Labour")]),
  ('So far that has not faced any ', []),
],
"polnear/text/breitbart_2016-02-16_donald-trump-praises-breitbart-s.txt": [
  ('I’m very disappointed in the RNC be', []),
  ('As an example, I gave two judg', [("two judges", 2, PPL, "judges|gave", None)]),
  ('Whether we save $100 billion a', [("$100 billion a year", 100e9, D, "save", None), ("$350 billion a year", 350e9, D, "save", None)]),
  ('He was recently profiled in th', []),
  ('<tweet id="699320266804092929"', []),
],
"bbc-politics/406.txt": [
  ('Profile: Gordon Brown\n\nThe ult', []),
  ('He reached that milestone last', []),
  ('How much longer Mr Brown will ', []),
  ('Gordon Brown was born in Glasg', []),
  ('At 12, he was canvassing for L', []),
  ('Within four years, Mr Brown ha', []),
  ('During the 1997 election campa', []),
  ('This dedication to his career ', []),
  ('Their daughter Jennifer died i', []),
  ('After a recent run of negative', [("the two men", 2, PPL, "men|appeal|stop bickering", None)]),
  ("And Mr Blair's decision to nam", []),
],
"polnear/text/nyt_2016-08-02_how-an-aide-to-trump-held-sway-i.txt": [
  ('Putin, proceeded to dismember ', []),
  ('That view has upended decades ', []),
  ('But it is clear that the two h', [("the two have", 2, PPL, "two|have|shared view", None)]),
  ('Manafort, 67, is the scion of ', []),
  ('A review of his work in Ukrain', []),
  ('Manafort began working in Ukra', []),
  ("Yanukovych's party, the Party ", [("the two men", 2, PPL, "men|introduced", None)]),
  ('One partner was Dmytro Firtash', [("billions", 1e9, D, "made|oligarch", None)]),
  ('The three men intended to reop', [("The three men", 3, PPL, "men|intended", "a lawsuit")]),
  ('Manafort and two partners, Ric', [("two partners", 2, PPL, "partners|set up", "a court filing")]),
  ('Deripaska agreed to pay a 2 pe', [("a 2 percent annual management fee", 2, PCT, "management fee|fee", None)]),
  ('Manafort and his partners, and', [("$100 million", 100e6, D, "put|fund", None)]),
  ("Yanukovych's decision led to t", []),
  ('Poroshenko called snap parliam', []),
  ('Its new bloc now has 43 member', [("43 members", 43, PPL, "members|bloc|has", None)]),
  ('It received a retainer of $35,', [("a retainer of $35,000 a month", 35000, D, "retainer|received", None)]),
],
"bbc-politics/214.txt": [
  ('There was one prison suicide e', []),
  ('Until we change our whole appr', []),
  ('Between 1990 and 2004, 25 chil', [("25 children", 25, PPL, "children|taken|lives", None), ("two have died", 2, PPL, "died|two", None)]),
  ('It revealed that two weeks bef', []),
  ('Even though the trial judge ha', []),
  ('Nine days into his sentence, J', []),
],
"polnear/text/wash-post_2015-11-08_all-eggs-in-n-h-and-iowa-baskets.txt": [
  ('Halfway across the country in ', []),
  ('Another 6 a.m. workout at a Hi', []),
  ('Unlike in the Democratic conte', [("the 14 GOP candidates", 14, PPL, "gop candidates|candidates", None)]),
  ('The past two winners rose on t', [("The past two winners", 2, PPL, "winners|rose", None)]),
  ('So far, none of the four has p', [("none of the four", 4, PPL, "four|prioritized", None)]),
  ('It remains unclear whether the', [("thousands of voters", 1000, PPL, "voters|meet", None)]),
  ('He is but a blip in national p', [("4 percent", 4, PCT, "him|had", "a CNN-ORC survey")]),
  ('Polls in New Hampshire show th', [("the top two candidates", 2, PPL, "candidates|top two candidates", "Polls in New Hampshire")]),
  ('For instance, a WBUR poll last', [("11 percent", 11, PCT, "rubio", "a WBUR poll"), ("10 percent", 10, PCT, "kasich", "a WBUR poll"), ("8 percent", 8, PCT, "christie", "a WBUR poll"), ("7 percent", 7, PCT, "bush", "a WBUR poll")]),
  ("Inspired by McCain's late-2007", []),
  ('Also zeroing in on New Hampshi', [("two longer-shot candidates", 2, PPL, "candidates|longer-shot candidates", None)]),
  ('Neither will appear in either ', [("below 1 percent", 1, PCT, "registering|neither|polls", None)]),
],

"bbc-politics/066.txt": [
  ('Commons hunt protest charges\n\n', [("Eight protesters", 8, PPL, "protesters|charged", None)]),
  ('Those charged included Otis Fe', []),
  ('They were charged under Sectio', []),
  ('Five of the eight men held an ', [("Five", 5, PPL, "held|news conference|men", None), ("the eight men", 8, PPL, "men", None)]),
  ('They will appear at Bow Street', []),
  ('One of the men, David Redvers,', [("the other seven protesters", 7, PPL, "protesters|plead", "David Redvers")]),
  ('The other protesters are John ', []),
  ('The 15 September protest came ', []),
  ('Four of the men ran out from b', [("Four of the men", 4, PPL, "ran out|men", None)]),
  ('The five tried to confront MPs', [("The five", 5, PPL, "five|tried|confront", None)]),
  ('Three others had been intercep', [("Three others", 3, PPL, "others|intercepted", None), ("the five", 5, PPL, "join|five", None)]),
  ('Last week, the Countryside All', []),
  ('The alliance said the 19 Febru', []),
],
"polnear/text/nyt_2015-12-14_visa-screening-missed-attacker-s.txt": [
  ('Tashfeen Malik passed three ba', []),
  ('Tashfeen Malik, who with her h', []),
  ('11, 2001.\n\nHad the authorities', []),
  ('Tens of millions of people are', [("Tens of millions of people", 10e6, PPL, "people|cleared", None)]),
  ('While President Obama has caut', []),
  ('Malik did, immigration officia', []),
  ('Somebody entered the United St', []),
  ('Malik faced three extensive na', []),
  ('Malik also had two in-person i', []),
  ('Governors in more than two doz', []),
  ('But the vetting for refugees i', []),
  ('and the San Bernardino County ', []),
  ('2 attack.\n\nSince its inception', []),
  ('Compared to where we were 15 y', []),
  ('Saturday, December 19, 2015.', []),
],
"bbc-politics/138.txt": [
  ('It said there were 922 cases o', [("£38.5m", 38.5e6, P, "cases|worth|fraud", "It"), ("52m euros", 52e6, "euros", "cases|worth|fraud", "It"), ("£35.7m", 35.7e6, P, "cases|worth", "It")]),
  ('At the same time, reported fra', [("£808m", 808e6, P, "cases|worth|reported fraud", None), ("£644m", 644e6, P, "cases|worth|reported fraud", None)]),
],
"polnear/text/usa-today_2016-01-04_bernie-sanders-raises-m-is-withi.txt": [
  ('Bernie Sanders raises $33M; \nI', [("$33M", 33e6, D, "raises|raised", None), ("$4M", 4e6, D, "within|haul", None)]),
  ('Bernie Sanders raised more tha', [("more than $33million", 33e6, D, "raised", "his campaign")]),
  ('His haul puts him within $4mil', [("$4million", 4e6, D, "within|haul", None), ("the $37million", 37e6, D, "raised|clinton", None)]),
  ('In all, the Vermont senator ha', [("nearly $73million", 73e6, D, "raised", "campaign officials")]),
  ('Aides said more than 1 million', [("more than 1 million donors", 1e6, PPL, "donors|made", "Aides")]),
  ('(Obama had collected 2.2millio', []),
  ('Campaign aides said the averag', [("$27.16", 27.16, D, "average donation|donation", "Campaign aides")]),
  ('His campaign said he ended Dec', [("$28.4million", 28.4e6, D, "available cash|cash|ended", "His campaign"), ("the nearly $73million", 73e6, D, "raised", "His campaign")]),
  ('Clinton, who collected $112mil', [("$112million", 112e6, D, "collected", "figures her campaign released"), ("nearly $38million", 38e6, D, "cash balance|balance", "figures her campaign released")]),
  ('Two of the Republicans seeking', [("Two of the Republicans", 2, PPL, "republicans|released", None)]),
  ('Ted Cruz raised $23million and', [("$23million", 23e6, D, "carson", None), ("$20million", 20e6, D, "cruz", None)]),
  ("Cruz's haul is a big jump from", [("the $12.2million", 12.2e6, D, "raised|third quarter", None)]),
  ('31, the eve of the Iowa caucus', []),
],
"bbc-politics/309.txt": [
  ('Research undertaken for voting', [("81% of 16 to 20-year-olds", 81, PCT, "16 to 20-year-olds|year-olds|feel", "Research undertaken for voting watchdog the Electoral Commission")]),
  ('The survey of a sample of 500 ', [("500 British 16 to 20-year-olds", 500, PPL, "16 to 20-year-olds|year-olds|sample", None), ("500 21 to 25-year olds", 500, PPL, "21 to 25-year olds|year olds|sample", None)]),
  ('The Y Vote initiative is being', []),
],
"polnear/text/wash-post_2016-09-07_five-key-trends-to-watch-ahead-o.txt": [
  ('Five key trends to watch ahead', []),
  ('The last time The Washington P', []),
  ('Bush won 39 states and defeate', []),
  ('Here are five key trends to wa', []),
  ('Bush won Florida, New Hampshir', [("at least 20 percentage points", 20, PTS, "won|bush", None)]),
  ('Hillary Clinton leads Donald T', []),
  ('Now, according to the recent 5', []),
  ('The two candidates are also ti', [("The two candidates", 2, PPL, "candidates|tied", None)]),
  ('Texas and Mississippi have bee', []),
  ('The 50-state poll finds Trump ', []),
  ('Trump leads by 15 points in In', [("15 points", 15, PTS, "leads|trump", "the 50-state poll"), ("a small three-point lead", 3, PTS, "lead", "the 50-state poll")]),
  ('Clinton has a four-point edge ', [("a four-point edge", 4, PTS, "edge|clinton", None), ("a two-point edge", 2, PTS, "edge", None)]),
  ('California and New Mexico are ', []),
  ('Over 90 percent of registered ', [("Over 90 percent of registered voters", 90, PCT, "registered voters|voters|white", None)]),
  ('West Virginia used to be a fai', [("five points", 5, PTS, "supporting|dukakis", None)]),
  ('Trump leads by 57 percent to 3', [("57 percent", 57, PCT, "trump|leads", "the 50-state poll"), ("33 percent", 33, PCT, "clinton", "the 50-state poll")]),
  ('By contrast, Iowa has shifted ', [("10 points", 10, PTS, "won|dukakis", None)]),
  ('The state was decided by less ', [("less than one percentage point", 1, PTS, "decided|state", None)]),
  ('The new 50-state poll finds Tr', [("a narrow four points", 4, PTS, "trump|up", "The new 50-state poll")]),
],
}


def main() -> int:
    from build_labels import place  # the placing of build_labels.py, one reading for every set

    out, bad = [], 0
    for story, sentences in CHECK3.items():
        rows, missing = place(story, sentences, "check3")
        out += rows
        bad += missing
    if bad:
        return 1
    path = HERE / "labels.jsonl"
    kept = [l for l in open(path, encoding="utf-8") if json.loads(l)["half"] != "check3"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(kept)
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n = sum(len(r["figures"]) for r in out)
    print(f"check3: {n} figures in {len(out)} sentences of {len(CHECK3)} stories")
    return 0


if __name__ == "__main__":
    sys.exit(main())
