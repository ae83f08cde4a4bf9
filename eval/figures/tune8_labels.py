#!/usr/bin/env python3
"""tune8: an eighth tuning set of figures, labelled by hand before the figures code ran on it.

Drawn in session 13 for the next round of issue 14 by `eval/figures/draw_tune8.py` (now `eval/figures/draw_tune.py tune8 2037`) (draw_check2.run
with random.Random(2037), 10 bbc-politics and 10 PolNeAR train stories in no labelled set, check3 and
tune7 included; no copy or rewrite of one; eight or more candidate figures in at most 20 candidate
sentences): 191 candidate sentences, each listed here (empty where it holds no figure in scope),
125 figures. The worksheet format is build_labels.py's (sentence start, [(span, value, unit, about,
claimant)]); `build_labels.py` imports TUNE8 and places it with `build_labels.place` as tune7's, so
one run writes every set's lines of labels.jsonl.

Decisions of the earlier rounds (build_labels.py, check3_labels.py, tune7_labels.py), and these
where they were silent:
- "billions of pounds" counts a billion and "several hundred million pounds" 300 million, the least
  the words say, as "hundreds of millions" and "several hundred" were read before; "spend billions
  deporting" in an American tweet is dollars;
- families are people, as "All four families" was ("two families", "two family friends");
- an "N-employee" body counts its employees as people ("the 60-employee Potato Council");
- a bare "the two", "the other two" standing for people named nearby counts people, as a bare
  number left behind in a quote did in tune7; "the top three contenders" too;
- "one of dozens" and "one of the so-called Guildford Four" are partitions with "of" and count a
  person, as tune7's "one of two terrorists"; "dozens" counts 12, as "dozens of Clinton supporters";
  "Guildford Four" and "Maguire Seven" as names alone hold no figure;
- "4 percent higher than nationally" is in percent as written (only "point" margins are points);
  "an average of 20 points" and "a 30-point advantage" in a poll lead are points;
- a share of a count that follows in the same phrase ("58 percent of the 1,237 outstanding
  delegates") is labelled on the share's own words, the count beside it, so the two spans do not
  overlap;
- counts of things that are no people or households (quangos, public bodies, files, copies, boiler
  jackets, colleges, town halls, crowds as a number of crowds) are out of scope, as ages, times,
  durations and dates are.
"""
P, D, PCT, PPL, SH, PTS = "pounds", "dollars", "percent", "people", "share", "points"

TUNE8 = {
'bbc-politics/324.txt': [
  ('Iraq advice claim sparks new r', []),
  ('But a short statement about Lo', []),
  ('It said it was "plain" Iraq co', []),
  ('According to Mr Sands, Lord Go', []),
  ('On 10 March, military chiefs r', []),
  ('The book, being serialised in ', []),
  ('After that Downing Street proc', []),
  ('In a statement to Newsnight, L', []),
  ('It was certainly not a view th', []),
  ('He said the claims suggested P', []),
],
'bbc-politics/412.txt': [
  ("'Last chance' warning for vote", []),
  ('There will also be elections f', []),
  ('As well as for English county ', []),
  ('Last week Preston City Council', [('more than 14,000 of its voters', 14000, PPL, 'voters|not registered|registered', 'Preston City Council')]),
  ('Its electoral roll fell by 17.', [('17.5%', 17.5, PCT, 'electoral roll|fell', None)]),
  ('If you want your voice to be h', []),
],
'bbc-politics/181.txt': [
  ('The prime minister launched a ', [('a £500m initiative', 500000000.0, P, 'initiative|launched', None)]),
  ('But the Conservatives say gove', [('75% of pupils', 75, PCT, 'pupils|pe|two hours', 'the Conservatives')]),
  ("It's got to be done differentl", []),
  ('Earlier, Education Secretary C', []),
  ('He added the government had or', []),
  ('The proportion was currently a', [('62%', 62, PCT, 'proportion', None), ('85% by 2008', 85, PCT, 'proportion|rise', None), ('100% by 2010', 100, PCT, 'proportion|rise', None)]),
  ('The money for the initiative w', [('a new £500m fund', 500000000.0, P, 'fund|money|initiative', None)]),
  ('The £500m move will also incre', [('The £500m move', 500000000.0, P, 'move|increase', None)]),
  ('But the Conservatives warned o', [('only a third of children', 0.3333333333333333, SH, 'children|two hours of sport|sport', 'the Conservatives')]),
],
'bbc-politics/085.txt': [
  ("UK's 'useless' quangos under f", [("billions of pounds of taxpayers' cash", 1000000000.0, P, "taxpayers' cash|cash|financed|quangos", 'a report')]),
  ('Essential Guide to British Qua', []),
  ('A Conservative government will', []),
  ('For over two decades, under bo', []),
  ('Mr Lewis wants a public inquir', [('£1.8bn a year', 1800000000.0, P, 'regional development agencies|agencies|cost', None)]),
  ('As well as a departmental limi', []),
  ('He also listed what he dubbed ', []),
  ('Mr Lewis branded the existence', [('60-employee', 60, PPL, 'employee|potato council', None)]),
  ('He said the £80m spent annuall', [('the £80m spent annually', 80000000.0, P, 'energy savings trust|spent', 'He')]),
  ('And he argued it was "absurd" ', [('£1 an hour', 1, P, 'work|immigrant labour|labour', 'he')]),
  ('If a football team can afford ', [('£27m', 27000000.0, P, 'wayne rooney|pay', 'Mr Lewis'), ('over £1.1m a year', 1100000.0, P, 'football licensing authority|fund', 'Mr Lewis')]),
],
'bbc-politics/242.txt': [
  ('Some government departments ha', []),
  ('The Freedom of Information Act will for ', []),
  ('The Department of Work and Pen', []),
  ('Earlier this week, Mr Thomas s', []),
  ('He said he "totally condemned"', []),
  ('It provides the public with a ', []),
],
'bbc-politics/012.txt': [
  ('PM apology over jailings\n\nTony', [('two families', 2, PPL, 'families|apologised', None)]),
  ('The prime minister was comment', [('11 people', 11, PPL, 'people|jailing|wrongful jailing', None)]),
  ('However, one of the so-called ', [('one of the so-called Guildford Four', 1, PPL, 'guildford four|convicted', None)]),
  ('The move followed a huge campa', [('eleven people', 11, PPL, 'people|convicted', None), ('seven people', 7, PPL, 'people|killed', None)]),
  ('Most of those convicted were e', [('the two families', 2, PPL, 'families|members|friends', None)]),
  ('Mrs Maguire was the relative w', [('two family friends', 2, PPL, 'family friends|friends', None)]),
  ('In October 1989 the Court of A', []),
],
'bbc-politics/293.txt': [
  ('He was joined in the new ventu', [("one of UKIP's two London Assembly members", 1, PPL, 'london assembly members|members|joined', None), ('two London Assembly members', 2, PPL, 'london assembly members|members', None)]),
  ('He said he was ashamed to be a', []),
  ("It's all well and good Robert ", []),
  ('Trouble is, any votes he colle', []),
  ('At last an impetus for increas', [('the likely 40% turn out', 40, PCT, 'turn out|turnout|election', None)]),
  ('Having seen the recent BBC 3 d', []),
  ('He took a party that was just ', []),
  ('The closer to straight-down-th', []),
  ('If Mr Kilroy-Silk lives up to ', [('half his promises', 0.5, SH, 'promises|lives up', None)]),
  ('If he believes in truth and de', [('the two assembly members', 2, PPL, 'assembly members|members|resign', None)]),
  ('It needs courage and honesty, ', []),
],
'bbc-politics/135.txt': [
  ('Blair says UK tsunami aid to s', [('"hundreds of millions" of pounds', 100000000.0, P, 'aid|give', 'Tony Blair')]),
  ('He was speaking before the UK ', [('the estimated 150,000 dead', 150000, PPL, 'dead', None)]),
  ('The Foreign Office says 41 Bri', [('41 Britons', 41, PPL, 'britons|died', 'The Foreign Office'), ('158 others', 158, PPL, 'others|missing', 'The Foreign Office')]),
  ('Asked about criticism that he ', []),
  ('The important thing was action', [('the £50m given by the government', 50000000.0, P, 'given|government', 'he'), ('six or seven million', (6000000.0, 7000000.0), P, 'spent', 'he')]),
  ('My estimate is we will need to', [('several hundred million pounds', 300000000.0, P, 'spend|government', 'Mr Blair')]),
  ('The chancellor said the plan w', [('about $3bn', 3000000000.0, D, 'repayments|save', 'The chancellor'), ('£1.58bn', 1580000000.0, P, 'repayments|save', 'The chancellor')]),
  ('The British public has now ple', [('£76m in aid', 76000000.0, P, 'aid|pledged', None)]),
  ('Two ships - the Royal Fleet Au', []),
  ('- A BBC News Special: Asia Rem', []),
],
'bbc-politics/096.txt': [
  ('The changes would all take pla', []),
  ('The precise number of MPs to g', [('around 120', 120, PPL, 'mps|reduction', None), ('the current total of 659', 659, PPL, 'mps|total', None)]),
  ('Mr Howard said as both parties', [('more than 80,000', 80000, PPL, 'civil servants|cut|labour', 'Mr Howard'), ('almost 100,000', 100000, PPL, 'civil servants|cut|tories', 'Mr Howard')]),
  ('The average size of an English', [('70,000 people', 70000, PPL, 'english constituency|constituency|average size', 'Mr Howard')]),
  ('In Northern Ireland it was jus', [('just over 66,000', 66000, PPL, 'northern ireland|constituency', None), ('just over 59,000', 59000, PPL, 'wales|constituency', None), ('53,000', 53000, PPL, 'scotland|constituency', None)]),
],
'bbc-politics/101.txt': [
  ("Council tax rise 'reasonable'\n", [('6%', 6, PCT, 'funding increase|funding|increase', 'the assembly government')]),
  ('The £3.2bn settlement includes', [('The £3.2bn settlement', 3200000000.0, P, 'settlement', None), ('£7.4m', 7400000.0, P, 'uk treasury|treasury|full', None)]),
  ('In addition, £13.4m will come ', [('£13.4m', 13400000.0, P, 'business support grant|grant', None)]),
  ('She said where spending rises ', [('around 5%', 5, PCT, 'spending rises|spending', 'She')]),
  ('The settlement includes a rise', [('a 16.4% rise in capital expenditure support', 16.4, PCT, 'capital expenditure support|rise', None)]),
  ('Mike German, leader of the Lib', [('one in three homes', 0.3333333333333333, SH, 'homes|council tax rises|face', 'Mike German')]),
  ('He added: "Around a third of W', [('Around a third of Welsh households', 0.3333333333333333, SH, 'welsh households|households|re-valued', 'He')]),
],
'polnear/text/politico_2016-04-22_poll-trump-a-big-turnoff-for-flo.txt': [
  ("TALLAHASSEE — Donald Trump's c", [('400 registered Latino voters', 400, PPL, 'registered latino voters|latino voters|poll', None)]),
  ('Eighty-four percent of Latino ', [('Eighty-four percent of Latino voters in Florida', 84, PCT, 'latino voters|unfavorable view|unfavorable', 'the poll')]),
  ('Two in three said they are les', [('Two in three', 0.6666666666666666, SH, 'less likely|vote republican|said', None), ('nearly three in five', 0.6, SH, 'much less likely|less likely|said', None)]),
  ('Some 56 percent of Cuban-Ameri', [('Some 56 percent of Cuban-Americans polled', 56, PCT, 'cuban-americans|less likely|said', None)]),
  ('Almost half of respondents sai', [('Almost half of respondents', 0.5, SH, 'respondents|hostile|said', None)]),
  ('Thirty percent said the reason', [('Thirty percent', 30, PCT, 'said|enthusiastic|vote against trump', None)]),
  ('Florida’s Cuban Americans, 82 ', [('82 percent of whom', 82, PCT, 'cuban americans|view trump unfavorably|unfavorably', 'the poll')]),
  ('But changing demographics — an', [('47 percent of Cuban Americans', 47, PCT, 'cuban americans|support|hillary clinton|clinton', None), ('only 15 percent', 15, PCT, 'trump|support|garnered', None), ('another 12 percent', 12, PCT, 'might vote|vote|trump', None)]),
  ('Forty six percent were certain', [('Forty six percent', 46, PCT, 'support|certain', None)]),
  ('One in three said the party do', [('One in three', 0.3333333333333333, SH, "doesn't care|care|said", None), ('one in four', 0.25, SH, 'hostile|said', None)]),
  ('But 58 percent of Florida Lati', [('58 percent of Florida Latino voters overall', 58, PCT, 'florida latino voters|latino voters|less likely', None)]),
  ('Trump did perform slightly bet', [('12 percent approval', 12, PCT, 'approval|garnering|trump', None), ('4 percent higher', 4, PCT, 'higher|approval', None)]),
  ('(Rubio has since dropped out o', [('two of the group’s researchers', 2, PPL, 'researchers|hired', None)]),
  ('The poll was conducted in both', [('4.9 percent', 4.9, PCT, 'margin of error|error', None)]),
  ('The top three most important i', [('34 percent', 34, PCT, 'immigration policy|immigration', 'respondents'), ('33 percent', 33, PCT, 'economy', 'respondents'), ('15 percent', 15, PCT, 'health care', 'respondents'), ('47 percent', 47, PCT, 'economy|important issue|personally', 'respondents')]),
],
'polnear/text/breitbart_2016-06-05_the-latest-mourners-say-ali-s-de.txt': [
  ('(AP) — The Latest on the death', []),
  ('7:15 p.m.\n\nHaleh Karimi can ba', []),
  ('She was one of dozens to crowd', [('one of dozens', 1, PPL, 'crowd|dozens', None), ('dozens', 12, PPL, 'crowd|dozens', None)]),
  ('Mourners were offered two type', []),
  ('6:10 p.m.\n\nMuhammad Ali’s body', []),
  ('2:25 p.m.\n\nMuhammad Ali’s brot', []),
  ('During the two-hour service, a', []),
  ('1:50 p.m.\n\nFamed fight doctor ', []),
  ('11 a.m.\n\nPeople are flocking t', []),
  ('Andrew Hale took his 3-year-ol', []),
  ('9:10 a.m.\n\nSpectators at the F', []),
  ('A photo of Ali, who died Frida', []),
  ('King won 12 Grand Slam singles', []),
],
'polnear/text/wash-post_2016-04-21_what-s-next-for-sanders-much-res.txt': [
  ('Instead he must decide what he', []),
  ('Another would be a more tradit', []),
  ('In the closing days of the rac', [('an estimated 28,000-plus', 28000, PPL, 'crowds|crowd|park|turned out', None)]),
  ('He was treated like a rock sta', []),
  ('People requested selfies by th', []),
  ('In contrast, eight years ago, ', []),
  ('Sanders, 74, almost certainly ', []),
  ('While he is in generally good ', []),
  ('Associates say he is likely to', []),
  ('That was evidenced by his show', [('86 percent of the vote', 86, PCT, 'vote|won', None)]),
],
'polnear/text/nyt_2016-07-05_a-rush-for-books-on-trump.txt': [
  ('Singer loved the letter so muc', []),
  ("Trump's own manifesto, ''Cripp", []),
  ('Still others are producing par', []),
  ("There is also a mock children'", []),
  ('(And in a sign that no publish', []),
  ('Lewandowski sought to restore ', [('a reported $1.2 million', 1200000.0, D, 'deal|worth', None)]),
  ('It will draw on the work of mo', [('more than two dozen Post reporters and researchers', 24, PPL, 'post reporters|reporters|researchers', None)]),
  ("Timothy O'Brien, whose 2005 bo", [('a $5 billion', 5000000000.0, D, 'defamation lawsuit|lawsuit', None)]),
  ('Eight months later, when Mr. T', []),
  ('Hurt, a former Newsweek corres', []),
  ('Echo Point is now running a Ki', [('$5,000', 5000, D, 'raise|kickstarter campaign|print run|pay', None)]),
],
'polnear/text/west-journal_2016-03-11_breaking-bernie-sanders-just-got.txt': [
  ('The judge ruled that 17-year-o', []),
  ('His team had filed a lawsuit a', []),
  ('“Our system cannot give one co', []),
  ('The Real Clear Politics averag', [('an average of 20 points', 20, PTS, 'leading|clinton|lead', 'The Real Clear Politics average'), ('a whopping 30-point advantage', 30, PTS, 'advantage|clinton', 'a CNN/ORC poll')]),
  ('One user tweeted:\n\n<tweet twee', []),
  ('While another posted this twee', []),
],
'polnear/text/wash-post_2016-06-14_we-are-in-shock-horrified-a-mosq.txt': [
  ('- Two days before Omar Mateen ', [('a hundred people', 100, PPL, 'people|shot', None), ('49', 49, PPL, 'killing|killed', None)]),
  ('The FBI looked for a potential', [('the two men', 2, PPL, 'men|knowing', None)]),
  ("But in the wake of Sunday's at", [('two of the most infamous Muslim extremists', 2, PPL, 'muslim extremists|extremists', None)]),
  ('We are a low-key small town, a', [('two radicalized Muslims', 2, PPL, 'radicalized muslims|muslims', 'Dennis Gaskin')]),
  ('He said he does not believe th', [('the two', 2, PPL, 'link|two', 'He')]),
  ('He said that between 100 and 1', [('between 100 and 150 others', (100, 150), PPL, 'others|evening prayers|prayers', 'He')]),
  ('said Donna Lages, 39, a waitre', [('a $4 breakfast special', 4, D, 'breakfast special|breakfast', None)]),
  ('She blamed the violence on a "', []),
],
'polnear/text/politico_2015-11-29_hillary-clinton-s-pothole-politi.txt': [
  ('BOSTON —Standing in front of a', [('800 construction trade union members and supporters', 800, PPL, 'construction trade union members|members|supporters|crowd', None)]),
  ('At an event billed as “Hard Ha', [('a $275 billion infrastructure proposal', 275000000000.0, D, 'infrastructure proposal|proposal', None)]),
  ('“Here in Boston, I remember th', [('about 1,200 supporters', 1200, PPL, 'supporters|overflow crowd|crowd', None)]),
  ('“The pictures I saw of two-sto', []),
  ('For Clinton, the event present', [('$25 billion in federal dollars', 25000000000.0, D, 'federal dollars|funded|infrastructure bank', None)]),
  ('Nearly all of the Democratic m', [('85 mayors', 85, PPL, 'mayors|endorsement list', None)]),
  ('It is good political strategy ', []),
  ('As a result of a primary calen', []),
  ('in the top 10 or even in the t', []),
  ('Her plan comes as Congress is ', []),
  ('“It is literally possible to o', [('above $250,000', 250000, D, 'tax people|people|tax', 'William Gale')]),
  ('A gas tax increase would cost ', [('about $120', 120, D, 'cost|gas tax increase|average driver', 'Rendell'), ('about $10 a month', 10, D, 'month|cost', 'Rendell')]),
  ('When you consider the state of', [('$250', 250, D, 'tire|blows out|pothole', None)]),
  ('When asked if it would be poss', [('the top 2 or 3 percent', (2, 3), PCT, 'taxes|top', None)]),
],
'polnear/text/usa-today_2016-02-09_new-hampshire-primary-game-on-wh.txt': [
  ('But after those two opening co', []),
  ('A quick trip to Flint, Mich., ', []),
  ("That didn't happen in Iowa, wh", []),
  ('Marco Rubio is following what ', []),
  ('He not only finished third in ', []),
  ('The other two, John Kasich and', [('The other two', 2, PPL, 'john kasich|kasich|debates|had', None)]),
  ('A second-place finish could br', []),
  ('Kasich, who brags he has held ', []),
  ('Finishing in the top three wou', []),
],
'polnear/text/west-journal_2016-03-04_kasich-just-revealed-the-thing-h.txt': [
  ('Kasich Just Revealed The 1 Thi', []),
  ('The candidate said\xa0he does not', [('the 1,237 delegates', 1237, PPL, 'delegates|needed|clinch', 'The candidate')]),
  ('Kasich (who has 25 delegates t', [('25 delegates', 25, PPL, 'delegates|kasich|has', None)]),
  ('15, he would have to take 68 p', [('68 percent of the delegates', 68, PCT, 'delegates|take', None)]),
  ('Ted Cruz (who has 231 delegate', [('231 delegates', 231, PPL, 'delegates|ted cruz|cruz|has', None), ('58 percent', 58, PCT, 'outstanding delegates|delegates|win', None), ('1,237 outstanding delegates', 1237, PPL, 'outstanding delegates|delegates', None)]),
  ('Marco Rubio (who has 110 deleg', [('110 delegates', 110, PPL, 'delegates|marco rubio|rubio|has', None), ('64 percent', 64, PCT, 'win|delegates', None)]),
  ('Trump, with 329 delegates, nee', [('329 delegates', 329, PPL, 'delegates|trump', None), ('52 percent', 52, PCT, 'garner|delegates', None)]),
  ('Kasich is coming off a strong ', [('the top three contenders', 3, PPL, 'contenders|top three contenders', None)]),
],
'polnear/text/huff-post_2016-07-18_more-offensive-things-donald-tru.txt': [
  ('9 (More) Offensive Things Dona', []),
  ('Yet, over 365 days since the b', []),
  ('And it hasn’t gone unnoticed: ', [('only 14 percent of the Latino vote', 14, PCT, 'latino vote|vote|trump|holds', 'recent polls'), ('76 percent', 76, PCT, 'hillary clinton|clinton|latino vote', 'recent polls')]),
  ('Last August we collected just\xa0', []),
  ('Here are just nine ridiculous ', []),
  ('He sent a two-page memo to The', []),
  ('send to Mexico until the Mexic', [('$5-10 billion', (5000000000.0, 10000000000.0), D, 'payment|one-time payment', None)]),
  ('He continually ignored the fac', []),
  ('But we consist of 300 members:', [('300 members', 300, PPL, 'members|consist', 'Luis Osuna')]),
  ('“Everybody is talking about th', []),
  ('“Many of the thugs that attack', []),
  ('On May 5, Trump posted\xa0a photo', []),
  ('After the Supreme court failed', [('millions on undocumented immigrants', 1000000.0, PPL, 'undocumented immigrants|immigrants|defer deportation|deportation', None)]),
  ('your unrealistic proposal is t', [('billions', 1000000000.0, D, 'deporting|spend', None), ('11 million ppl', 11000000.0, PPL, 'ppl|deporting|people', None)]),
  ('Please check this http://bit.l', []),
],
}
