"""Word lists for attribution: reporting verbs, internal-state verbs, speaker words.

Closed-class English and the common reporting vocabulary of news writing; nothing here
comes from a corpus' names or phrases.
"""

from __future__ import annotations

# Reporting verbs as lemma: (3rd person, past, -ing). Irregular forms spelled out.
_SPEECH = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing"),
    "ask": ("asks", "asked", "asking"),
    "add": ("adds", "added", "adding"),
    "note": ("notes", "noted", "noting"),
    "report": ("reports", "reported", "reporting"),
    "announce": ("announces", "announced", "announcing"),
    "argue": ("argues", "argued", "arguing"),
    "suggest": ("suggests", "suggested", "suggesting"),
    "explain": ("explains", "explained", "explaining"),
    "declare": ("declares", "declared", "declaring"),
    "state": ("states", "stated", "stating"),
    "warn": ("warns", "warned", "warning"),
    "insist": ("insists", "insisted", "insisting"),
    "claim": ("claims", "claimed", "claiming"),
    "reply": ("replies", "replied", "replying"),
    "respond": ("responds", "responded", "responding"),
    "emphasize": ("emphasizes", "emphasized", "emphasizing"),
    "emphasise": ("emphasises", "emphasised", "emphasising"),
    "stress": ("stresses", "stressed", "stressing"),
    "underscore": ("underscores", "underscored", "underscoring"),
    "underline": ("underlines", "underlined", "underlining"),
    "refute": ("refutes", "refuted", "refuting"),
    "deny": ("denies", "denied", "denying"),
    "acknowledge": ("acknowledges", "acknowledged", "acknowledging"),
    "admit": ("admits", "admitted", "admitting"),
    "confirm": ("confirms", "confirmed", "confirming"),
    "tweet": ("tweets", "tweeted", "tweeting"),
    "post": ("posts", "posted", "posting"),
    "continue": ("continues", "continued", "continuing"),
    "conclude": ("concludes", "concluded", "concluding"),
    "recall": ("recalls", "recalled", "recalling"),
    "urge": ("urges", "urged", "urging"),
    "predict": ("predicts", "predicted", "predicting"),
    "promise": ("promises", "promised", "promising"),
    "pledge": ("pledges", "pledged", "pledging"),
    "vow": ("vows", "vowed", "vowing"),
    "threaten": ("threatens", "threatened", "threatening"),
    "agree": ("agrees", "agreed", "agreeing"),
    "concede": ("concedes", "conceded", "conceding"),
    "observe": ("observes", "observed", "observing"),
    "complain": ("complains", "complained", "complaining"),
    "caution": ("cautions", "cautioned", "cautioning"),
    "contend": ("contends", "contended", "contending"),
    "maintain": ("maintains", "maintained", "maintaining"),
    "assert": ("asserts", "asserted", "asserting"),
    "allege": ("alleges", "alleged", "alleging"),
    "charge": ("charges", "charged", "charging"),
    "accuse": ("accuses", "accused", "accusing"),
    "criticize": ("criticizes", "criticized", "criticizing"),
    "criticise": ("criticises", "criticised", "criticising"),
    "condemn": ("condemns", "condemned", "condemning"),
    "denounce": ("denounces", "denounced", "denouncing"),
    "praise": ("praises", "praised", "praising"),
    "describe": ("describes", "described", "describing"),
    "reveal": ("reveals", "revealed", "revealing"),
    "disclose": ("discloses", "disclosed", "disclosing"),
    "indicate": ("indicates", "indicated", "indicating"),
    "signal": ("signals", "signaled", "signaling"),
    "mention": ("mentions", "mentioned", "mentioning"),
    "point out": ("points out", "pointed out", "pointing out"),
    "call on": ("calls on", "called on", "calling on"),
    "call": ("calls", "called", "calling"),
    "call for": ("calls for", "called for", "calling for"),
    "joke": ("jokes", "joked", "joking"),
    "quip": ("quips", "quipped", "quipping"),
    "shout": ("shouts", "shouted", "shouting"),
    "exclaim": ("exclaims", "exclaimed", "exclaiming"),
    "testify": ("testifies", "testified", "testifying"),
    "propose": ("proposes", "proposed", "proposing"),
    "demand": ("demands", "demanded", "demanding"),
    "reject": ("rejects", "rejected", "rejecting"),
    "dismiss": ("dismisses", "dismissed", "dismissing"),
    "question": ("questions", "questioned", "questioning"),
    "blame": ("blames", "blamed", "blaming"),
    "recommend": ("recommends", "recommended", "recommending"),
    "advise": ("advises", "advised", "advising"),
    "inform": ("informs", "informed", "informing"),
    "remark": ("remarks", "remarked", "remarking"),
    "boast": ("boasts", "boasted", "boasting"),
    "reiterate": ("reiterates", "reiterated", "reiterating"),
    "speculate": ("speculates", "speculated", "speculating"),
    "estimate": ("estimates", "estimated", "estimating"),
    "find": ("finds", "found", "finding"),
    "show": ("shows", "showed", "showing"),
    "cite": ("cites", "cited", "citing"),
    "endorse": ("endorses", "endorsed", "endorsing"),
    "highlight": ("highlights", "highlighted", "highlighting"),
    "talk about": ("talks about", "talked about", "talking about"),
    "speak about": ("speaks about", "spoke about", "speaking about"),
    "refer to": ("refers to", "referred to", "referring to"),
    "point to": ("points to", "pointed to", "pointing to"),
    "discuss": ("discusses", "discussed", "discussing"),
    "defend": ("defends", "defended", "defending"),
    "attack": ("attacks", "attacked", "attacking"),
    "blast": ("blasts", "blasted", "blasting"),
    "slam": ("slams", "slammed", "slamming"),
    "mock": ("mocks", "mocked", "mocking"),
    "tout": ("touts", "touted", "touting"),
    "decry": ("decries", "decried", "decrying"),
    "lament": ("laments", "lamented", "lamenting"),
    "bemoan": ("bemoans", "bemoaned", "bemoaning"),
    "echo": ("echoes", "echoed", "echoing"),
    "assure": ("assures", "assured", "assuring"),
    "remind": ("reminds", "reminded", "reminding"),
    "express": ("expresses", "expressed", "expressing"),
    "hail": ("hails", "hailed", "hailing"),
    "applaud": ("applauds", "applauded", "applauding"),
    "rail against": ("rails against", "railed against", "railing against"),
    "chant": ("chants", "chanted", "chanting"),
    "yell": ("yells", "yelled", "yelling"),
    "scream": ("screams", "screamed", "screaming"),
    "proclaim": ("proclaims", "proclaimed", "proclaiming"),
    "exhort": ("exhorts", "exhorted", "exhorting"),
    "liken": ("likens", "likened", "likening"),
    "answer": ("answers", "answered", "answering"),
    "retort": ("retorts", "retorted", "retorting"),
    "shoot back": ("shoots back", "shot back", "shooting back"),
    "fire back": ("fires back", "fired back", "firing back"),
}

# Internal-state verbs (PolNeAR annotates beliefs, wishes and fears as attributions).
_STATE = {
    "believe": ("believes", "believed", "believing"),
    "think": ("thinks", "thought", "thinking"),
    "want": ("wants", "wanted", "wanting"),
    "fear": ("fears", "feared", "fearing"),
    "hope": ("hopes", "hoped", "hoping"),
    "expect": ("expects", "expected", "expecting"),
    "feel": ("feels", "felt", "feeling"),
    "know": ("knows", "knew", "knowing"),
    "worry": ("worries", "worried", "worrying"),
    "doubt": ("doubts", "doubted", "doubting"),
    "wonder": ("wonders", "wondered", "wondering"),
    "plan": ("plans", "planned", "planning"),
    "intend": ("intends", "intended", "intending"),
    "seek": ("seeks", "sought", "seeking"),
    "decide": ("decides", "decided", "deciding"),
    "refuse": ("refuses", "refused", "refusing"),
    "decline": ("declines", "declined", "declining"),
    "support": ("supports", "supported", "supporting"),
    "oppose": ("opposes", "opposed", "opposing"),
    "prefer": ("prefers", "preferred", "preferring"),
    "realize": ("realizes", "realized", "realizing"),
    "suspect": ("suspects", "suspected", "suspecting"),
    "assume": ("assumes", "assumed", "assuming"),
    "understand": ("understands", "understood", "understanding"),
    "see": ("sees", "saw", "seeing"),
}


def _forms(table: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma, forms in table.items():
        for form in (lemma, *forms):
            out[form] = lemma
    return out


SPEECH_FORMS = _forms(_SPEECH)
# Sentence-initial inversion of news style: "Said Smith, who …: “…”".
SPEECH_FORMS |= {"Said": "say", "Says": "say", "Say": "say", "Asked": "ask"}  # "Asked about …"
STATE_FORMS = {k: v for k, v in _forms(_STATE).items() if k not in SPEECH_FORMS}
# Bare lemmas that are far more often nouns or other verbs than reporting verbs.
WEAK_BARE = frozenset(
    "state post note report call charge question show find plan support doubt "
    "fear hope see cite signal claim demand reply promise pledge vow estimate "
    "continue maintain praise blame decline highlight attack blast slam mock echo "
    "express hail answer".split()
)
# Reporting verbs strong enough to stand as cues with no speech context ("X, Y said").
STRONG = frozenset(
    "say tell add write note ask explain insist claim argue state report warn continue "
    "announce stress emphasize emphasise conclude reply respond confirm tweet post "
    "acknowledge admit predict recall contend maintain assert".split()
)

AUXILIARIES = frozenset(
    "has have had will would could can may might should must did does do also later "
    "previously then again once repeatedly publicly privately reportedly recently "
    "earlier already further never not often frequently still just quickly "
    "explicitly flatly strongly firmly openly now even actually truly sharply "
    "long always regularly initially first originally specifically subsequently "
    "jokingly boldly cynically immediately directly similarly really barely twice "
    "basically softly relentlessly both "
    "didn't doesn't don't won't wouldn't can't couldn't hasn't haven't "
    "didn’t doesn’t don’t won’t wouldn’t can’t couldn’t hasn’t haven’t".split()
)
# "in a statement", "in a press release" …: the medium is part of the cue. PolNeAR's
# annotators leave an interview, a speech, a letter or an e-mail out of the cue more
# often than not (train and dev), so those are not listed.
CUE_MEDIA = (
    "statement",
    "report",
    "release",
    "memo",
    "op-ed",
    "tweet",
    "post",
    "address",
    "briefing",
    "conference call",
)
CUE_TAILS = (
    "in a statement",
    "in a report",
    "in a release",
    "in a press release",
    "in a news release",
    "in a memo",
    "in remarks",
    "in comments",
    "in the statement",
    "with a laugh",
    "with a grin",
    "with a smile",
    "with a smirk",
    "with a shrug",
    "with a chuckle",
    *(
        f"{day} {part}"
        for day in "monday tuesday wednesday thursday friday saturday sunday".split()
        for part in ("night", "morning", "afternoon", "evening")
    ),
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
# Nouns for evidence that "shows", "finds" or "suggests" something, as a speaker does
# ("the poll shows …", "…, records show"): the cue after one is a verb, not a compound.
EVIDENCE = frozenset(
    "poll polls polling survey surveys data record records document documents filing "
    "filings email emails e-mail e-mails study studies analysis analyses figures numbers "
    "statistics research review results evidence tally estimates findings transcript "
    "transcripts memo memos footage video videos logs testimony count census audit".split()
)
# More nouns that head an evidence subject before its cue ("An average of polls shows",
# "The report by X found"), though too often objects right before an -ing form
# ("published photos showing …") to count there.
EVIDENCE_HEADS = frozenset(
    "slide slides average averages report reports paper photo photos picture pictures "
    "inquiry investigation".split()
)
# Polls whose findings a sentence opening "In a poll …, " reports (not a study or a
# report: "In the current study, the team used …", "In his report, Brown cut …").
IN_EVIDENCE = frozenset("poll polls polling survey surveys census tally".split())
# Weak bare lemmas that are cues after an evidence noun ("polls show", "studies find").
EVIDENCE_BARE = frozenset("show find".split())
# Words a speaker phrase never crosses when scanning back from a cue.
BARRIERS = frozenset(
    "that and but which while as because if when after before so than where since "
    "although though or whether what how why until unless once nor yet who whom "
    "whose is was are were be been being it there this these those".split()
)
# Words before a preposition in a speaker phrase whose object is not the speaker:
# "people familiar with the talks", "sources close to the White House", "officials
# briefed on the plan" speak; the talks, the White House and the plan do not.
ABOUT_WORDS = frozenset(
    "familiar close knowledgeable briefed involved privy aware loyal sympathetic".split()
)
PREPOSITIONS = frozenset(
    "in on at for with by from during after before about against over under into "
    "of to among between across through throughout near since per via".split()
)
# Cues ending in a preposition ("refer to", "talk about", "call for") take their object
# after them: the words there never name the speaker ("The reference to “irony” refers
# to the case" is no inverted ``"…" said X``).
OBJECT_AFTER = frozenset(
    lemma for lemma in SPEECH_FORMS.values() if lemma.rsplit(" ", 1)[-1] in PREPOSITIONS
)
DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())

PRONOUNS = {
    "he": "male",
    "she": "female",
    "they": "plural",
    "i": "self",
    "we": "self",
    "it": "thing",
    "you": "self",
}
# Role nouns a speaker phrase can end in, by the kind of actor they stand for.
ROLE_ORG = frozenset(
    "spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen official "
    "officials representative representatives aide aides source sources diplomat "
    "diplomats embassy ministry department agency government administration company "
    "firm alliance bloc party union statement communique communiqué document report "
    "declaration office committee council commission group organization organisation "
    "campaign spokes".split()
)
# Role words that stand for a state: a country, or a body named as its government.
ROLE_GOVERNMENT = frozenset("government administration".split())
# Role words that stand for an organisation, never a country ("the embassy", "the document").
ROLE_ORG_ONLY = frozenset(
    "embassy ministry department agency company firm alliance party union statement "
    "communique communiqué document report declaration office committee council "
    "commission campaign organization organisation".split()
)
ROLE_PERSON = frozenset(
    "president minister senator secretary chancellor premier governor mayor leader "
    "chief director chairman chairwoman chair ambassador general commander judge "
    "prosecutor envoy king queen prince princess pope candidate nominee".split()
)
# People a name before them describes, not is ("a British tourist", "Clinton supporters",
# "Cosby's lawyer"): in a speaker phrase, the name is no speaker.
PERSON_NOUNS = frozenset(
    "man woman men women boy girl child tourist tourists student students resident "
    "residents voter voters supporter supporters backer backers adviser "
    "advisers advisor advisors strategist strategists staffer staffers lawyer lawyers "
    "attorney attorneys critic critics fan fans player players worker workers employee "
    "employees user users trader traders blogger bloggers journalist journalists "
    "reporter reporters commentator commentators delegate delegates lawmaker lawmakers "
    "police family relatives friend friends wife husband son daughter mother father "
    "brother sister doctor doctors businessman businesswoman actor actress star legend "
    "veteran native professor activist activists campaigner campaigners protester "
    "protesters member expert experts analyst analysts striker forward midfielder "
    "defender goalkeeper winger captain athlete athletes singer rapper international".split()
)
FEMALE_TITLES = frozenset(
    "mrs ms miss madam madame lady dame queen princess duchess countess baroness "
    "sister mother chairwoman spokeswoman congresswoman businesswoman".split()
)
MALE_TITLES = frozenset(
    "mr sir lord king prince duke count baron brother father chairman spokesman "
    "congressman businessman".split()
)
# Common given names whose bearers are overwhelmingly of one gender (international).
# Given names of either sex in some language or country (Robin Cook, Kim Richards,
# Nicola Sturgeon; Italian Andrea and Michele, Catalan Joan): no sign of a person's sex
# against a title ("Mr", "Mrs") when merging names.
EITHER_SEX_NAMES = frozenset(
    "Robin Kim Nicola Andrea Michele Joan Jean Jo Pat Sam Chris Charlie Jesse Jordan "
    "Terry Lindsey Ashley Carol Evelyn Frances Hillary Kelly Tracy Li Gabriel".split()
)
FEMALE_NAMES = frozenset(
    """
    Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa
    Margaret Betty Sandra Ashley Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa
    Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Shirley Angela Helen Anna
    Brenda Pamela Nicole Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet
    Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren
    Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Anne
    Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise
    Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella
    Charlotte Rose Alexis Kayla Hillary Nikki Condoleezza Madeleine Nancy Angela Theresa
    Ursula Kamala Elizabeth Sonia Ruth Sheryl Oprah Michele Kirsten Tammy Tulsi Marsha
    Dianne Barbara Kellyanne Huma Donna Debbie Chelsea Ivanka Melania Michelle
    Sarah Christine Federica Giorgia Jacinda Theresa Nicola Liz Priti Yvette
    Harriet Emmanuelle Ségolène Martine Annalena Sanna Mette Erna Kaja Frederiksen Golda
    Indira Benazir Hasina Yingluck Julia Cristina
    Dilma Michelle Ellen Joyce Ngozi Kristalina Agnès Margrethe Beata Ewa Zuzana Maia
    Salome Oksana Olena Iryna Yulia Natalia Natalya Svetlana Tatiana Tatyana Irina Olga
    Elena Ekaterina Valentina Galina Lyudmila Marina Anastasia Ana Carmen Lucia Isabel
    Sofia Laura Paula Silvia Francesca Chiara Giulia Alessandra Monica Sabine Ursula Petra
    Katrin Claudia Birgit Andrea Heike Ingrid Astrid Greta Ingrid Karin Eva Agnieszka
    Fatima Aisha Amina Leila Layla Mariam Maryam Noor Zainab Yasmin Samira Nadia Rania
    Priya Sunita Anjali Pooja Nirmala Sushma Smriti Mamata Sonia Yuko Yuriko Keiko Akiko
    Mei Li Ying Xiaoling Hua Jia Min-jung Eun Ji-yeon Hye Kristi Kate Katie Kathy Jane
    Jenny Emma Lucy Sophie Ella Amelia Chloe Zoe Mia Jasmine Rosa Joanna Beth Bethany Claire
    Clare Fiona Moira Sinead Siobhan Aoife Niamh Gwen Bridget Caroline Harriet Penny Tessa
    Theresa Yvonne Wendy Vanessa Tina Tracy Stacey Sheila Rita Pauline Norma Nina Lorraine
    Lois Lillian Kristen Jill Jo Gina Erin Erica Dawn Connie Colleen Carla Bonnie April
    Alicia Valerie Veronica Sally Robin Rosemary Roberta Regina Rachael Phyllis Peggy
    """.split()
)
MALE_NAMES = (
    frozenset(
        """
    James John Robert Michael William David Richard Joseph Thomas Charles Christopher
    Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George
    Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry
    Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis
    Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy
    Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse
    Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph
    Randy Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Barack Bernie Ted Marco
    Mitt Jeb Rand Newt Mike Chris Bill Hillary Vladimir Xi Emmanuel Boris Rishi Keir Olaf
    Recep Narendra Benjamin Volodymyr Sergei Sergey Dmitry Dmitri Alexei Alexey Mikhail
    Nikolai Ivan Igor Yuri Viktor Viktor Andrzej Mateusz Jens Mark Rutte Justin Pierre
    Jean François Jacques Nicolas Francois Manuel Pedro Luis Carlos Javier Miguel Antonio
    Giuseppe Giovanni Matteo Mario Silvio Sergio Luigi Angelo Helmut Gerhard Wolfgang Frank
    Hans Klaus Friedrich Heinrich Karl Markus Jürgen Lars Anders Erik Magnus Sven Stefan
    Ahmed Mohammed Muhammad Mohamed Ali Hassan Hussein Omar Abdullah Ibrahim Khalid Mahmoud
    Yusuf Mustafa Ayatollah Hamid Bashar Benjamin Yair Naftali Ehud Shimon Yitzhak Ariel
    Rahul Amit Arvind Manmohan Shinzo Fumio Yoshihide Junichiro Moon Yoon Kim Jae-in
    Justin Malcolm Scott Anthony Kevin Jacinda Chris Tony Gordon Nigel Boris Jeremy Keir
    Dominic Liam Owen Rhys Gareth Ian Iain Alistair Hamish Angus Duncan Neil Niall Conor
    Ciaran Declan Eamon Enda Leo Micheal Sinn Tom Tim Jim Bob Rob Dan Dave Steve Ben Sam
    Matt Nick Pat Ron Don Ken Doug Greg Jon Josh Nate Zach Rick Ricky Jimmy Tommy Danny
    Eddie Freddie Harry Charlie Oliver Jacob Lucas Mason Ethan Leon Hugo Felix Oscar Max
    Rex Hugh Ross Rory Craig Stuart Graham Colin Martin Simon Adrian Howard Clive Norman
    Derek Trevor Barry Nigel Geoffrey Roland Rudy Rudolph Lindsey Mitch Lamar Reince Newt
    Ben Kellyanne Reince Sean Steve Corey Paul Marco Ted Rick Scott Bobby Chris Lincoln
    """.split()
    )
    - FEMALE_NAMES
)
