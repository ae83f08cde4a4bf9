#!/usr/bin/env python3
"""tune11: an eleventh tuning set of figures, a second set rich in poll and vote shares, labelled
by hand before the figures code ran on it.

Drawn in session 22 for issue 14 (assignment 22h) by
`eval/figures/draw_tune.py tune11 2040 --n 10 --min-percent 3` (tune10's draw with a new seed:
draw_check2.draw with random.Random(2040), bbc-politics and PolNeAR train stories in no labelled
set, the checking sets check, check2 and check3 and the tuning sets tune-tune10 included; no copy
or rewrite of one; eight or more candidate figures in at most 20 candidate sentences; three or more
percentages in the candidate sentences). Ten stories were asked of each pool: the bbc-politics pool
holds none that passes the filter now (its one, bbc-politics/381, is tune10's), PolNeAR's train
split gives ten. Every candidate sentence is listed, empty where it holds no figure in scope; a
start never ends in a full stop (`build_labels.place` runs a sentence from the end of its start to
the next one). The worksheet format is build_labels.py's; `build_labels.py` imports TUNE11 and
places it as tune10's.

Decisions of the earlier rounds (build_labels.py, check3_labels.py, tune7_labels.py-tune10_labels.py),
and these where they were silent:
- jobs are counted things, not people ("63,000 jobs", "255,000 jobs in July"); a work force is
  people ("a total work force of 43 million");
- "a few billion dollars" is 3e9, as "a few hundred protesters" was 300; "billions of dollars"
  1e9 and "tens of millions of Americans" 1e7, as "Millions of workers" was 1e6;
- "the low 50s" (an approval rating with no sign) is no figure: no value can be read from it;
- "half a percentage point of the nation's gross domestic product" is points, as the text names
  them, `about` what they are of;
- "11 of the 15 board members" is two figures, as "only four of the 12" was;
- a list of results with the verb left out ("Ted Cruz at 23 percent; ... John Kasich, 9 percent",
  "37% liberal to 32% conservative", "42% say they are liberal, 34% conservative") gives each
  share the option it names; "a 56% and 54% approval rating" of two polls gives each the rating;
- a score written "62%-32%" or "by 43%-41%" is two figures, each `about` its side (tune10's);
- "2-1" is odds, no figure (tune9's, tune10's); "the two" naming two people is people (tune10's).
"""
P, D, E, PCT, PPL, SH, PTS = "pounds", "dollars", "euros", "percent", "people", "share", "points"

TUNE11 = {
'polnear/text/wash-post_2015-11-24_pfizer-deal-s-tax-strategy-assai.txt': [
  ('A $160 billion megamerger anno', [('$160 billion', 160e9, D, 'megamerger|merger', None)]),
  ('into an Irish drug company, usi', [('billions of dollars', 1e9, D, 'corporate taxes|taxes|dodge', None)]),
  ('Republicans also denounced the', [('17 or 18 percent', (17, 18), PCT, 'corporate tax rate|tax rate|rate|slash', 'company leaders'),
    ('25 percent', 25, PCT, 'effective|tax rate|rate', 'company leaders')]),
  ('A 2014 estimate by Congress', [('$33.6 billion', 33.6e9, D, 'inversions|cost', 'A 2014 estimate')]),
  ('Allergan, which is about half', [('about half the size of Pfizer', 0.5, SH, 'size|allergan', None),
    ('11 of the 15', 11, PPL, 'board members|come from pfizer|pfizer', None),
    ('15 board members', 15, PPL, 'board members', None)]),
  ("Allergan's current shareholders will", [('44 percent of the combined company', 44, PCT, 'combined company|own|shareholders', None),
    ('56 percent', 56, PCT, 'pfizer shareholders|shareholders|own', None)]),
  ('company own at least 60 percen', [('at least 60 percent of the shares', 60, PCT, 'shares|own', None)]),
  ('The final combined company is e', [('more than $25 billion', 25e9, D, 'operating cash flow|cash flow|generate', None)]),
  ('And lawmakers remain at odds o', [('35 percent', 35, PCT, 'corporate tax rate|tax rate|rate', None)]),
  ('Chicago-based AbbVie and Dublin', [('$54 billion inversion deal', 54e9, D, 'inversion deal|deal', None)]),
  ('The companies expect to save $2', [('$2 billion', 2e9, D, 'save', 'The companies')]),
  ("Pfizer's stock closed down 2.7", [('2.7 percent', 2.7, PCT, "pfizer's stock|stock|down|closed", None),
    ('$31.32', 31.32, D, "pfizer's stock|stock|closed", None),
    ('3.4 percent', 3.4, PCT, "allergan's stock|stock|fell", None),
    ('$301.72', 301.72, D, "allergan's stock|stock|fell", None)]),
],
'polnear/text/nyt_2016-08-31_the-human-face-of-coal-power.txt': [
  ('Facing blowback from labor unio', [('1.6 billion euros', 1.6e9, E, 'subsidy|mothball', None)]),
  ("I'm old enough to remember Pres", []),
  ('Germany may have few coal worke', [('43 million', 43e6, PPL, 'work force|total', None)]),
  ('Even in the United States, wher', [('50,000 remaining coal miners', 50000, PPL, 'coal miners|miners', None)]),
  ('Still, Hillary Clinton singled', [('$30 billion over 10 years', 30e9, D, 'offering|assistance|coal country', None)]),
  ('Yet even as environmentalists w', []),
  ("China's coal consumption appear", [('3.3 percent', 3.3, PCT, 'declined|coal consumption|consumption', None)]),
  ('India draws 62 percent of its p', [('62 percent of its power', 62, PCT, 'power|india|draws', None)]),
  ('Coal consumption is growing abo', [('about 7 percent a year', 7, PCT, 'coal consumption|consumption|growing', None)]),
  ('It will require a lot of attent', [('a few billion dollars', 3e9, D, 'require|attention', None)]),
  ('Several degrees of warming by 2', []),
],
'polnear/text/usa-today_2016-08-16_millennials-agree-in-poll-on-tra.txt': [
  ('Millennials have reached a broa', []),
  ('A new USA TODAY/Rock the Vote s', [('62%', 62, PCT, 'divide|issue|able to use|should be able', 'A new USA TODAY/Rock the Vote survey'),
    ('32%', 32, PCT, 'divide|issue|should not', 'A new USA TODAY/Rock the Vote survey'),
    ('34% strongly agree', 34, PCT, 'strongly agree|agree', 'A new USA TODAY/Rock the Vote survey'),
    ('17% strongly disagree', 17, PCT, 'strongly disagree|disagree', 'A new USA TODAY/Rock the Vote survey')]),
  ('We have bigger problems in life', []),
  ('Franson Reneus, 18,', []),
  ('In April, a Reuters/Ipsos poll', [('43%', 43, PCT, 'public overall|public|says|born', 'a Reuters/Ipsos poll'),
    ('41%', 41, PCT, 'public overall|public|identify|opposite', 'a Reuters/Ipsos poll')]),
  ('Those over 60 say they feel tha', []),
  ('On this as on other social issu', [('53%', 53, PCT, 'describe|liberal', None),
    ('26%', 26, PCT, 'say|conservative', None)]),
  ('On foreign policy, the divide i', [('37% liberal', 37, PCT, 'liberal|foreign policy', None),
    ('32% conservative', 32, PCT, 'conservative|foreign policy', None)]),
  ('On economic issues, 42% say the', [('42%', 42, PCT, 'say|liberal|economic issues', None),
    ('34% conservative', 34, PCT, 'conservative|economic issues', None)]),
  ('Supporters of Republican Donald', [('55%', 55, PCT, 'supporters|say|born', None),
    ('41%', 41, PCT, 'supporters|identify|opposite', None)]),
  ('By a much wider margin, support', [('76%', 76, PCT, 'supporters|say|identify', None),
    ('21%', 21, PCT, 'supporters|born|opposite', None)]),
  ('Friday, Texas, leading a coalit', []),
],
'polnear/text/usa-today_2016-08-22_call-the-gop-s-bluff-on-merrick-.txt': [
  ("President Obama's job approval", [('a robust 53%', 53, PCT, 'job approval rating|approval rating|obama|stands', 'the latest Washington Post-ABC News Poll')]),
  ('Other recent polls from Monmout', [('56%', 56, PCT, 'approval rating|approval|monmouth university', 'Other recent polls'),
    ('54% approval rating', 54, PCT, 'approval rating|approval|cnn/orc', 'Other recent polls')]),
  ("While Obama's popularity at thi", []),
  ('On July20, Garland officially b', []),
  ('6, when the Senate reconvenes a', []),
  ('Garland is 63 years old and has', []),
  ('Paul Watford, Sri Srinivasan, M', []),
  ('For Obama, it would be a shrewd', []),
],
'polnear/text/nyt_2016-06-15_clinton-s-chance-to-make-bold-ch.txt': [
  ('With the threat of terrorism do', []),
  ('The economy of spring 2000, whe', []),
  ('Clinton during her two presiden', []),
  ("And with today's jobless rate s", [('close to 5 percent', 5, PCT, 'jobless rate|rate', None),
    ('3.8 percent unemployment', 3.8, PCT, 'unemployment', None)]),
  ('But the mantra that worked in t', [('tens of millions of Americans', 1e7, PPL, 'americans|abstraction', None)]),
  ('She needs one or two big ideas', []),
  ('There are only 300,000 steel wo', [('only 300,000 steel workers', 300000, PPL, 'steel workers|workers', None)]),
  ('For instance, she is proposing', [('$275 billion', 275e9, D, 'federal infrastructure investment|infrastructure investment|investment|proposing', None)]),
  ('That is less than 10 percent of', [('less than 10 percent', 10, PCT, 'estimates|needed|what', None)]),
  ("Clinton's entire tax plan would", [('$1.1 trillion', 1.1e12, D, 'tax plan|raise', 'the Tax Policy Center'),
    ('half a percentage point', 0.5, PTS, "gross domestic product|domestic product|product", 'the Tax Policy Center')]),
  ("Sanders's plan would raise $15.", [('$15.3 trillion in new taxes', 15.3e12, D, 'new taxes|taxes|raise', None)]),
  ('Trump would cut tax revenues by', [('$9.5 trillion', 9.5e12, D, 'cut|tax revenues|revenues', None)]),
  ('What about dismissing the defic', [('$1 trillion or so', 1e12, D, 'borrowing|infrastructure', None)]),
  ('Or how about imposing a progres', [('some 160,000 American families', 160000, PPL, 'american families|families', None),
    ('$12 trillion', 12e12, D, 'pass|next generation', None)]),
  ("Trump's bombastic appeal to whi", []),
  ('Obama raised tax rates on the r', [('millions of Americans', 1e6, PPL, 'americans|health insurance', None)]),
  ('The income of the richest 1 per', [('the richest 1 percent', 1, PCT, 'richest', None),
    ('27 percent', 27, PCT, 'grew|income', None)]),
  ('The average gain for everybody', [('4 percent', 4, PCT, 'average gain|gain|exceeded', None)]),
],
'polnear/text/usa-today_2016-06-22_clinton-coverage-highlights-tv-g.txt': [
  ("On CNN's Anderson Cooper 360 an", [('about one in three of the voices', 1 / 3, SH, 'voices|women', None)]),
  ('Only The Rachel Maddow Show on', [('50%', 50, PCT, 'hit|women|rachel maddow show', None)]),
  ('Three months ago,', []),
  ('Our project monitors the number', []),
  ('From March through May, Anderso', [('close to 50% women', 50, PCT, 'women|included', None)]),
  ('Research conducted for the Wome', [('65% of U.S', 65, PCT, 'reported|men|u.s', "Research conducted for the Women's Media Center")]),
  ('In the 2012 election, 71% of fr', [('71% of front-page stories', 71, PCT, 'front-page stories|stories|written', None)]),
  ('On cable and network TV, politi', [('77% men', 77, PCT, 'men|guests|experts', None)]),
  ('When one of the two presidentia', [('two presidential candidates', 2, PPL, 'presidential candidates|candidates', None)]),
],
'polnear/text/nyt_2016-02-04_polls-miss-trump-s-fall-in-iowa-.txt': [
  ('Trump was at the top of each of', [('seven-point lead', 7, PTS, 'lead|trump|polling averages', None),
    ('three-point loss', 3, PTS, 'loss|ted cruz', None)]),
  ('Despite leading each of the las', [('seven percentage points', 7, PTS, 'leading|average', None)]),
  ('Trump was defeated in the Iowa', [('27.6 percent', 27.6, PCT, 'cruz|won|ted cruz', None),
    ('24.3 percent', 24.3, PCT, 'trump|defeated', None),
    ('100 percent of precincts', 100, PCT, 'precincts|reporting', None)]),
  ('Senator Marco Rubio of Florida f', [('23.1 percent of the vote', 23.1, PCT, 'vote|rubio|finished', None)]),
  ('Trump came closer to taking thi', []),
  ('It probably signals the beginni', []),
  ('He lost by a wide margin among', []),
  ('He could fare well in South Car', []),
  ('He won just 19 percent among', [('just 19 percent', 19, PCT, 'somewhat conservative|voters|won', None),
    ('9 percent of the', 9, PCT, 'moderate|vote', None)]),
  ('He finished in a strong third p', []),
  ('Four mainstream conservative ca', [('Four mainstream conservative candidates', 4, PPL, 'conservative candidates|candidates', None)]),
  ('Rubio - have all been clustered', [('near 10 percent of the vote', 10, PCT, 'vote|clustered', 'New Hampshire surveys')]),
  ('It would bring about a true thr', []),
],
'polnear/text/usa-today_2016-08-10_historians-clinton-obama-linked-.txt': [
  ('Clinton has aligned herself clo', [('the two', 2, PPL, 'were|arm in arm', None)]),
  ('At least a half-dozen times, Tr', []),
  ('There will be no change under H', []),
  ("It's never worked anytime in mo", []),
  ("Obama's approval rating has rise", [('37%', 37, PCT, 'favorability ratings|favorability|clinton|trump', 'Gallup')]),
  ('This was trickier, though, beca', [('near 60%', 60, PCT, 'approval rating|hovering|he', None)]),
  ("Reagan's Gallup average that ye", [('53%', 53, PCT, 'gallup average|average|reagan', None)]),
  ('On Friday, the Labor Department', []),
  ('That number follows 292,000 in', []),
  ('That follows not-so-good news t', [('1.2%', 1.2, PCT, 'gross domestic product|increased', None)]),
],
'polnear/text/west-journal_2016-03-15_right-before-super-tuesday-hilla.txt': [
  ('Right Before ‘Super Tuesday 2’', []),
  ('Fewer than half of the voters s', [('Fewer than half of the voters surveyed', 0.5, SH, 'voters|support|clinton', 'a new poll')]),
  ('In the new Morning Consult poll', [('40 percent of likely Democrat voters', 40, PCT, 'likely democrat voters|voters|back|sanders', 'the new Morning Consult poll'),
    ('four points', 4, PTS, 'up|sanders|back', 'the new Morning Consult poll')]),
  ('Clinton’s support fell by that', [('48 percent', 48, PCT, 'support|fell|clinton', None),
    ('50 percent', 50, PCT, 'support level|below|support', None)]),
  ('“When people respond by the mil', [('the millions', 1e6, PPL, 'people|respond', None)]),
  ('The Morning Consult poll showed', [('42 percent', 42, PCT, 'trump|lead|republican side', 'The Morning Consult poll')]),
  ('Ted Cruz at 23 percent', [('23 percent', 23, PCT, 'cruz|ted cruz', None)]),
  ('Marco Rubio at 12 percent, and', [('12 percent', 12, PCT, 'rubio|marco rubio', None)]),
  ('John Kasich, 9 percent', [('9 percent', 9, PCT, 'kasich|john kasich', None)]),
],
'polnear/text/nyt_2015-12-18_rubio-and-cruz-diverge-on-approa.txt': [
  ('One candidate, Marco Rubio, nur', []),
  ('Together, Senators Rubio and Cr', [('two Hispanics', 2, PPL, 'hispanics|running|candidates', None)]),
  ('The two have emerged as perhaps', [('The two', 2, PPL, 'emerged|alternatives', None)]),
  ('Three years after Republicans v', []),
  ("If you don't have a positive, c", [('the two men', 2, PPL, 'men', 'Alfonso Aguilar')]),
  ('This week, two liberal Hispanic', []),
  ('To win the White House, candida', [('about 40 percent of the Hispanic vote', 40, PCT, 'hispanic vote|vote|capture', 'political analysts'),
    ('27 percent', 27, PCT, 'romney|mitt romney|stumbled', None)]),
  ('The similarities between the tw', [('the two candidates', 2, PPL, 'candidates|similarities', None)]),
  ('Both men are first-generation A', []),
  ('In their style, policies on imm', [('the two', 2, PPL, 'diverge', None)]),
  ("Rubio's Cuban side during the f", []),
  ("Rubio: ''He is American 100 per", [('100 percent', 100, PCT, 'american', None)]),
  ('For two years, his father refus', []),
  ('His father fled Cuba with $100', [('$100', 100, D, 'sewn|underwear|fled', None)]),
],
}
