#!/usr/bin/env python3
"""tune9: a ninth tuning set of figures, labelled by hand before the figures code ran on it.

Drawn in session 19 for the next round of issue 14 by `eval/figures/draw_tune.py tune9 2038 --n 10`
(draw_check2.run with random.Random(2038), 10 bbc-politics and 10 PolNeAR train stories in no
labelled set, tune8 included; no copy or rewrite of one; eight or more candidate figures in at most
20 candidate sentences): 173 candidate sentences, each listed here (empty where it holds no figure
in scope). The worksheet format is build_labels.py's (sentence start, [(span, value, unit, about,
claimant)]); `build_labels.py` imports TUNE9 and places it with `build_labels.place` as tune8's, so
one run writes every set's lines of labels.jsonl.

Decisions of the earlier rounds (build_labels.py, check3_labels.py, tune7_labels.py,
tune8_labels.py), and these where they were silent:
- multiples and odds are no figures ("by two to one", "two and a half times more", "14 times as
  much", "between two and three times", "3 to 1"), as "double" and "twice" were not labelled before;
- votes, orders, interviews, donations, trips, pages, jobs and places are counted things, out of
  scope as votes and jobs were ("2.4 million votes", "2,600 anti-social behaviour orders", "75
  witness interviews", "22.7 million jobs", "100,000 more sixth-form places"); contractors that are
  firms ("57 contractors", paid as companies) too;
- hereditary peers, MPs, bishops, Cabinet members and a chamber's members are people, as delegates
  are;
- "one or two of the prime minister's colleagues" is a partition with "of" and counts a range of
  people (1-2), as "the top 2 or 3 percent" was a range in tune8;
- "the billions lost" (money understood) counts a billion pounds and "millions on video games" a
  million, the least the words say, as "billions of pounds" in tune8; "hundreds of thousands of
  dollars" counts 100,000;
- "several point erosion" counts 3 points, the least "several" says, as "several hundred" was 300;
- an "N-member" body counts its members as people ("the 57,000-member Facebook page", "the 1.6
  million member AFT"), as tune8's "60-employee" did;
- a share of a sum in the same phrase ("97% of the £1.3bn submitted") is labelled on the share's own
  words and the sum beside it, as tune8 did a share of a count; a partition's whole likewise ("59
  of the 75 witnesses": "59" and "75 witnesses"), so no two spans overlap;
- the proposer or pledger of a figure is its claimant ("The cross-party group has unveiled a draft
  bill proposing ... 70%", "Labour has offered £22bn savings", "Ministers ... plans to put in place
  25,000 ..."), as "The UK has pledged to pay 10%" was; a poll that a sentence's shares come "In"
  or "according to" claims them, as "the latest CNN/ORC poll" did.
"""
P, D, PCT, PPL, SH, PTS = "pounds", "dollars", "percent", "people", "share", "points"

TUNE9 = {
'bbc-politics/199.txt': [
  ('Patricia Hewitt is expected to', []),
  ('Parents are expected to spend ', [('millions on video games', 1e6, P, 'video games|games|spend', None)]),
  ('Violent games have been hit by', []),
  ('His mother, Giselle, said her ', []),
  ("So you shouldn't let them play", []),
  ('Anyone convicted of selling an', [('up to £5,000', 5000, P, 'fined|fine', None)]),
],
'bbc-politics/319.txt': [
  ('The cross-party group has unve', [('70% of members', 70, PCT, 'members|elected', 'The cross-party group')]),
  ('MPs and peers have failed to a', [('600 hereditaries', 600, PPL, 'hereditaries|lost', None)]),
  ('The group says it can win supp', [('the last 92 hereditaries', 92, PPL, 'hereditaries|removing', 'The group')]),
  ('There would be 385 MSCPs, incl', [('385 MSCPs', 385, PPL, 'mscps', None),
    ('270 elected members', 270, PPL, 'elected members|members', None),
    ('87 appointed members', 87, PPL, 'appointed members|members', None),
    ('16 bishops', 16, PPL, 'bishops', None)]),
  ('They would serve for between 1', []),
  ('It wants all three main partie', []),
],
'bbc-politics/222.txt': [
  ("Voters 'reject EU by two to on", []),
  ('The Daily Telegraph poll sugge', [('45% of people', 45, PCT, 'people|vote against|against', 'The Daily Telegraph poll'),
    ('24% in favour', 24, PCT, 'in favour|favour', 'The Daily Telegraph poll')]),
  ('However the YouGov poll, which', [('1,943 British adults', 1943, PPL, 'british adults|adults|questioned', None),
    ('25% did not know', 25, PCT, 'did not know|know', 'the YouGov poll')]),
  ('Only 51% of those polled had m', [('Only 51% of those polled', 51, PCT, 'those polled|polled|made up', None)]),
  ('Another 7% said they would not', [('Another 7%', 7, PCT, 'not vote|vote|said', None)]),
  ('The treaty was signed by all 2', []),
  ('Critics say the constitution i', []),
  ('But he accused the government ', []),
],
'bbc-politics/283.txt': [
  ('With the other two big parties', []),
  ('It is a bold policy and certai', []),
  ('Now he is promising to levy a ', [('£100,000 a year', 100000, P, 'earnings', None)]),
  ('That last policy will also see', [('about 3% of the most well off', 3, PCT, 'most well off|well off|paying more', None)]),
  ('The Tories claim they can impr', [('£35bn efficiency savings', 35e9, P, 'efficiency savings|savings', 'The Tories'),
    ('£22bn savings', 22e9, P, 'savings|offered', 'Labour')]),
  ('Once again, with the two other', []),
  ('It is a dream the third party ', []),
],
'bbc-politics/303.txt': [
  ('Documents released after 30 ye', []),
  ('Sir Edward had gone to the cou', []),
  ('Labour emerged with the most s', [('its 301 MPs', 301, PPL, 'mps|labour', None),
    ('17 short', 17, PPL, 'short|majority', None)]),
  ('Sir Edward, who had received m', [('the 14 Liberal MPs', 14, PPL, 'liberal mps|mps|support', None)]),
  ('He said the Liberals could kee', [('up to three Cabinet members', 3, PPL, 'cabinet members|members|coalition', 'He')]),
  ('He also argued for a grand coa', []),
  ('The following day, the stickli', []),
  ('Four hours later, Sir Edward c', []),
  ('Mr Thorpe was at liberty to ve', [('one or two of the prime minister', (1, 2), PPL, "colleagues|prime minister's colleagues", None)]),
],
'bbc-politics/373.txt': [
  ("UK rebate 'unjustified' - Chir", [('£3bn rebate', 3e9, P, 'rebate', 'Jacques Chirac')]),
  ('But a UK Government official r', []),
  ('Without it we would pay 14 tim', []),
  ('The 25-member EU is gearing up', []),
  ('The UK, France, Germany, Austr', [("1% of member states' combined national incomes", 1, PCT, 'national incomes|budget', None),
    ('1.26%', 1.26, PCT, 'national incomes|budget|commission', 'the European Commission')]),
  ('Mr Straw has said the EU commi', [('35% hike in the budget', 35, PCT, 'hike|budget', 'Mr Straw')]),
],
'bbc-politics/092.txt': [
  ("New 'yob' targets to be unveil", []),
  ('Ten areas have already had acc', []),
  ('They will say that in the past', []),
  ('Police have also closed 150 cr', []),
  ('The 50 new pilot areas to get ', []),
  ('Ministers also boast of record', [('25,000 community support officers', 25000, PPL, 'community support officers|officers|csos', 'Ministers')]),
  ('Critics of the government say ', []),
  ('Home Office Minister Hazel Ble', [('about a third', 1 / 3, SH, 'asbos|breached', 'Hazel Blears')]),
],
'bbc-politics/029.txt': [
  ('UK set to cut back on embassie', []),
  ('Mr Straw said the move would s', [('£6m a year', 6e6, P, 'save|a year', 'Mr Straw')]),
  ('Nine consulates or consulates ', []),
  ('They include Dallas in the US,', []),
  ('The Foreign Office currently h', [('about 6,100 UK-based staff', 6100, PPL, 'uk-based staff|staff', None)]),
  ('Since 1997 10 overseas posts h', []),
  ('The shake-up is aimed at helpi', [('£86m in efficiency savings', 86e6, P, 'efficiency savings|savings', None)]),
],
'bbc-politics/203.txt': [
  ('The outbreak, which began in 2', [('up to £8bn', 8e9, P, 'cost|outbreak', None)]),
  ('Four years after the outbreak,', [('£40m of invoices', 40e6, P, 'invoices|unpaid', 'Mr Leigh')]),
  ('In November it emerged Europea', [('just over a third of the money', 1 / 3, SH, 'money|compensation|reimbursement', None),
    ('the billions lost', 1e9, P, 'lost|foot and mouth crisis|crisis', None)]),
  ('Ministers had hoped to get £90', [('£900m', 900e6, P, 'vet fund|hoped|get', None),
    ('£349m', 349e6, P, 'granted', None)]),
  ('That was because the UK had va', []),
  ('On the issue of the unpaid inv', [('97%', 97, PCT, 'paid|£1.3bn|submitted', 'Sir John'),
    ('£1.3bn submitted', 1.3e9, P, 'submitted|contractors', 'Sir John')]),
],
'bbc-politics/352.txt': [
  ('All the parties are stepping u', []),
  ('Mr Blair, looking a little win', [('two girls', 2, PPL, 'girls|joined', None)]),
  ('The pledge on education - "you', []),
  ('If it wins a third term in the', []),
  ('For the Conservatives, shadow ', []),
  ('He must be judged on what he h', []),
],
'polnear/text/huff-post_2016-04-27_hillary-clinton-wins-delaware-s-.txt': [
  ('Clinton led Sanders by roughly', [('roughly 20 percentage points', 20, PTS, 'led|sanders', None),
    ('over 95 percent of precincts', 95, PCT, 'precincts|reporting', None)]),
  ('Though Delaware has less than ', [('less than a million residents', 1e6, PPL, 'residents|delaware', None),
    ('just 31 delegates', 31, PPL, 'delegates|sends', None)]),
  ('The April survey found Clinton', [('seven points', 7, PTS, 'leading|sanders', 'The April survey'),
    ('17 percent of likely Democratic voters', 17, PCT, 'likely democratic voters|voters|undecided', 'The April survey')]),
  ('Clinton had captured 1,944 del', [('1,944 delegates', 1944, PPL, 'delegates|captured', None),
    ('1,192', 1192, PPL, "sanders'|delegates", None)]),
  ('If superdelegates are taken ou', [('1,428', 1428, PPL, 'clinton|delegates|leads', None),
    ('1,153', 1153, PPL, 'sanders|delegates', None)]),
  ('Either candidate would need 2,', [('2,383 delegates', 2383, PPL, 'delegates|nomination|secure', None)]),
  ('Such a maneuver would go again', []),
],
'polnear/text/wash-post_2016-02-19_gowdy-promises-benghazi-panel-re.txt': [
  ("Cummings's staff made this ann", []),
  ('11, 2012, attacks on diplomati', [('four Americans', 4, PPL, 'americans|killed', None)]),
  ('Democratic aides noted that th', [('more than $6 million', 6e6, D, 'spent|investigation', 'Democratic aides')]),
  ('Gowdy earlier Thursday said th', []),
  ('So far, 59 of the 75 witnesses', [('59', 59, PPL, 'witnesses|interviewed|never', 'it'),
    ('75 witnesses', 75, PPL, 'witnesses|interviewed', 'it')]),
  ('The Select Committee is also t', []),
],
'polnear/text/nyt_2015-11-24_momentum-builds-to-tax-consumpti.txt': [
  ('Trump says his plan would elim', [('more than half of American households', 0.5, SH, 'american households|households|eliminate income taxes', 'Trump')]),
  ('Cardin has proposed a 10 perce', [('a 10 percent VAT', 10, PCT, 'vat', 'Cardin'),
    ('a 17 percent corporate tax rate', 17, PCT, 'corporate tax rate|tax rate|rate', 'Cardin'),
    ('$50,000 for individuals', 50000, D, 'income|individuals', 'Cardin'),
    ('$100,000 for couples', 100000, D, 'income|couples', 'Cardin')]),
  ("To satisfy his party's desire ", [('a maximum of 28 percent', 28, PCT, 'rates|maximum', None)]),
  ('He would use the proceeds to c', [('a $500 annual tax credit', 500, D, 'tax credit|credit', 'He'),
    ('a new $500 annual benefit', 500, D, 'benefit', 'He')]),
  ("Cruz's plan for a 16 percent '", [('a 16 percent', 16, PCT, 'business transfer tax|tax', None),
    ('a 10 percent flat income tax', 10, PCT, 'flat income tax|income tax|tax', None)]),
],
'polnear/text/usa-today_2016-08-24_turkish-suspect-donated-to-clint.txt': [
  ('Two years ago, an apparently f', [('a $5,000 donation', 5000, D, 'donation', None)]),
  ('A company called Harmony Enter', [('$5,000', 5000, D, 'gave|pac', 'campaign finance records')]),
  ('The donation was one of a half', [('more than $62,000', 62000, D, 'donations|totaling', None)]),
  ('Most of the donors have clear ', []),
  ('The Turkish government claims ', []),
  ('Turkish President Recep Tayyip', []),
  ('In the wake of the coup attemp', []),
  ('The GA\u03031\u20444len movement, also k', []),
  ('A network of GA\u03031\u20444len-affilia', []),
  ('GA\u03031\u20444len-linked Turkish Ameri', [('hundreds of thousands of dollars', 100000, D, 'suspicious gifts|gifts|provided', None)]),
  ('Kelly Ayotte, R-N.H., returned', [('$43,100 in Turkish-American donations', 43100, D, 'turkish-american donations|donations|returned', None)]),
  ('The pattern re-emerges in the ', []),
  ("Along with Oksuz's Harmony Ent", [('$7,500', 7500, D, 'donated|ready pac', None)]),
  ('The phone number at Under 70 A', []),
  ('Bergen County land records ind', [('$510,000', 510000, D, 'sold|car lot', 'Bergen County land records')]),
  ('Two other used-car lots on tha', [('$12,500', 12500, D, 'donations|totaling', None)]),
  ('That same day in 2014, two lea', [('two leaders', 2, PPL, 'leaders|donations', None)]),
],
'polnear/text/politico_2016-09-01_debating-clinton-s-character.txt': [
  ('26 showdown on Long Island aga', []),
  ('“We have a ton of work to do,”', [('the two dozen other top Democrats', 24, PPL, 'top democrats|democrats|interviewed', None)]),
  ('“Being candid and trustworthy ', []),
  ('Her inability to move past the', [('56 percent of Americans', 56, PCT, 'americans|like her', 'a Washington Post/ABC poll')]),
  ('Between stops on her epic fund', [('the two most experienced debate experts', 2, PPL, 'debate experts|experts', None)]),
  ('Over the past two or three wee', []),
  ('After two solid of months of c', []),
  ('“That doesn’t mean no response', []),
  ('So far, Trump, who seems mired', [('36-to-40-percent', (36, 40), PCT, 'level|trump|polls', None),
    ('several point erosion', 3, PTS, 'erosion|support', None)]),
],
'polnear/text/politico_2015-12-01_could-an-accident-by-janet-yelle.txt': [
  ('But much about the economic pi', []),
  ('16, presents a potential wild ', []),
  ('Analysts say she is likely to ', [('5 percent', 5, PCT, 'unemployment rate|rate', 'Analysts')]),
  ('“She has two opportunities now', []),
  ('It is expected to show another', [('the 5 percent unemployment rate', 5, PCT, 'unemployment rate|rate', None)]),
  ('Anything close to that range w', [('a quarter of a percent', 0.25, PCT, 'target|raise', None)]),
  ('The labor force participation ', []),
  ('Clinton, who announced a $275 ', [('a $275 billion infrastructure spending plan', 275e9, D, 'infrastructure spending plan|plan|infrastructure', None)]),
],
'polnear/text/huff-post_2016-03-16_donald-trump-got-more-votes-in-o.txt': [
  ('Bernie Sanders (I-Vt.) in five', []),
  ('More people voted for Trump th', []),
  ('In Florida, Clinton edged Trum', [('less than 2 percent', 2, PCT, 'edged|trump', None)]),
  ('Clinton had only one other can', []),
  ('In Ohio, Trump bested Clinton ', []),
  ('Ted Cruz (R-Texas) bested Clin', [('nearly 20 percent', 20, PCT, 'vote total|bested|clinton', None)]),
  ('Clinton had 44 percent fewer s', [('44 percent fewer supporters', 44, PCT, 'fewer supporters|supporters|fewer', None)]),
  ('Obama cruised to re-election f', []),
  ('All four of those states are s', []),
  ('Since 1972, only three electio', []),
  ('And a full 79 percent of Democ', [('a full 79 percent of Democrats', 79, PCT, 'democrats|satisfied', None),
    ('only 49 percent of Republicans', 49, PCT, 'republicans|say', None)]),
  ('It’s going to be a long eight ', []),
  ('Editor’s note:\xa0Donald Trump is', [('1.6 billion members', 1.6e9, PPL, 'members|religion|muslims', None)]),
],
'polnear/text/nyt_2016-05-18_clinton-hints-at-husband-s-job-r.txt': [
  ('On a campaign swing this month', []),
  ('Some 55 percent of voters nati', [('Some 55 percent of voters', 55, PCT, 'voters|believe', None)]),
  ("Clinton's record - a balanced ", [('7.7 million people', 7.7e6, PPL, 'people|lifted|poverty', None)]),
  ('Clinton often says she is not ', []),
  ('Clinton has devoted much of he', [('nearly $55 billion', 55e9, D, 'federal assistance|assistance|cut', 'Democrats')]),
  ('Clinton and senior vice presid', []),
  ('Trump, with 56 percent of regi', [('56 percent of registered voters', 56, PCT, 'registered voters|voters|viewing', 'a CNN/ORC poll')]),
  ('To address the growing income ', []),
],
'polnear/text/wash-post_2016-06-27_the-revolutionary-s-next-tactic-.txt': [
  ('Six thousand people packed the', [('Six thousand people', 6000, PPL, 'people|packed', None),
    ('a thousand more', 1000, PPL, 'cheered|more', None)]),
  ('The crowd was smaller Friday, ', [('just 500 people', 500, PPL, 'people|crowd', None)]),
  ('The senator was rallying for a', []),
  ("Sanders's donor list, which th", [('2.7 million contributors', 2.7e6, PPL, 'contributors|donor list', 'the campaign')]),
  ('Sanders proved to be a surpris', [('more than $229 million', 229e6, D, 'taking in|fundraiser', None)]),
  ("On Friday night, in New York's", []),
  ('We really can win on Tuesday -', []),
  ('Zach Zeliff, a bearded 23-year', []),
  ("It's my last chance to introdu", []),
  ("I've been a fan of Bernie for ", []),
  ('Since June 16, when he asked s', [('at least 21,000', 21000, PPL, 'supporters|said|run for office', None)]),
  ('In El Paso, she crushed him, a', []),
  ('Sanders has been lobbying Clin', [('a $15 minimum wage', 15, D, 'minimum wage|wage', None)]),
  ('In a Washington Post/ABC News ', [('just 8 percent of Democrats', 8, PCT, 'democrats|trump', 'a Washington Post/ABC News poll'),
    ('just 1 percent of Democrats', 1, PCT, 'democrats|green party', 'a Washington Post/ABC News poll'),
    ('3 percent of self-identified "liberals"', 3, PCT, 'liberals|green party', 'a Washington Post/ABC News poll')]),
  ('In the primary on Tuesday, Kin', []),
  ('As of the last fundraising rep', [('$293,565', 293565, D, 'raised|deacon', None),
    ("$199,445", 199445, D, "kingson|kingson's|raised", None)]),
  ('Zeliff gave quick instructions', []),
  ('Zeliff and 24-year-old Tom Gia', []),
],
'polnear/text/politico_2016-04-06_hillary-clinton-s-union-problem.txt': [
  ('The Vermont senator received m', [('more than $413,000', 413000, D, 'raised|teachers|educators', None),
    ('the $394,000', 394000, D, 'raised|clinton', None),
    ('about 4,500 such donors', 4500, PPL, 'donors', None)]),
  ('In Wisconsin, a hotbed of unio', [('54 percent of union households', 54, PCT, 'union households|households|won', 'exit polls'),
    ('46 percent', 46, PCT, "clinton|clinton's", 'exit polls')]),
  ('Last week, Samuels huddled in ', [('about a hundred others', 100, PPL, 'others|huddled', None)]),
  ('Debates between Clinton and Sa', []),
  ('The movement has attracted att', [('20 percent of third- through eighth-grade students', 20, PCT, 'students|sat out', None)]),
  ('But last July, the group polle', [('1,409 teachers', 1409, PPL, 'teachers|endorse sanders|endorse', None),
    ('95 members', 95, PPL, 'members|favored clinton', None)]),
  ('BATs active on social media, i', [('57,000-member', 57000, PPL, 'member|facebook page', None)]),
  ('The executive council for the ', [('1.6 million member', 1.6e6, PPL, 'member|aft', None)]),
  ('The NEA didn’t endorse a candi', [('3 million member', 3e6, PPL, 'member|union', None)]),
  ('Three-quarters of the NEA’s ex', [('Three-quarters of the NEA’s executive board', 0.75, SH, "executive board|board|voted", 'Eskelsen García')]),
  ('The national AFT and NEA branc', [('$19 million combined', 19e6, D, 'spent|candidates|political causes', None)]),
  ('The NEA estimates that close t', [('close to 19,000 members', 19000, PPL, 'members|campaign', 'The NEA')]),
  ('In Weingarten’s home state of ', []),
],
}
