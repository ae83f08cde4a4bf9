#!/usr/bin/env python3
"""tune12: a twelfth tuning set of figures, rich in percentages that are not poll or vote shares,
labelled by hand before the figures code ran on it.

Drawn in session 23 for issue 14 (assignment 23g) by
`eval/figures/draw_tune.py tune12 2041 --n 10 --min-percent 2 --no-polls` (draw_check2.draw with
random.Random(2041), bbc-politics and PolNeAR train stories in no labelled set, the checking sets
check, check2 and check3 and the tuning sets tune-tune11 included; no copy or rewrite of one; eight
or more candidate figures in at most 20 candidate sentences; two or more percentages in the
candidate sentences; not a story where most candidate sentences with a percentage hold a word of
polls or votes). Ten stories were asked of each pool: the bbc-politics pool holds none that passes
the filters now, PolNeAR's train split gives ten (a budget deficit, Obama's last State of the Union,
Trump's "woman's card", unemployment, a debate fact check on incomes and taxes, misinformation,
Clinton and Obama, Rubio's finish, trade with China, a Rasmussen poll: the filter reads "most", so
two stories with poll shares in half their percentage sentences pass). Every candidate sentence is
listed, empty where it holds no figure in scope, except the fragment "24." (Jan. 24.: a start of
"24" is not found once in its story); a start never ends in a full stop. The worksheet format is
build_labels.py's; `build_labels.py` imports TUNE12 and places it as tune11's.

Decisions of the earlier rounds (build_labels.py, check3_labels.py, tune7_labels.py-tune11_labels.py),
and these where they were silent:
- jobs are counted things, not people (tune11's: "nearly 14 million more jobs", "151,000 jobs",
  "Nearly 10,000 manufacturing jobs" are no figures); "over 1,000 people their jobs" is people;
- "trillions of dollars" is 1e12, as "billions of dollars" was 1e9; "thousands of workers" and
  "'thousands' of Muslim Americans" 1000, "Millions of women" and "millions watching" 1e6;
- a share of a whole names the whole ("3 percent of the nation's total economic output":
  "output"); a rate names the rate ("unemployment rate"), a change its quantity and verb;
- "down three-quarters" is a share (0.75) of the change; "less than half its peak" a share;
- "just 2.5 ahead of Senator Ted Cruz" after "22 points behind" is points (the unit carried over);
  "We were at 6 and 7 and 8 and 9" after "we weren't at 20 or 25 percent" is four percentages
  (the unit carried over), "20 or 25 percent" a range;
- "10 times the size of the losses" is a multiple, no figure (neither money, share nor count);
- "two of his rivals" and "the two of them" are people (one of N partitions, definite references);
- "the top 1 percent" is `top` (build_labels.py and tune3's).
"""
P, D, E, PCT, PPL, SH, PTS = "pounds", "dollars", "euros", "percent", "people", "share", "points"

TUNE12 = {
'polnear/text/nyt_2016-01-20_falling-deficit-to-reverse-cours.txt': [
  ('Falling Deficit to Reverse Cou', []),
  ('WASHINGTON --', [('trillions of dollars', 1e12, D, 'tax cuts|spending|proposing', None)]),
  ('30, is projected to be $544', [('$544 billion', 544e9, D, 'deficit|projected', None),
    ('$105 billion', 105e9, D, 'more|deficit|last year', None),
    ('$130 billion', 130e9, D, 'more|deficit|projected', None)]),
  ('Over 10 years, through fiscal', [('$1.5 trillion', 1.5e12, D, 'deficits|add up|more', None)]),
  ('After small increases in defic', [('3 percent of the nation', 3, PCT, 'economic output|output|gross domestic product|exceeding', 'the budget office')]),
  ('The deficit last year was equa', [('2.5 percent of gross domestic product', 2.5, PCT, 'gross domestic product|domestic product|deficit', None),
    ('three-quarters', 0.75, SH, 'down|deficit', None)]),
  ('It is expected to rise to 2.9', [('2.9 percent', 2.9, PCT, 'rise|deficit|expected', None)]),
  ('By 2026, the final year of the', [('$1 trillion', 1e12, D, 'deficit|surpass', None)]),
  ('Obama inherited -- reaching $1', [('$1.4 trillion', 1.4e12, D, 'reaching|deficit', None),
    ('4.9 percent of gross domestic product', 4.9, PCT, 'gross domestic product|domestic product', None)]),
  ('The budget office said about h', [('about half of the higher adjustment', 0.5, SH, 'higher adjustment|adjustment|reflected', 'The budget office')]),
  ('Trump, which nonpartisan analy', [('about $10 trillion over 10 years', 10e12, D, 'cost|plan', 'nonpartisan analyses')]),
],
'polnear/text/nyt_2016-01-14_america-the-shiny-or-gloomy-obam.txt': [
  ('President Obama has been trying', []),
  ('Over the course of 48 hours', []),
  ('Obama next January and sets th', []),
  ('Just hours before the presiden', [('10 American sailors', 10, PPL, 'american sailors|sailors|detained', None)]),
  ('Republicans are not the only o', []),
  ('Obama, who has gotten less cre', []),
  ('Obama told the lawmakers in th', [('millions watching at home', 1e6, PPL, 'watching|millions', None)]),
  ('Unemployment has fallen to 5 p', [('5 percent', 5, PCT, 'unemployment|fallen', None),
    ('less than half its peak', 0.5, SH, 'peak|unemployment', None)]),
  ('More than 17 million Americans', [('More than 17 million Americans', 17e6, PPL, 'americans|health care coverage|coverage', None)]),
  ('Median household income finall', [('$56,746', 56746, D, 'median household income|household income|income|reached', 'one research firm')]),
  ('But two out of three Americans', [('two out of three Americans', 2 / 3, SH, 'americans|feel', None)]),
  ('The poverty rate is 14.8 percen', [('14.8 percent', 14.8, PCT, 'poverty rate|rate', None)]),
  ('And although the deficit has b', [('$18 trillion', 18e12, D, 'national debt|debt|ballooned', None),
    ('$11 trillion', 11e12, D, 'national debt|debt|ballooned', None)]),
  ('He has 373 days left to define', []),
],
'polnear/text/wash-post_2016-04-28_with-woman-s-card-trump-escalate.txt': [
  ('While celebrating sweeping vic', []),
  ('Frankly, if Hillary Clinton we', [('5 percent of the vote', 5, PCT, 'vote|get', 'Trump')]),
  ('Clinton allies and the campaign', []),
  ("Millions of women shouldn", [('Millions of women', 1e6, PPL, 'women', 'the campaign')]),
  ("If she were a man, she'd get 5", [('5 percent', 5, PCT, 'get|vote', 'Trump')]),
  ("I guess I'll have to get used", []),
  ('The real estate mogul has won f', [('10 percentage points', 10, PTS, 'won|female voters|rivals', None)]),
  ('On Tuesday, he won by more tha', [('more than 20 points', 20, PTS, 'won|female voters', None)]),
  ('A USA Today/Suffolk University', [('66 percent of likely women voters', 66, PCT, 'women voters|voters|unfavorable view', 'A USA Today/Suffolk University poll'),
    ('48 percent who have a negative opinion', 48, PCT, 'negative opinion|opinion|clinton', 'A USA Today/Suffolk University poll')]),
  ('Among men the two are closer', [('the two', 2, PPL, 'are|closer', None),
    ('57 percent see Trump negatively', 57, PCT, 'see|trump|men', None),
    ('61 percent say the same', 61, PCT, 'say|clinton|men', None)]),
  ('She often speaks of breaking', [('44 male presidents', 44, PPL, 'male presidents|presidents', 'She')]),
],
'polnear/text/politico_2016-02-05_obama-slams-gop-s-doom-and-despa.txt': [
  ('Obama on Friday held an imprompt', [('5 percent', 5, PCT, 'unemployment rate|rate|fallen', 'Obama')]),
  ('Unemployment dipped to 4.9 perc', [('4.9 percent', 4.9, PCT, 'unemployment|dipped', 'Obama')]),
  ('Obama hailed the record streak', []),
  ('The unemployment rate was at 7.', [('7.8 percent', 7.8, PCT, 'unemployment rate|rate', None),
    ('10 percent', 10, PCT, 'unemployment rate|rate|peaked', None)]),
  ('He pledged that he would get th', [('6 percent', 6, PCT, 'unemployment rate|rate|get', 'He')]),
],
'polnear/text/wash-post_2016-02-05_in-the-democrats-debate-some-fam.txt': [
  ('[Americans are] worried about', [('the top 1 percent', 1, PCT, 'top', 'Bernie Sanders')]),
  ('Sanders is relying on the rese', [('the top 1 percent', 1, PCT, 'top', 'Emmanuel Saez'),
    ('91 percent of all income gains', 91, PCT, 'income gains|gains|accumulated', 'Emmanuel Saez')]),
  ('But when the numbers were updat', [('the top 1 percent', 1, PCT, 'top', 'the numbers'),
    ('58 percent of total real income growth', 58, PCT, 'real income growth|income growth|captured', 'the numbers')]),
  ('Tom Coburn (R-Okla', []),
  ('The Washington Post has repeat', []),
  ('23 and then again on Jan', []),
  ('4, the morning of the MSNBC', []),
  ('ProPublica obtained a video of', []),
  ('5, 2007', []),
  ('her ideas were not accepted, an', []),
  ('General Electric says that in', [('$3.2 billion in income taxes', 3.2e9, D, 'income taxes|taxes|paid', 'General Electric'),
    ('more than $1 billion', 1e9, D, 'local and federal taxes|taxes|paid', 'General Electric')]),
],
'polnear/text/wash-post_2015-12-13_misinformation-enters-mainstream.txt': [
  ('On his website, Infowars', []),
  ('11, 2001; fluoride-in-the-water', []),
  ('Trump, in turn, cites his Twitt', [('81 percent of white homicide victims', 81, PCT, 'white homicide victims|homicide victims|victims|killed', 'Trump'),
    ('closer to 15 percent', 15, PCT, 'actual number|number', 'Factcheck.org')]),
  ('Accurate or not, the constant s', [('Some 20 percent of people', 20, PCT, 'people|believe|said', 'a recent CNN/ORC poll'),
    ('29 percent', 29, PCT, 'believe|muslim|said', 'a recent CNN/ORC poll'),
    ('43 percent of Republicans', 43, PCT, 'republicans', 'a recent CNN/ORC poll')]),
  ("For example, Trump's recent evi", [('thousands" of Muslim Americans', 1000, PPL, 'muslim americans|americans|celebrated', 'Trump')]),
  ('Trump never cited a source for', [('as many as 250,000 Syrian refugees', 250000, PPL, 'syrian refugees|refugees|take in', 'Trump'),
    ('10,000 Syrians', 10000, PPL, 'syrians|accepting', 'Obama')]),
  ('But the fact-checking site Poli', [('250,000 Syrians', 250000, PPL, 'syrians|resettle', 'fake news stories')]),
],
'polnear/text/politico_2016-07-08_clinton-unleashes-democratic-dre.txt': [
  ('People close to both Clinton', [('the two of them', 2, PPL, 'appearing|them', None)]),
  ('Obama, after all, is viewed fav', [('50 percent', 50, PCT, 'viewed favorably|favorably', 'the Huffington Post Pollster average'),
    ('45 percent who view him unfavorably', 45, PCT, 'unfavorably|view', 'the Huffington Post Pollster average')]),
  ('Clinton is underwater at 41 pe', [('41 percent favorable', 41, PCT, 'favorable|clinton', None),
    ('56 percent unfavorable', 56, PCT, 'unfavorable|clinton', None)]),
  ('“President Obama is going to k', []),
  ('The Clinton camp placed her ene', []),
  ('“That’s what he did in ’08', []),
],
'polnear/text/nyt_2016-02-25_rubio-has-the-praise-just-not-th.txt': [
  ('His distant second-place finis', [('22 points', 22, PTS, 'behind|finish', None)]),
  ('Trump, who scored his third st', [('2.5', 2.5, PTS, 'ahead|cruz', None)]),
  ('With four states having voted,', []),
  ('In Nevada, he constantly remind', []),
  ("Rubio's entire strategy could", []),
  ('Rubio after first backing two o', [('two of his rivals', 2, PPL, 'rivals|backing', None)]),
  ('Rubio are quick to point out t', []),
  ('Now, after arguing that the res', []),
  ('Rubio would finish second or t', []),
  ('And his supporters were making', [('the 70 percent of the party', 70, PCT, 'party|dislike', 'his supporters')]),
  ("Six months ago we weren't at 2", [('20 or 25 percent', (20, 25), PCT, 'we|at', 'he')]),
  ('We were at 6 and 7 and 8 and 9', [('6', 6, PCT, 'we|at', 'he'), ('7', 7, PCT, 'we|at', 'he'),
    ('8', 8, PCT, 'we|at', 'he'), ('9', 9, PCT, 'we|at', 'he')]),
  ('This week, he has rolled out doz', []),
],
'polnear/text/nyt_2016-04-27_china-trade-is-linked-to-u-s-vot.txt': [
  ('In this forlorn Southern town', []),
  ('72-year-old mother is equally', []),
  ('But research to be released', [('four leading academic economists', 4, PPL, 'academic economists|economists', None)]),
  ('Hughes avoids discussing the e', []),
  ('As the South industrialized in', []),
  ('In the shadow of Tennessee Vall', [('thousands of workers', 1000, PPL, 'workers|sewed', None),
    ('upward of $20 an hour', 20, D, 'earn|an hour', None)]),
  ('Nearly 10,000 manufacturing job', []),
  ('At 7.4 percent, the regional u', [('7.4 percent', 7.4, PCT, 'regional unemployment rate|unemployment rate|rate', None),
    ('12.8 percent', 12.8, PCT, 'peak|unemployment rate|rate', None),
    ('5 percent', 5, PCT, 'national average|average', None)]),
  ('Between 2002 and 2010, distric', [('19 percent greater drop', 19, PCT, 'drop|manufacturing employment|employment', None)]),
  ('I was in China two weeks ago', []),
  ('But the benefit of free trade i', []),
  ('Nucor has a no-layoff policy', []),
  ('And in 2014, the giant Internat', [('over 1,000 people', 1000, PPL, 'people|jobs|costing', None)]),
  ('Thirty years ago, it was boomin', []),
  ('Hughes said, pointing out where', []),
],
'polnear/text/west-journal_2016-07-14_new-poll-shows-large-gap-emergin.txt': [
  ('The latest Rasmussen Reports po', [('44 percent', 44, PCT, 'trump|leading', 'The latest Rasmussen Reports poll'),
    ('37 percent', 37, PCT, 'clinton', 'The latest Rasmussen Reports poll'),
    ('13 percent supporting another candidate', 13, PCT, 'another candidate|supporting', 'The latest Rasmussen Reports poll'),
    ('only 6 percent undecided', 6, PCT, 'undecided', 'The latest Rasmussen Reports poll')]),
  ('The survey marks the third week', []),
  ('Since last week’s poll, Trump’s', [('two percentage points', 2, PTS, 'improved|standing|trump', None),
    ('three points', 3, PTS, 'fell|clinton', None)]),
  ('The poll also found that:', [('3 percentage points', 3, PTS, 'margin of error|margin|error', 'The poll')]),
  ('This new national poll comes i', []),
  ('In head-to-head contests, Trump', [('43 percent', 43, PCT, 'trump|leads', None),
    ('41 percent', 41, PCT, 'clinton', None),
    ('42 percent', 42, PCT, 'trump|leads', None),
    ('39 percent', 39, PCT, 'clinton', None)]),
  ('In Ohio, the candidates were t', [('41 percent', 41, PCT, 'tied|candidates', None)]),
],
}
