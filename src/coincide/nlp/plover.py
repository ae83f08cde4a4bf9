"""The PLOVER trigger lexicon: which verbs and nouns name which PLOVER event type.

Written from the PLOVER codebook's category definitions and modes (Open Event Data Alliance,
PLOVER_MANUAL, CC BY-SA 4.0) and the CAMEO-to-PLOVER crosswalk (CAMEO2PLOVER-2021): each CAMEO
category's verbs ("Arrest, detain" 173 -> COERCE arrest; "Ease economic sanctions" 085 -> RETREAT;
"Reduce or stop aid" 162 -> SANCTION) are listed here by English lemma. CAMEO 02 "Appeal" and 10
"Demand" are both PLOVER's REQUEST, which the gold records call DEMAND; ACCUSE is split, as in the
gold records, into DISAPPROVE and INVESTIGATE.

Three tables, because English expresses an event three ways:

- VERBS: a verb that names the event on its own ("arrested", "shelled", "rejected").
- NOUNS: an event noun ("talks", "curfew", "hunger strike"), an event when something carries it
  out (a light verb: "held talks", "imposed a curfew") or when an actor stands with it ("Russia's
  supply of weapons", "a meeting with Putin").
- OBJECT_VERBS: verbs whose type depends on their object ("sent weaponry" AID, "sent inspectors"
  INVESTIGATE, "blocked roads" PROTEST), and REVERSERS, which undo what their object names ("lifted
  the blockade" RETREAT, "suspended aid" SANCTION).
"""

from __future__ import annotations

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "DEMAND", "DISAPPROVE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "INVESTIGATE",
)

# Cooperation a future or intended act expresses as AGREE (CAMEO 03 "Express intent to cooperate");
# conflict it expresses as THREATEN (CAMEO 13).
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
CONFLICTUAL = {"SANCTION", "COERCE", "ASSAULT", "FIGHT", "MOBILIZE", "PROTEST"}


def _table(spec: str) -> dict[str, tuple[str, str | None]]:
    """'TYPE[:mode]: lemma lemma ...' lines to {lemma: (TYPE, mode)}; multiword lemmas use '_'."""
    out: dict[str, tuple[str, str | None]] = {}
    for line in spec.strip().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        head, words = line.split(":", 1)
        kind, _, mode = head.partition("/")
        for w in words.split():
            out[w.replace("_", " ")] = (kind.strip(), mode.strip() or None)
    return out


VERBS = _table(
    """
    AGREE: agree pledge promise offer accept consent volunteer propose commit
    CONSULT: meet negotiate consult confer discuss mediate host visit telephone phone
    SUPPORT: support praise endorse back defend welcome forgive recognize recognise
    SUPPORT: commend hail applaud congratulate thank ratify sign reaffirm
    COOPERATE: cooperate collaborate coordinate extradite ally partner
    AID/economic: fund finance donate lend loan
    AID: aid assist airlift
    AID/military: arm
    CONCEDE: concede yield relent accede legalize legalise pardon acquit amnesty
    CONCEDE: apologize apologise  # expressions of regret (PLOVER_MANUAL, CONCEDE; the settled reading, not the crosswalk's 055)
    RETREAT/withdraw: withdraw retreat evacuate
    RETREAT/release: release free
    RETREAT/disarm: surrender disarm demobilize demobilise capitulate
    RETREAT: reopen
    DEMAND: demand urge appeal request insist press petition plead implore exhort
    DISAPPROVE: accuse criticize criticise condemn denounce blame deplore complain censure rebuke
    DISAPPROVE: slam lambast decry castigate reprimand indict sue allege chastise fault scold
    REJECT: reject refuse decline oppose veto dismiss rebuff spurn defy resist repudiate renounce
    REJECT: renege backtrack deny
    THREATEN: threaten menace
    PROTEST/demo: protest demonstrate rally march picket
    PROTEST/riot: riot
    SANCTION/withdraw: sever
    SANCTION/expel: recall
    SANCTION/convict: convict
    MOBILIZE: mobilize mobilise deploy reinforce mass
    COERCE/arrest: arrest detain jail imprison
    COERCE/seize: seize confiscate impound
    COERCE/deport: deport
    COERCE/ban: ban outlaw censor
    COERCE: hack restrict curb raid evict occupy annex
    ASSAULT: kill murder assassinate wound injure massacre behead execute stab beat lynch
    ASSAULT/torture: torture
    ASSAULT/sexual: rape
    ASSAULT/abduct: kidnap abduct hijack
    ASSAULT/explosives: bomb
    ASSAULT: abuse ambush assault shoot
    FIGHT: fight battle clash shell bombard invade retake recapture overrun storm attack capture
    INVESTIGATE: investigate inspect probe examine audit
    """
)

# Verbs whose common sense in the news is no event: "offered a clear choice", "the changes proposed
# by Lord Dubs", "people who have signed up", "committed adultery", "designed to appeal to women".
# The CAMEO dictionary codes them through the company its patterns name (SIGN, PERPETUATE and
# EMBRACE, the block of "accept", have no code of their own: "accepted the inquiry's findings",
# "accepted his decision" are no agreements; OFFER, SUGGEST and APPEAL list the objects that make an offer, a proposal or
# an appeal: aid, talks, a ceasefire, a treaty), so here they code only with such company: a
# pattern of their block, a hand object table ("signed a deal"), an infinitive saying what is
# offered or asked ("offered to send troops", "appealed to them to stay"), or the preposition of
# their event sense (BY_COMPANY_PREPS: "committed itself to", "appealed for calm", "signed up to").
BY_COMPANY = frozenset("offer propose sign commit appeal accept".split())
BY_COMPANY_PREPS = {"commit": ("to",), "appeal": ("for",), "sign": ("to",)}

# Verbs whose event sense acts on somebody: one meets a person or a body (not "met its targets",
# "met with disapproval", "meet concerns"), recognises a state or a government (CAMEO 054, not
# "recognised people's concerns"), funds or lends to somebody (CAMEO 07 aid, not "fund public
# services", "financed from a tax increase"), releases or frees people (CAMEO 0841, not "free up
# money", "pheromones released"), recalls an envoy (CAMEO 1641, not "recalled a stream of remarks",
# "recalls how"). They code only when the object, a passive subject or a phrase with the
# preposition given here names somebody (events._on_somebody).
ON_SOMEBODY = {"meet": ("with",), "face": ("with",), "recognise": (), "recognize": (), "fund": ("to", "for"), "finance": ("to", "for"),
               "donate": ("to",), "lend": ("to",), "loan": ("to",), "release": (), "free": (), "recall": ()}

# One's own word: breaking or abandoning it (reversed_type) ends no relation with anybody, so it is
# no sanction ("Labour has broken its promise on immigration").
PROMISES = frozenset("promise pledge vow commitment undertaking assurance guarantee word".split())

# "sexually abused", "ethnic cleansing": a modifier that decides the type whatever the verb
MODIFIED = {("abuse", "sexually"): ("ASSAULT", "sexual")}

NOUNS = _table(
    """
    CONSULT: meeting talks summit negotiation negotiations visit consultation consultations
    CONSULT: conference discussion discussions mediation dialogue parley
    AGREE: agreement consensus deal accord pledge promise offer understanding
    SUPPORT: endorsement treaty recognition praise
    CONCEDE: apology apologies  # regret is CONCEDE (PLOVER_MANUAL), as the verbs
    COOPERATE: cooperation alliance partnership exercise exercises
    AID: aid assistance relief donation donations loan airlift supply supplies shipment shipments delivery deliveries
    AID/military: weapon weapons weaponry arms ammunition
    AID/humanitarian: medicine medicines food
    RETREAT/withdraw: withdrawal pullback pullout retreat evacuation
    RETREAT/ceasefire: ceasefire cease-fire truce armistice
    RETREAT/release: release
    RETREAT/disarm: surrender disarmament demobilization demobilisation
    DEMAND: demand demands appeal request plea
    DISAPPROVE: accusation accusations criticism condemnation complaint complaints allegation
    DISAPPROVE: allegations lawsuit indictment
    REJECT: rejection refusal veto
    THREATEN: threat threats ultimatum
    PROTEST/demo: protest protests demonstration demonstrations rally rallies march sit-in
    PROTEST/riot: riot riots
    PROTEST/boycott: strike strikes boycott walkout
    PROTEST/hunger: hunger_strike
    SANCTION/discontinue: sanctions sanction embargo
    SANCTION/expel: expulsion
    MOBILIZE: mobilization mobilisation deployment buildup build-up alert reinforcements
    COERCE/arrest: arrest arrests detention
    COERCE/curfew: curfew
    COERCE/martial-law: martial_law state_of_emergency emergency
    COERCE: crackdown blockade siege occupation seizure deportation ban restrictions restriction
    ASSAULT: attack attacks bombing bombings assassination killing killings massacre kidnapping
    ASSAULT: abduction hijacking torture ambush
    ASSAULT/cleansing: ethnic_cleansing
    FIGHT: fighting battle battles clash clashes offensive shelling bombardment invasion airstrike
    FIGHT: airstrikes air_strike air_strikes raid raids incursion
    INVESTIGATE: investigation investigations inquiry probe inspection inspections
    """
)

# Event nouns a compound makes a kind of telling, no event: "held a news conference".
NOT_EVENTS = frozenset({"news conference", "press conference", "news briefing", "press briefing"})

# Verbs that say that their object noun happens: "held talks", "imposed a curfew", "staged a
# rally". The event is the noun's; the verb's subject carries it out.
LIGHT = frozenset(
    """
    hold stage launch conduct carry begin start continue resume renew organize organise mount impose
    declare open issue undertake make reach sign wage call step intensify order complete attend
    join lead announce set institute enforce unleash mount finalize finalise conclude strike
    provide give send deliver supply ship grant offer extend hand pour
    """.split()
)

# Verbs whose object's type becomes the event's; the verb alone is no event ("sent a letter").
TRANSFER = frozenset(
    "provide give send deliver supply ship grant hand pour dispatch despatch transfer sell airlift".split()
)
# What a transfer carries: AID unless the object is people sent to look (INVESTIGATE) or to fight
# (MOBILIZE; CAMEO 154 "Mobilize or increase armed forces").
TRANSFER_OBJECTS = {
    **{w: ("AID", "military") for w in "weapon weaponry arm ammunition missile rifle tank firearm munition".split()},
    **{w: ("AID", "humanitarian") for w in "food medicine medicines supply supplies relief water blanket tent grain flour rice shelter".split()},
    **{w: ("AID", "economic") for w in "money dollar dollars euro loan fund funds cash credit grant".split()},
    **{w: ("AID", None) for w in "aid assistance help".split()},
    **{w: ("AID", "peacekeeping") for w in "peacekeeper peacekeepers".split()},
    **{w: ("AID", "asylum") for w in "asylum refuge".split()},
    **{w: ("INVESTIGATE", None) for w in "inspector inspectors investigator investigators monitor monitors observer observers team mission".split()},
    **{w: ("MOBILIZE", None) for w in "troop troops soldier soldiers force forces warship warships reinforcement reinforcements".split()},
}

# Verbs that undo what their object names. The object's type decides what undoing it is: ending
# coercion or sanctions is RETREAT or CONCEDE, ending cooperation is SANCTION.
REVERSERS = frozenset(
    "lift ease end cancel revoke rescind suspend halt stop cut reduce break sever freeze postpone scrap drop abandon relax remove"
    .split()
)
# Objects a reverser turns into CONCEDE rather than RETREAT (the codebook: lifting curfews,
# restrictions and states of emergency are verbal concessions).
CONCESSIONS = frozenset("restriction restrictions ban emergency curfew law martial censorship".split())
# Relations, ties and exchanges a reverser breaks off: SANCTION (CAMEO 16 "Reduce relations").
RELATIONS = frozenset("relation relations tie ties contact contacts cooperation trade".split())

# Verbs with a type only for some objects: (verb, object lemma) -> (TYPE, mode).
VERB_OBJECT = {
    ("take", "place"): (None, None),  # "the screening took place": an idiom of happening, no taking
    ("take", "part"): (None, None),  # "take part in a mock election": joining in, no taking
    ("commit", "offence"): (None, None),  # "committing a criminal offence": doing, no commitment
    ("commit", "offense"): (None, None),
    ("commit", "crime"): (None, None),
    ("commit", "fraud"): (None, None),
    ("open", "fire"): ("FIGHT", None),
    ("open", "border"): ("AID", None),
    ("open", "borders"): ("AID", None),
    ("open", "investigation"): ("INVESTIGATE", None),
    ("share", "expertise"): ("COOPERATE", "intelligence"),
    ("share", "intelligence"): ("COOPERATE", "intelligence"),
    ("share", "information"): ("COOPERATE", "intelligence"),
    ("exchange", "information"): ("COOPERATE", "intelligence"),
    ("exchange", "prisoner"): ("RETREAT", "release"),
    ("exchange", "prisoners"): ("RETREAT", "release"),
    ("expel", "diplomat"): ("SANCTION", "expel"),
    ("expel", "diplomats"): ("SANCTION", "expel"),
    ("expel", "ambassador"): ("SANCTION", "expel"),
    ("expel", "inspector"): ("SANCTION", "expel"),
    ("expel", "inspectors"): ("SANCTION", "expel"),
    ("expel", "observers"): ("SANCTION", "expel"),
    ("expel", "monitors"): ("SANCTION", "expel"),
    ("block", "road"): ("PROTEST", "obstruct"),
    ("block", "roads"): ("PROTEST", "obstruct"),
    ("block", "street"): ("PROTEST", "obstruct"),
    ("block", "streets"): ("PROTEST", "obstruct"),
    ("block", "bridge"): ("PROTEST", "obstruct"),
    ("block", "highway"): ("PROTEST", "obstruct"),
    ("block", "roadway"): ("PROTEST", "obstruct"),
    ("block", "traffic"): ("PROTEST", "obstruct"),
    ("block", "transport"): ("PROTEST", "obstruct"),
    ("block", "entrance"): ("PROTEST", "obstruct"),
    ("block", "access"): ("COERCE", "restrict"),
    ("shun", "work"): ("PROTEST", "boycott"),
    ("boycott", "election"): ("PROTEST", "boycott"),
    ("boycott", "elections"): ("PROTEST", "boycott"),
    ("boycott", "talks"): ("REJECT", None),
    ("throw", "stone"): ("PROTEST", "riot"),
    ("throw", "stones"): ("PROTEST", "riot"),
    ("use", "gas"): ("COERCE", None),
    ("fire", "gas"): ("COERCE", None),
    ("disperse", "demonstrators"): ("COERCE", None),
    ("disperse", "protesters"): ("COERCE", None),
    ("disperse", "crowd"): ("COERCE", None),
    ("prevent", "demonstration"): ("COERCE", None),
    ("prevent", "rally"): ("COERCE", None),
    ("prevent", "protest"): ("COERCE", None),
    ("set", "fire"): ("ASSAULT", None),
    ("fire", "rocket"): ("FIGHT", None),
    ("fire", "rockets"): ("FIGHT", None),
    ("fire", "missile"): ("FIGHT", None),
    ("fire", "missiles"): ("FIGHT", None),
    ("fire", "shell"): ("FIGHT", None),
    ("fire", "shells"): ("FIGHT", None),
    ("fire", "mortar"): ("FIGHT", None),
    ("blow", "up"): ("ASSAULT", "explosives"),
    ("destroy", "home"): ("ASSAULT", None),
    ("destroy", "homes"): ("ASSAULT", None),
    ("destroy", "village"): ("ASSAULT", None),
    ("close", "border"): ("SANCTION", None),
    ("close", "embassy"): ("SANCTION", "withdraw"),
    ("close", "newspaper"): ("COERCE", "ban"),
    ("shut", "newspaper"): ("COERCE", "ban"),
    ("grant", "amnesty"): ("CONCEDE", None),
    ("issue", "warrant"): ("THREATEN", "arrest"),
    ("issue", "ultimatum"): ("THREATEN", None),
    ("seek", "asylum"): ("DEMAND", None),
    ("seek", "refuge"): ("DEMAND", None),
    ("allow", "access"): ("RETREAT", "access"),
    ("allow", "delivery"): ("RETREAT", "access"),
    ("allow", "inspectors"): ("RETREAT", "access"),
    ("raise", "alert"): ("MOBILIZE", None),
    ("strengthen", "forces"): ("MOBILIZE", None),
    ("strengthen", "presence"): ("MOBILIZE", None),
    ("increase", "forces"): ("MOBILIZE", None),
    ("mass", "troops"): ("MOBILIZE", None),
    ("reach", "consensus"): ("AGREE", None),
    ("reach", "agreement"): ("AGREE", None),
    ("sign", "agreement"): ("SUPPORT", None),
    ("sign", "accord"): ("SUPPORT", None),
    ("sign", "treaty"): ("SUPPORT", None),
    ("sign", "deal"): ("SUPPORT", None),
}

# "X remained on alert", "put troops on alert": the prepositional object decides.
VERB_PREP_OBJECT = {
    ("on", "alert"): ("MOBILIZE", None),
    ("on", "strike"): ("PROTEST", "boycott"),
    ("into", "computer"): ("COERCE", None),
    ("into", "computers"): ("COERCE", None),
    ("on", "trial"): ("COERCE", "arrest"),
    ("to", "death"): ("COERCE", "arrest"),
    ("in", "protest"): ("PROTEST", None),
    ("to", "protest"): ("PROTEST", None),
    ("for", "refuge"): ("DEMAND", None),
    ("for", "asylum"): ("DEMAND", None),
}

# Phrasal verbs (verb + particle) and their types.
PHRASAL = {
    ("call", "for"): ("DEMAND", None),
    ("call", "on"): ("DEMAND", None),
    ("call", "off"): ("SANCTION", None),
    ("push", "for"): ("DEMAND", None),
    ("ask", "for"): ("DEMAND", None),
    ("press", "for"): ("DEMAND", None),
    ("hand", "over"): ("AID", None),
    ("turn", "over"): ("RETREAT", "release"),
    ("pull", "out"): ("RETREAT", "withdraw"),
    ("pull", "back"): ("RETREAT", "withdraw"),
    ("break", "off"): ("SANCTION", "withdraw"),
    ("cut", "off"): ("SANCTION", "discontinue"),
    ("crack", "down"): ("COERCE", None),
    ("blow", "up"): ("ASSAULT", "explosives"),
    ("look", "into"): ("INVESTIGATE", None),
    ("hack", "into"): ("COERCE", None),
    ("step", "down"): ("CONCEDE", None),
    ("set", "up"): (None, None),  # "set up a centre" is no event by itself
    ("force", "out"): ("SANCTION", "expel"),
    ("drive", "out"): ("SANCTION", "expel"),
    ("open", "fire"): ("FIGHT", None),
    ("speed", "up"): (None, None),
    ("shut", "down"): ("COERCE", None),
    ("hammer", "out"): ("AGREE", None),  # "hammer out a deal": an agreement worked out, no attack
    ("accord", "to"): (None, None),  # "according to the documents": a source named, no event
}

# Intention verbs: an event in their complement has not happened. Their own type (if any) is the
# event; the complement only tells the mode. `None` means "recast the complement's type as intent".
INTENT = {
    "agree": "AGREE", "pledge": "AGREE", "promise": "AGREE", "offer": "AGREE", "vow": "AGREE",
    "volunteer": "AGREE", "commit": "AGREE", "consent": "AGREE", "accept": "AGREE", "propose": "AGREE",
    "threaten": "THREATEN", "warn": "THREATEN",
    "demand": "DEMAND", "urge": "DEMAND", "ask": "DEMAND", "appeal": "DEMAND", "request": "DEMAND",
    "press": "DEMAND", "insist": "DEMAND", "call": "DEMAND", "push": "DEMAND", "seek": "DEMAND",
    "refuse": "REJECT", "reject": "REJECT", "decline": "REJECT", "oppose": "REJECT",
    "plan": None, "intend": None, "prepare": None, "decide": None, "want": None, "hope": None,
    "aim": None, "expect": None, "vote": None,
}

# Verbs that pass their complement's event through unchanged ("tried to hack", "began shelling").
TRANSPARENT = frozenset("try attempt begin start continue resume manage help move proceed go seem".split())

# Military subjects or instruments make killing and bombing conventional warfare (FIGHT) rather
# than one-sided violence (ASSAULT), the codebook's line between the two.
MILITARY = frozenset(
    """
    army armies force forces troop troops military aircraft warplane warplanes jet jets helicopter
    helicopters gunship gunships artillery tank tanks navy warship warships airforce bomber bombers
    drone drones
    """.split()
)

MODES_FOR_NOUN = {
    "weapon": "military", "weapons": "military", "weaponry": "military", "arms": "military",
    "ammunition": "military", "troops": "military", "military": "military",
    "food": "humanitarian", "medicine": "humanitarian", "humanitarian": "humanitarian",
    "relief": "humanitarian", "economic": "economic", "financial": "economic", "money": "economic",
}


def intent_type(kind: str) -> str | None:
    """What announcing or planning an event of `kind` is: AGREE for cooperation, THREATEN else;
    CONCEDE for a retreat or concession still to come ("would withdraw troops", "will be freed"):
    the codebook's AGREE says future RETREAT and CONCEDE "do not reduce to AGREE", and its CONCEDE
    codes "announced ... would withdraw troops" CONCEDE (announcements of future retreats)."""
    if kind in ("RETREAT", "CONCEDE"):
        return "CONCEDE"
    if kind in COOPERATIVE or kind == "AGREE":
        return "AGREE"
    if kind in CONFLICTUAL or kind in ("SANCTION", "THREATEN"):
        return "THREATEN"
    return None


def reversed_type(noun_kind: str | None, noun: str) -> tuple[str, str | None] | None:
    """What ending or suspending the thing a noun names is."""
    if noun in RELATIONS:
        return ("SANCTION", "withdraw")
    if noun in PROMISES:
        return ("", None)  # a broken promise: no event (events drops the empty type)
    if noun_kind in ("COERCE", "SANCTION"):
        return ("CONCEDE", None) if noun in CONCESSIONS else ("RETREAT", "ease")
    if noun_kind in ("AID", "CONSULT", "COOPERATE", "SUPPORT", "AGREE"):
        return ("SANCTION", "discontinue")
    if noun_kind in ("FIGHT", "ASSAULT", "MOBILIZE"):
        return ("RETREAT", "disarm")
    if noun_kind == "PROTEST":
        return ("CONCEDE", None)
    return None


# Why VERBS overrides the CAMEO verb dictionary (coincide.nlp.cameo) for some verbs. Where the
# dictionary's own code for a verb reads as the same PLOVER type as VERBS, the dictionary decides
# (its patterns refine the verb by its company); for the verbs below VERBS decides, because the
# dictionary's code for the verb is not the PLOVER reading of it, or there is none. Every verb
# of `events.cameo_overrides()` belongs to one class here (tests/test_cameo.py holds them to it).
OVERRIDE_CLASSES: dict[str, tuple[str, frozenset[str]]] = {
    name: (why, frozenset(words.split()))
    for name, (why, words) in {
        "commitment": (
            "agreeing, accepting or proposing to do something is PLOVER AGREE (CAMEO 03 intent); "
            "the dictionary files these verbs under diplomatic cooperation (050), yielding (080) or appeals (020)",
            "agree accept consent propose commit",
        ),
        "regret": (
            "apologising is PLOVER CONCEDE (PLOVER_MANUAL: expressions of regret; the settled reading of the BBC "
            "samples, issue 14); the dictionary's APOLOGIZE block is 055, which the 2021 table maps to SUPPORT",
            "apologise apologize",
        ),
        "cooperation": (
            "working together is PLOVER COOPERATE (CAMEO 06); the dictionary's COLLABORATE block is 050 (SUPPORT)",
            "cooperate collaborate coordinate ally partner",
        ),
        "aid": (
            "giving money, arms or help is PLOVER AID (CAMEO 07); the dictionary files them under material cooperation (06)",
            "fund finance lend loan aid assist arm",
        ),
        "talks": (
            "negotiating and mediating are PLOVER CONSULT (CAMEO 045/046); the dictionary's block is COMPROMISE (080)",
            "negotiate mediate",
        ),
        "verbal support": (
            "defending, ratifying, signing and reaffirming are PLOVER SUPPORT (CAMEO 052, 057); the dictionary "
            "reads 'defend' as military protection (074) and has no code for the others",
            "defend ratify sign reaffirm",
        ),
        "material retreat": (
            "withdrawing, freeing, surrendering, disarming and evacuating are PLOVER RETREAT (CAMEO 084, 087); "
            "the 2021 table reads their block (080 yield) as CONCEDE, and 'disarm' sits in DESTROY (190)",
            "withdraw retreat free surrender capitulate disarm evacuate reopen demobilize demobilise relent amnesty",
        ),
        "accusation": (
            "slamming, indicting and suing are PLOVER DISAPPROVE (CAMEO 111, 115); the dictionary reads 'slam' "
            "as a crash and 'indict'/'sue' as arrest (173)",
            "slam indict sue lambast",
        ),
        "refusal": (
            "rejecting, refusing, resisting, denying, vetoing, dismissing are PLOVER REJECT (CAMEO 12); the "
            "dictionary leaves their blocks without a code or files them as disapproval (110) or a ban (172)",
            "reject refuse resist deny renege backtrack oppose veto dismiss rebuff spurn renounce repudiate",
        ),
        "pressure": (
            "urging is PLOVER DEMAND (CAMEO 10); menacing is THREATEN; the dictionary has neither verb",
            "urge menace",
        ),
        "protest": (
            "rallying and picketing are PLOVER PROTEST (CAMEO 141); the dictionary reads 'rally' as mobilising forces (150)",
            "rally picket",
        ),
        "sanction and force posture": (
            "severing ties and recalling envoys are SANCTION (CAMEO 161, 166); deploying, reinforcing and massing "
            "are MOBILIZE (154); hacking, raiding and impounding are COERCE; the dictionary has no or another code",
            "sever recall convict deploy reinforce mass hack raid impound",
        ),
        "one-sided violence": (
            "killing, bombing, shooting, beating, ambushing and hijacking are PLOVER ASSAULT unless armed forces do it "
            "(then FIGHT, the rule in events.classify_verb); CAMEO codes all of it as military force (190) or seizure (171)",
            "kill murder behead execute lynch beat bomb ambush assault shoot hijack",
        ),
        "taking ground": (
            "invading, capturing and retaking ground are PLOVER FIGHT; the 2021 table reads CAMEO 192 (occupy) as COERCE",
            "invade recapture overrun capture retake",
        ),
    }.items()
}


# ---------------------------------------------------------------- violence needs violence
# ASSAULT, FIGHT and COERCE are physical: PLOVER codes force used on people, places, forces or
# property. Political news uses their verbs for words ("attacked Tory plans", "Blair blasts"),
# contests ("fought a positive campaign", "Scottish Cup clash") and laws ("ban smoking"); an event
# of force is kept only with physical evidence in its clause (events._physical).

# Verbs and nouns whose own sense is harm to bodies or liberty: evidence enough, unless what they
# act on is plainly no body, place or property ("kill the bill", "shoot down the plan").
HARM = frozenset(
    """
    kill murder assassinate wound injure massacre behead execute stab shoot lynch torture rape kidnap
    abduct hijack bomb shell bombard arrest detain jail imprison deport evict seize confiscate impound
    raid occupy annex invade airstrike killing killings massacre bombing bombings shelling assassination
    kidnapping abduction hijacking torture ambush arrest arrests detention deportation curfew siege blockade
    occupation invasion seizure shooting stabbing beheading execution martial emergency crackdown
    """.split()
)
# Verbs of attack that news uses for words more often than for blows: without physical evidence
# they are criticism (CAMEO 111, PLOVER DISAPPROVE) when aimed at somebody or something.
VERBAL_ATTACK = frozenset("attack assail blast slam hammer savage lambast round target hit storm".split())
# Where force lands: people and their groups, forces, places and property.
PHYSICAL_TARGETS = frozenset(
    """
    people person civilian civilians soldier soldiers troop troops refugee refugees child children woman
    women man men protester protesters demonstrator demonstrators prisoner prisoners villager villagers
    resident residents worker workers student students police policeman policemen officer officers guard
    guards journalist journalists hostage hostages detainee detainees family families crowd crowds
    fighter fighters militant militants rebel rebels insurgent insurgents guerrilla guerrillas gunman gunmen
    army armies force forces military navy convoy patrol patrols base bases camp camps post posts
    village villages town towns city cities building buildings home homes house houses office offices
    embassy school schools hospital hospitals mosque church temple market bridge road roads airport port
    station checkpoint position positions territory border vehicle vehicles car cars bus buses train
    ship ships vessel plane aircraft helicopter tank tanks pipeline plant factory farm farms land
    property shop shops hotel prison headquarters compound area region province capital
    intruder intruders suspect suspects victim victims body bodies fan fans supporter supporters
    """.split()
)
# What force is done with: a weapon in the clause makes an attack an attack.
INSTRUMENTS = frozenset(
    """
    gun guns rifle rifles pistol knife knives bomb bombs explosive explosives grenade grenades missile
    missiles rocket rockets mortar mortars shell shells artillery bullet bullets weapon weapons
    machete machetes airstrike airstrikes drone drones warplane warplanes gunfire fire petrol baton batons
    """.split()
)
# Gas is a weapon only as one of these ("tear gas", "nerve gas"); "global warming gases" and "gas
# prices" are not (the list once held "tear" and "gas" as two words, each an instrument alone).
GAS_WEAPONS = frozenset("tear nerve poison mustard chlorine sarin".split())
# Who uses force: armed attackers make a fight a fight.
ARMED = frozenset(
    """
    army armies troop troops soldier soldiers force forces military militia militias rebel rebels militant
    militants insurgent insurgents guerrilla guerrillas gunman gunmen terrorist terrorists fighter fighters
    police policeman policemen bomber bombers sniper snipers mob mobs rioter rioters jet jets warplane warplanes
    """.split()
)
# What force leaves: casualties named in the clause.
CASUALTIES = frozenset("killed dead died wounded injured casualties casualty deaths death hurt".split())
# What is contested, not fought over with arms: a fight about these is no event of force.
CONTESTS = frozenset(
    """
    election elections campaign campaigns seat seats vote votes poll polls race contest match game cup
    final league championship title leadership nomination primary primaries debate argument case battle
    """.split()
)
# Things of words, law and money: what a HARM verb acting on them does is figurative ("killed the
# bill", "shot down the plan", "seized the initiative").
ABSTRACT = frozenset(
    """
    plan plans bill bills proposal proposals idea ideas policy policies law laws deal deals hope hopes
    chance chances talk talks scheme schemes measure measures reform reforms tax taxes project projects
    motion amendment amendments legislation story rumour rumours initiative agenda argument arguments
    momentum opportunity moment headlines limelight spotlight debate claim claims ground rules rule request
    requests question questions row
    """.split()
)
# Natural hazards: what they kill or destroy is a disaster, not force used by anyone, and PLOVER
# has no event for it ("the tidal wave which killed 150,000", "the flood destroyed homes").
NATURAL_HAZARDS = frozenset(
    """
    wave waves tsunami tsunamis earthquake earthquakes quake quakes flood floods flooding storm storms
    hurricane hurricanes cyclone cyclones typhoon typhoons tornado tornadoes avalanche avalanches
    landslide landslides mudslide drought droughts famine famines disease diseases epidemic epidemics
    pandemic virus viruses illness cancer heatwave eruption volcano
    """.split()
) | frozenset(
    # named diseases (WordNet's infectious_disease.n.01 and its kin, as news names them): "HIV is
    # killing the most productive adults" is an epidemic, no force used by anyone
    """
    hiv aids hiv/aids malaria tuberculosis tb cholera measles polio flu influenza sars ebola plague
    smallpox typhoid meningitis dysentery
    """.split()
)
# Causes that are no agent: a lack or a failure "condemns people to death" or "kills jobs" only in a
# figure of speech; force needs somebody using it.
# Documents and inquiries are no agents either: a harm verb whose subject is one is a crime named
# in a text ("the review will look at partial defences to murder", where the parser reads "to
# murder" as an infinitive of the review's).
NON_AGENT_CAUSES = frozenset(
    """
    failure failures lack absence shortage shortages neglect inaction delay delays
    review reviews report reports study studies inquiry inquiries survey surveys
    """.split()
)
# Processes of law: going or standing "on trial", a "trial" or "hearing" is a court's doing, not
# force on the body (PLOVER codes the arrest, not the trial).
LEGAL_PROCESS = frozenset("trial trials hearing hearings retrial inquest prosecution".split())
# Things of words: force done "with a barrage of requests" or "with questions" is words, not blows.
WORDS_AS_INSTRUMENT = frozenset(
    """
    request requests question questions letter letters email emails call calls complaint complaints
    criticism criticisms insult insults demand demands message messages leaflet leaflets petition petitions
    """.split()
)
# Harm verbs that take things as often as people ("abused his position", "abuse of power"): force
# only when a person or body is acted on.
ABUSE_LIKE = frozenset("abuse".split())
# Modes that are harm by themselves (the hand tables' arrest, curfew, martial law, deportation).
HARM_MODES = frozenset("arrest curfew martial-law deport seize abduct torture sexual explosives assassinate massacre cleansing".split())
