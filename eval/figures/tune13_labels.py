#!/usr/bin/env python3
"""tune13: a thirteenth tuning set of figures, rich in sums of money, labelled by hand before the
figures code ran on it.

Drawn in session 23 for issue 14 (assignment 23h) by
`eval/figures/draw_tune.py tune13 2042 --n 10 --min-money 3` (draw_check2.draw with
random.Random(2042), bbc-politics and PolNeAR train stories in no labelled set, the checking sets
check, check2 and check3 and the tuning sets tune-tune12 included; no copy or rewrite of one; eight
or more candidate figures in at most 20 candidate sentences; three or more sums of money in the
candidate sentences, `draw_tune.MONEY`). Ten stories were asked of each pool: the bbc-politics pool
gives three that pass the filters now (the CSA's unpaid sums, a pre-election row over £35bn of cuts,
the parties' European campaign spending), PolNeAR's train split ten (donors against Trump, the Trump
University records, Clinton's and Sanders's plans, hedge-fund money for Clinton, a group's spending
for Shuster, Chicago's police payouts, Eric Trump's charity, donors to Rubio's super PAC, the $15
minimum wage, ads against Trump in Indiana). Every candidate sentence is listed, empty where it
holds no figure in scope, except the fragment "20." (Feb. 20.: a start of "20" is not found once in
its story); a start never ends in a full stop. One sentence outside the candidate list holds a
figure and is added, as check2's three were ("a 50K check": "50K" fails the candidate pattern's word
boundary). The worksheet format is build_labels.py's; `build_labels.py` imports TUNE13 and places it
as tune12's.

Decisions of the earlier rounds (build_labels.py, check3_labels.py, tune7_labels.py-tune12_labels.py),
and these where they were silent:
- "hundreds of millions of dollars" is 1e8 (build_labels.py's), "hundreds of thousands of dollars"
  1e5, "millions and millions and millions of dollars" and "millions from the industry" 1e6 (the
  least the words say, as "dozens" 12 and "hundreds" 100); "hundreds of thousands" with the dollars
  understood from the story is money;
- "£10bn or £11bn" (two sums joined by "or") is a range, as tune12's "20 or 25 percent";
- a sum that names a thing ("Fight for $15", a movement) is part of a name, no figure; "a $15
  minimum wage" and "$15 an hour" are money, `about` the wage;
- "a 50K check" is money (dollars, from the story), as "$100,000 checks" is;
- "three times as much" is a multiple, no figure (tune12's "10 times the size"); homicides,
  shootings, pages, instances and parties are counted things;
- "the bottom 95 percent of earners" is `bottom`, as "the top 1 percent" is `top`; "half of what
  her husband's Treasury secretary ... has advocated" is a share of that sum;
- a proposal's proposer is its claimant ("Sanders advocates tax increases of $15 trillion", "He
  calls for $1 trillion", as tune12's "He pledged"); "according to figures revealed by the
  Electoral Commission" names the commission, "campaign finance records show" the records;
- where the sentence splitter cuts at "Mr.", "Gov." or "J.", `about` still names the verb of the
  whole sentence ("$100,000 from Harlan Crow": raised), as check2's claimant did.
"""
P, D, E, PCT, PPL, SH, PTS = "pounds", "dollars", "euros", "percent", "people", "share", "points"

TUNE13 = {
'bbc-politics/315.txt': [
  ('CSA chief who', []),
  ("Doug Smith's departure was ann", []),
  ('Tory work and pensions spokes', []),
  ('It is currently chasing outsta', [('more than £720m', 720e6, P, 'outstanding payments|payments|chasing', None),
    ('£947m', 947e6, P, 'designated|unrecoverable|payments', None)]),
  ('The MPs found American IT gia', [('£456m system', 456e6, P, 'system', 'The MPs')]),
  ('Doug has exceeded the four', []),
  ('Even if he was working out thr', []),
  ('Asked on Thursday about Mr Smi', []),
],
'bbc-politics/387.txt': [
  ('Tony Blair claimed a Tory gove', [('£35bn', 35e9, P, 'cut|public services', 'Tony Blair')]),
  ('And he claimed the Tories woul', [('£35bn', 35e9, P, 'cut|public services', 'he')]),
  ('The Tories said they would not', [('a total of £33.5bn less spending', 33.5e9, P, 'less spending|spending', 'The Tories')]),
  ('Tory shadow chancellor Oliver', [('£10bn or £11bn', (10e9, 11e9), P, 'raise taxes|taxes|raise', 'Oliver Letwin')]),
  ('Mr Cable said taxation as a sh', []),
  ("In Wednesday's Budget, Mr Brow", [('£200 council tax refund', 200, P, 'council tax refund|tax refund|refund', None)]),
  ('In a further sign, if any were', []),
  ('Mr Blair has yet to name the d', []),
],
'bbc-politics/304.txt': [
  ('UKIP, which campaigned on a sl', [('£2.36m', 2.36e6, P, 'spent|campaign', None),
    ("the Conservatives' £3.13m", 3.13e6, P, 'conservatives|spent', None)]),
  ('The campaign took UKIP into th', [('an extra 10 MEPs', 10, PPL, 'meps|extra', None)]),
  ("Labour's campaign cost £1.7m", [('£1.7m', 1.7e6, P, 'campaign|cost', 'the Electoral Commission'),
    ("the Lib Dems' £1.19m", 1.19e6, P, 'lib dems|campaign', 'the Electoral Commission'),
    ("the Greens' £404,000", 404000, P, 'greens|campaign', 'the Electoral Commission')]),
  ('But a UKIP spokesman said Labo', [('£10m', 10e6, P, 'spent|general election', 'a UKIP spokesman')]),
],
'polnear/text/nyt_2016-03-22_trump-s-success-finally-unites-t.txt': [
  ("Trump's past liberal positions, took", [('$4.8 million', 4.8e6, D, 'took in|our principles pac|principles pac', None)]),
  ('Beyond the Rickettses, who own', [('an additional $2 million', 2e6, D, 'provided|rickettses', None),
    ('$500,000', 500000, D, 'raised|our principles', None)]),
  ('Oberndorf, a California invest', [('$100,000 from Harlan Crow', 100000, D, 'raised|harlan crow', None)]),
  ('Our Principles also raised $1 m', [('$1 million', 1e6, D, 'raised|our principles', None),
    ('four candidates', 4, PPL, 'candidates|backing|quit', None)]),
  ('The stream of new money confirm', [('hundreds of millions of dollars', 1e8, D, 'put|candidates', None)]),
  ('Stephens and his brother also g', [('$2.5 million', 2.5e6, D, 'gave|super pac', None)]),
  ('Trump, raised $4 million in Feb', [('$4 million', 4e6, D, 'raised|group', None)]),
  ('Scott Walker of Wisconsin last', [('$500,000', 500000, D, 'gave|club for growth', None)]),
  ('Several other donors with ties', [('$50,000', 50000, D, 'gave|super pac', None)]),
  ('Bobby Jindal of Louisiana, and', [('hundreds of thousands of dollars', 1e5, D, 'poured|groups', None)]),
  ('In January, the group also rai', [('$100,000 checks', 100000, D, 'checks|raised', None)]),
  ('Rastin also contributed $300,0', [('$300,000', 300000, D, 'contributed|independent group', None)]),
  ('Rubio until he dropped out of', []),
  ('Trump began racking up critica', [('$25 million', 25e6, D, 'poured|conservative solutions', None)]),
  ('Cruz raised $11.9 million in Fe', [('$11.9 million', 11.9e6, D, 'raised', None),
    ('$17.5 million', 17.5e6, D, 'burning through|burning', None),
    ('$8 million in cash', 8e6, D, 'cash on hand|cash|began', None)]),
  ('He also continued to raise subs', [('$2,700', 2700, D, 'contribution limit|limit', None)]),
  ('Cruz began March with more than', [('more than $20 million', 20e6, D, 'cash on hand|cash|began', None)]),
  ('Trump reported raising and spen', [('about $9 million', 9e6, D, 'raising|spending', 'Trump')]),
  ('Kasich reported having $1.3 mil', [('$1.3 million in cash', 1.3e6, D, 'cash on hand|cash|having', 'Kasich')]),
],
'polnear/text/wash-post_2016-05-29_internal-trump-university-record.txt': [
  ('Trump gave his blessing, accor', [('93 percent owner', 93, PCT, 'owner|enterprise', 'court documents')]),
  ('Two class action lawsuits bein', [('millions of dollars', 1e6, D, 'brought in|customers', 'Two class action lawsuits')]),
  ('Curiel ordered that the playbo', []),
  ('In addition to the class actio', [('$40 million lawsuit', 40e6, D, 'lawsuit|filed', None),
    ('more than 5,000 individuals', 5000, PPL, 'individuals|defrauded', 'Eric Schneiderman')]),
  ('Schneiderman alleged in the su', [('$5 million', 5e6, D, 'earned', 'Schneiderman'),
    ('$1,495', 1495, D, 'pay|seminar', 'Schneiderman')]),
],
'polnear/text/nyt_2016-03-09_clinton-tries-to-reframe-revolut.txt': [
  ('Senator Bernie Sanders advocat', [('tax increases of $15 trillion', 15e12, D, 'tax increases|increases', 'Senator Bernie Sanders')]),
  ('Clinton seeks an additional $1', [('an additional $1 trillion in revenue', 1e12, D, 'revenue|seeks', 'Clinton'),
    ('the bottom 95 percent of earners', 95, PCT, 'bottom|earners', 'Clinton')]),
  ('He calls for $1 trillion in new', [('$1 trillion in new spending', 1e12, D, 'new spending|spending', 'He'),
    ('$275 billion', 275e9, D, 'calls for|spending', 'she'),
    ('half of what', 0.5, SH, 'advocated|what', None)]),
  ('Judged against the 10 years it', []),
  ('Obama signed the $305 billion m', [('$305 billion measure', 305e9, D, 'measure|highway funding|signed', None)]),
  ('Perot did, from his unlikely pr', [('11 million illegal immigrants', 11e6, PPL, 'illegal immigrants|immigrants|deport', None)]),
],
'polnear/text/huff-post_2015-11-17_post-rebuilding-isn-t-the-only-r.txt': [
  ('Post-9/11 Rebuilding Isn', []),
  ('WASHINGTON — Hillary Clinton ar', [('millions from the industry', 1e6, D, 'accepting|campaign contributions|industry', 'Hillary Clinton')]),
  ('As proof, she pointed to attack', [('two hedge fund billionaires', 2, PPL, 'hedge fund billionaires|billionaires|funded', 'she')]),
  ('You have two billionaire hedge', [('two billionaire hedge fund managers', 2, PPL, 'hedge fund managers|managers', 'Clinton')]),
  ('Those two billionaires, however', [('Those two billionaires', 2, PPL, 'billionaires|represent', None)]),
  ('In fact, campaign finance recor', [('$204,202', 204202, D, 'raised|hedge fund executives', 'campaign finance records')]),
  ('At least eight hedge funders ar', [('At least eight hedge funders', 8, PPL, 'hedge funders|funders|listed', None),
    ('more than $100,000 each', 100000, D, 'collecting|campaign', None)]),
  ('The groups raised more than $3', [('more than $3 million', 3e6, D, 'raised', None)]),
  ('That longtime support cuts aga', []),
  ('Altman, a former deputy treasur', [('$250,000', 250000, D, 'donated|priorities usa action', None)]),
  ('As the International Business', [('more than $1.1 million', 1.1e6, D, 'raised|senate campaign', 'the International Business Times')]),
  ('Over her career as a senator an', [('$12.7 million', 12.7e6, D, 'raised|securities', None),
    ('$2.4 million', 2.4e6, D, 'raised|commercial banks', None)]),
],
'polnear/text/politico_2016-04-18_outside-gop-group-goes-in-big-fo.txt': [
  ('A leading conservative group i', [('$200,000', 200000, D, 'spending', None)]),
  ('The American Action Network sa', [('nearly $150,000', 150000, D, 'spend|tv ad', 'The American Action Network')]),
  ('A typical voter will see the A', []),
  ('He has spent $500,000 on TV ads', [('$500,000', 500000, D, 'spent|tv ads', None)]),
  ('Shuster has $1.3 million in the', [('$1.3 million', 1.3e6, D, 'bank|has', None),
    ("Halvorson's paltry $31,000", 31000, D, 'halvorson|compared', None)]),
  ('AAN polled the race in February', [('above 50 percent', 50, PCT, 'shuster|above', 'the group')]),
  ('AAN or its super PAC affiliate', [('two other Republican lawmakers', 2, PPL, 'republican lawmakers|lawmakers', None)]),
],
'polnear/text/wash-post_2015-12-04_a-killing-and-video-test-emanuel.txt': [
  ("But then came a judge's order", []),
  ('Over the past two weeks, prosec', []),
  ('For Emanuel, 56, a consummate', []),
  ('The family of Ronald Johnson II', []),
  ("Emanuel's immediate challenges", []),
  ('The city is seeking hundreds of', [('hundreds of millions of dollars', 1e8, D, 'seeking|city', None)]),
  ('The Chicago Teachers Union, a m', []),
  ('Axelrod noted that although use', []),
  ('Emanuel, who resisted release o', []),
  ('24, Cook County prosecutors', []),
  ('some protesters chanted, three', []),
  ('A 2014 examination by the nonpa', [('more than $500 million', 500e6, D, 'spent|court judgments|judgments', 'Better Government Association')]),
  ('In May, the city council voted', [('$5.5 million', 5.5e6, D, 'pay|victims', None)]),
  ('After struggling to persuade vo', []),
],
'polnear/text/wash-post_2016-07-13_eric-trump-s-not-so-sure-father-.txt': [
  ("Eric Trump's not so sure fathe", [('hundreds of thousands', 1e5, D, 'gave|charity', 'Eric Trump')]),
  ('Last week, Eric Trump said that', [('hundreds of thousands of dollars', 1e5, D, 'personal donations|donations|received', 'Eric Trump')]),
  ("I'm sure there have been but", []),
  ('Why had he asserted that his fa', [('hundreds of thousands of dollars', 1e5, D, 'given|charity', 'he')]),
  ('The issue has become a test of', [('$1 million', 1e6, D, 'give|veterans charity|charity|promise', None)]),
  ('In all, those promises add up t', [('more than $8.5 million', 8.5e6, D, 'promises|add up', None)]),
  ('He has given away only $2.8 mil', [('only $2.8 million', 2.8e6, D, 'given away|given', None)]),
  ('Before the $1 million for veter', [('the $1 million for veterans', 1e6, D, 'veterans', None)]),
  ('My father has given me and my f', [('hundreds of thousands of dollars', 1e5, D, 'given', 'Trump')]),
  ("And he's given other charities", [('millions and millions and millions of dollars', 1e6, D, 'given|other charities|charities', 'Trump')]),
  ('His foundation, established in', [('more than $8 million', 8e6, D, 'raised|foundation', None)]),
  ('But none of them seemed to fit', [('hundreds of thousands', 1e5, D, 'gifts', 'he')]),
  ('For instance, there were two in', []),
  ("In 2008, Donald Trump's foundat", [('$50,000', 50000, D, 'gave|foundation', None)]),
  ('In 2010, it gave $100,000', [('$100,000', 100000, D, 'gave', None)]),
  ('Anyone who wrote a 50K check', [('50K check', 50000, D, 'check|wrote', 'he')]),
  ("Trump Foundation's gifts and th", [('more than $210,000', 210000, D, 'gifts|valued|received', None)]),
  ("I'm able to contribute millions", [('millions of dollars a year', 1e6, D, 'contribute', 'Eric Trump')]),
],
'polnear/text/breitbart_2016-03-20_news-guide-donors-flocked-to-rub.txt': [
  ('WASHINGTON (AP) — Wealthy donor', [('$25 million', 25e6, D, 'handed over|outside group', None)]),
  ('Conservative Solutions PAC rai', [('about $58 million', 58e6, D, 'raised', None)]),
  ('More than 40 percent of that mo', [('More than 40 percent of that money', 40, PCT, 'money|arrived', 'new fundraising reports')]),
  ('Poultry magnate Ronald Cameron', [('$5 million', 5e6, D, 'contributing|top donor', None)]),
  ('Cameron, the chief executive of', [('$3 million', 3e6, D, 'given|group', None)]),
  ('and Starr International compani', [('a total $5 million', 5e6, D, 'gave|conservative solutions', None)]),
  ('Starr gave $10 million to a gro', [('$10 million', 10e6, D, 'gave|group', None)]),
  ('That’s why Bush had to lend', [('hundreds of thousands of dollars', 1e5, D, 'lend|campaign', 'fundraising documents')]),
  ('Chris Christie appeared to end', [('roughly $200,000 more', 200000, D, 'owing|more', None)]),
  ('Even so, in February he raised', [('$5.7 million', 5.7e6, D, 'raised', 'his campaign finance documents'),
    ('almost $5 million in cash', 5e6, D, 'cash|had', 'his campaign finance documents')]),
],
'polnear/text/west-journal_2016-02-11_these-angry-protesters-are-targe.txt': [
  ('Supporters of a federally', [('$15 minimum wage', 15, D, 'minimum wage|wage', None)]),
  ('Rival Hillary Clinton, however,', [('$12 minimum wage', 12, D, 'minimum wage|wage', 'Hillary Clinton')]),
  ('The union-backed', []),
  ('They have to decide whether to', []),
  ('They care about two things: Ge', [('$15 an hour', 15, D, 'getting|hour', None)]),
  ('Sanders started a petition this', [('the $15 minimum wage', 15, D, 'minimum wage|wage', None)]),
  ('The former secretary of state h', [('the $15 minimum wage', 15, D, 'minimum wage|wage', None)]),
  ('<tweet tweet-author="@SkyNews"', [('$15', 15, D, 'minimum wage|raise', '@BernieSanders')]),
  ('As reported by Western Journali', [('a $15 minimum wage', 15, D, 'minimum wage|wage|mandate', 'Western Journalism')]),
  ('The new law appears to have', [('around 4 percent', 4, PCT, 'profit margins|margins', None)]),
  ('Some restaurants have tacked o', [('a 15 percent surcharge', 15, PCT, 'surcharge', None)]),
  ('The organization also points ou', [('$7.25', 7.25, D, 'minimum wage|wage', 'The organization'),
    ('over half the states', 0.5, SH, 'states|set', 'The organization'),
    ('between $8 and $10', (8, 10), D, 'higher amount|amount|ranging', 'The organization')]),
  ('Andrew Cuomo is currently pushi', [('a $15 minimum', 15, D, 'minimum|require', None)]),
],
'polnear/text/breitbart_2016-04-24_anti-trump-groups-launch-ads-in-.txt': [
  ('GOP frontrunner Donald Trump is', []),
  ('It slams Trump University for r', [('more than $30,000', 30000, D, 'charging|students', 'It')]),
  ('In Wisconsin, Our Principles PA', [('$1.3 million dollars', 1.3e6, D, 'spent', None)]),
  ('The Club for Growth is reported', [('$1.5 million', 1.5e6, D, 'spending|television advertisements', None)]),
],
}
