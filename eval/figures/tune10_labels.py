#!/usr/bin/env python3
"""tune10: a tenth tuning set of figures, rich in poll and vote shares, labelled by hand before the
figures code ran on it.

Drawn in session 22 for issue 14 (assignment 22g) by
`eval/figures/draw_tune.py tune10 2039 --n 5 --min-percent 3` (draw_check2.draw with
random.Random(2039), bbc-politics and PolNeAR train stories in no labelled set, the checking sets
check, check2 and check3 included; no copy or rewrite of one; eight or more candidate figures in at
most 20 candidate sentences; and three or more percentages in the candidate sentences, the filter
that makes the set one of poll shares). Five stories were asked of each pool: the bbc-politics pool
holds one story that passes the filter, PolNeAR's train split five. Every candidate sentence is
listed here, empty where it holds no figure in scope, but for the three dates split off as
sentences of their own ("27.", "30.", "17-23."): `build_labels.place` runs a sentence from the end
of its start to the next full stop, so a start that ends in its own full stop would run on over the
next sentence and hold its figures twice (the first placing did so; found by the first `--show`,
each of its figures read as spurious). The worksheet format is build_labels.py's (sentence start,
[(span, value, unit, about, claimant)]); `build_labels.py` imports TUNE10 and places it as tune9's.

Decisions of the earlier rounds (build_labels.py, check3_labels.py, tune7_labels.py-tune9_labels.py),
and these where they were silent:
- a score pair of poll shares ("49% to 41%", "64%-27%", "42%-49%") is two figures, each labelled on
  its own share, `about` the option it belongs to (the candidate, or approval and its opposite) and
  the group it is a share of where the sentence names one ("among women");
- a gapped conjunct's share belongs to the conjunct's own subject ("Bush received in 1992 (37%) and
  Bob Dole in 1996 (38%)": "dole"), a share after "has" to the one who has it ("Pat Toomey has 45%");
- "X in 10" is a share (6 in 10: 0.6), as "one in four" was;
- a margin in points behind or ahead is points ("0.3 points behind", "by almost 60 points"), and a
  range of them is a range ("from 40 to 50 percentage points behind": 40-50);
- "2-1" is odds, no figure, as "by two to one" was in tune9; speeches and races are counted things;
- "the two" (two named people on air) is a definite bare number of people, as "the final 25" was;
- a survey or poll that a sentence's shares are "found" by, come "In" or "according to" claims them
  ("The Mail on Sunday survey found that 63%", "In the Countryfile survey, 47% said", "according
  to CNN"); the pollster's sample ("the Mori survey of 2,000 adults", "they asked 801 adults") is
  the narrator's.
"""
P, D, PCT, PPL, SH, PTS = "pounds", "dollars", "percent", "people", "share", "points"

TUNE10 = {
'bbc-politics/381.txt': [
  ("Hunt ban support is 'in declin", []),
  ('Less than half the UK wants a ', [('Less than half the UK', 0.5, SH, 'uk|wants|ban', 'the Mori survey'),
    ('almost two-thirds in 1999', 2 / 3, SH, 'uk|wants|ban|1999', 'the Mori survey'),
    ('2,000 adults', 2000, PPL, 'adults|survey', None)]),
  ('The number opposed to a ban re', [('11%', 11, PCT, 'increased|neither supporting nor opposing|those', None)]),
  ('In July 1999 they asked 801 ad', [('801 adults', 801, PPL, 'adults|asked', None)]),
  ('For Countryfile they asked 2,2', [('2,234 adults', 2234, PPL, 'adults|asked', None)]),
  ('The Mail on Sunday survey foun', [('63%', 63, PCT, 'supported|hunting ban|ban', 'The Mail on Sunday survey'),
    ('24% against', 24, PCT, 'against', 'The Mail on Sunday survey')]),
  ('In the Countryfile survey, 47%', [('47%', 47, PCT, 'said|supported|legislation', 'the Countryfile survey'),
    ('26% against', 26, PCT, 'against', 'the Countryfile survey')]),
  ('But the programme makers sugge', [('around one quarter', 0.25, SH, 'said|neither support nor oppose|british public|public', 'the programme makers')]),
],
'polnear/text/usa-today_2016-07-18_convention-is-trump-s-chance-to-.txt': [
  ('The four-day convention is the', []),
  ('Women make up a majority of th', [('as many as three-fourths of them', 0.75, SH, 'women|tell|negative view', None)]),
  ('His 34% support among women in', [('34% support', 34, PCT, 'support|women', 'an ABC News/Washington Post poll')]),
  ('Bush received in 1992', [('37%', 37, PCT, 'bush|received|female support', None),
    ('38%', 38, PCT, 'dole|bob dole', None)]),
  ('Trump leads Clinton among men ', [('8 percentage points', 8, PTS, 'leads|men|clinton', 'the survey'),
    ('49%', 49, PCT, 'trump|leads|men', 'the survey'),
    ('41%', 41, PCT, 'clinton', 'the survey'),
    ('20-point deficit', 20, PTS, 'deficit|women', None),
    ('34%', 34, PCT, 'trump|women|deficit', None),
    ('54%', 54, PCT, 'clinton|women', None)]),
  ('In somber comments, Trump call', [('five Dallas police officers', 5, PPL, 'police officers|officers|killed', None)]),
  ("Spotlight his family: Trump's ", []),
  ('(That said, she also noted', []),
  ('Ivanka Trump, 34, could', []),
  ('Fifteen minutes after Pence wa', []),
  ("Trump's best argument, with tw", [('two-thirds of the voters', 2 / 3, SH, 'voters|thinking|wrong track', None)]),
],
'polnear/text/usa-today_2016-02-11_sanders-faces-test-on-appeal-to-.txt': [
  ('20 and South Carolina on Feb', []),
  ('Sanders has momentum after fin', [('0.3 points', 0.3, PTS, 'behind|clinton|finishing', None),
    ('more than 20 points', 20, PTS, 'crushing|her|new hampshire', None)]),
  ('Those voters are likely to mak', [('more than half the electorate', 0.5, SH, 'electorate|make up', None)]),
  ('The results of the last two we', []),
  ('Clinton led Sanders more than ', []),
  ('Her 64%-27% advantage', [('64%', 64, PCT, 'clinton|her|advantage', None),
    ('27%', 27, PCT, 'sanders', None),
    ('74% of African-American likely voters', 74, PCT, 'african-american likely voters|voters|backing', None),
    ('17% for Sanders', 17, PCT, 'sanders', None)]),
  ('Most Southern states that will', []),
  ('Sanders, who has represented m', []),
  ('Briggs said Sanders has alread', [('40 to 50 percentage points', (40, 50), PTS, 'behind|clinton', 'Briggs')]),
],
'polnear/text/west-journal_2016-06-23_this-well-known-author-would-con.txt': [
  ('This Well-Known Author Would C', []),
  ('The displeasure in the presump', []),
  ('Best-selling thriller writer B', [('15 percent of the vote', 15, PCT, 'vote|earn', 'Brad Thor')]),
  ('<tweet tweet-id="746104714429927424">', []),
  ('Nonetheless, the two are on ai', [('the two', 2, PPL, 'are|on air', None)]),
  ('Beck reminded Thor he’d have t', [('15 percent in the polls', 15, PCT, 'earn|polls', 'Beck')]),
  ('Thor countered if he was able ', [('15 percent in the polls', 15, PCT, 'get|polls', 'Thor')]),
],
'polnear/text/huff-post_2016-04-20_hillary-clinton-won-among-wall-s.txt': [
  ('More than 6 in 10 New York Dem', [('More than 6 in 10 New York Democratic voters', 0.6, SH, 'new york democratic voters|voters|said', 'preliminary exit polling')]),
  ('Clinton won by almost 60 point', [('almost 60 points', 60, PTS, 'won|clinton', None),
    ('the 30 percent of voters', 30, PCT, 'voters|said', None)]),
  ('The former secretary of state ', [('more than $11 million', 11e6, D, 'earned|speeches', 'The Washington Post')]),
  ('Her three speeches to employee', [('a total of $675,000', 675000, D, 'earned|speeches|total', None)]),
  ('Clinton’s victory in Tuesday’s', [('61 percent', 61, PCT, 'women|support', 'CNN'),
    ('67 percent', 67, PCT, 'nonwhite voters|voters', 'CNN'),
    ('90 percent', 90, PCT, 'democrats|experienced candidate', 'CNN')]),
],
'polnear/text/usa-today_2016-05-12_poll-battleground-senate-races-a.txt': [
  ('Poll: 3 battleground Senate ra', []),
  ('The poll found that 43% of Ohi', [('43% of Ohio voters', 43, PCT, 'ohio voters|voters|support|strickland', 'The poll'),
    ('42%', 42, PCT, 'portman|support', 'The poll')]),
  ('Rob Portman -- a dead heat', []),
  ('Five Republicans and two Democ', [('Five Republicans', 5, PPL, 'republicans|competing', None),
    ('two Democrats', 2, PPL, 'democrats|competing', None)]),
  ('Patrick Murphy does better tha', [('roughly a third of the electorate', 1 / 3, SH, 'electorate|undecided', None)]),
  ('Rubio, who got trounced by Don', []),
  ('He has a negative 42%-49% appr', [('42%', 42, PCT, 'approval rating|approval', None),
    ('49%', 49, PCT, 'approval rating|disapproval', None)]),
  ('Pat Toomey has 45%', [('45%', 45, PCT, 'toomey', None),
    ('44%', 44, PCT, 'mcginty', None)]),
  ('Quinnipiac conducted the poll ', [('1,042 Ohio registered voters', 1042, PPL, 'ohio registered voters|registered voters|voters', None)]),
  ('The university surveyed 1,051 ', [('1,051 registered voters', 1051, PPL, 'registered voters|voters|surveyed', None),
    ('1,077', 1077, PPL, 'pennsylvania|surveyed|registered voters|voters', None)]),
  ('The margin of error for all th', [('3 percentage points', 3, PTS, 'margin of error|error', None)]),
  ("In Ohio, the poll reaffirmed t", [('42% of Ohioans', 42, PCT, 'ohioans|say', 'the poll')]),
  ('The poll showed a majority of ', [('56% of Buckeye State voters', 56, PCT, 'buckeye state voters|voters|want action', 'The poll'),
    ('38% who support', 38, PCT, 'support|refusal', 'The poll')]),
],
}
