"""Word lists for actor extraction: general English, not names.

These are closed-class and very common words that appear capitalised only because
they open a sentence or a headline, plus the context words the rules look at.
"""

from __future__ import annotations

# Words that are never a name on their own, capitalised or not.
FUNCTION = frozenset(
    """
a an the this that these those there here it its it's he she we they i you his her
their our your my me him them us who whom whose which what when where why how
and or but nor so yet if then than as at by for from in into of on onto off out over
under up down with without within about above across after against along among around
before behind below beneath beside besides between beyond during except inside near
since through throughout till to toward towards until upon via per despite unlike like
is are was were be been being am do does did done has have had having will would
shall should can could may might must not no yes all any both each every either
neither some such many much more most few less least other another own same only
very too also just even still already again ever never always often sometimes
once twice now today tomorrow yesterday tonight while although though because
unless whether whereas however therefore meanwhile moreover furthermore instead
otherwise thus hence indeed perhaps maybe nonetheless nevertheless according
v vs
somebody someone everybody everyone anybody anyone nobody none nothing something
everything anything
""".split()
)

# Frequent words that open news sentences or headlines.
COMMON = frozenset(
    """
new old last first second third next final former latest early late top big small
more less most best worst good bad high low long short great full major minor key
one two three four five six seven eight nine ten eleven twelve twenty hundred
thousand million billion half several
said says say added told asked according reported report reports announced
news sources source officials official analysts police experts critics
while speaking asked responding following including given despite amid ahead
under after before during earlier later since recently meanwhile instead
people government minister ministers president leader leaders party state states
city country world national international global local public general
chief head senior deputy acting interim
man woman men women child children boy boy girl girls family families
year years month months week weeks day days time times
north south east west northern southern eastern western central
breaking update exclusive analysis comment opinion editorial interview
group teams team club clubs league cup match game games season
shares market markets prices price sales profits company companies firm firms
bank banks business economy trade
total revenue revenues cash amount date net income assets asset equity dividend dividends
profit loss losses earnings share stock stocks bond bonds rate rates index sale expected
estimate estimates forecast budget debt tax taxes cost costs price value volume average
alert digest research weather summary schedule fixtures division round final semi
quarter first second third fourth fifth attendance halftime scorers teams squad
scientists researchers doctors patients workers voters fans players
yes no please thanks welcome
results result standings scores table summary
let lets see look note read watch listen click
what's here's there's that's it's don't can't won't isn't
""".split()
)

DAYS_MONTHS = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
christmas easter
""".split()
)

# Lower-case nouns that, after a demonym, name an institution ("the Chinese embassy").
INSTITUTIONS = (
    "foreign ministry",
    "defence ministry",
    "defense ministry",
    "finance ministry",
    "interior ministry",
    "central bank",
    "air force",
    "armed forces",
    "state media",
    "embassy",
    "consulate",
    "ministry",
    "army",
    "navy",
    "military",
    "parliament",
    "mission",
    "delegation",
    "coast guard",
    "news agency",
)
INSTITUTION_HEADS = frozenset(n.rsplit(" ", 1)[-1] for n in INSTITUTIONS)

# Words after a name that show it acts (a capital standing for its government).
ACTS = frozenset(
    """
said says say told warned accused urged called condemned denied rejected refused
announced insisted argued claimed responded replied stated added believes believe
wants want has have had will would could should may might must is was
threatened demanded agreed signed decided plans planned hopes hoped fears feared
""".split()
)

# Words after a name that show a person speaks.
SPEECH = frozenset("said says told added asked explained noted wrote replied".split())

# Prepositions after which a capitalised name is usually a place.
PLACE_PREPS = frozenset("in near outside inside across around throughout at".split())

# ALL-CAPS words that are abbreviations of things, not organizations.
NOT_ORGS = frozenset(
    """
TV PC PCS GDP CEO CFO COO CTO DVD DVDS CD CDS HIV AIDS DNA IT AI MP MPS MEP MEPS PM AM FM OK
VAT IQ ID GPS SMS PDA PDAS MP3 WMD RAM USB HD HDTV LCD CPU PR HQ VIP QC MBA PHD UFO SUV
ATM PIN ISP URL WWW HTML PDF CV RSS VOIP LED NB PS AD BC GMT BST EST UTC OBE MBE CBE
I II III IV V VI VII VIII IX X XI XII
""".split()
)

# Legal-form suffixes: "Disney Corporation" is still Disney.
LEGAL_FORMS = frozenset(
    """
Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited plc Plc PLC LLC AG SA NV SE
GmbH Group Holdings
""".split()
)

# Last words of names of events, awards, laws and the like: not actors.
EVENT_HEADS = frozenset(
    """
Championship Championships Cup Cups Games Olympics Olympiad Open Trophy Prize Prizes Award
Awards Festival Series Tour Marathon Classic Grand Prix Derby Week Day Act Bill Treaty
Accord Accords Agreement Protocol Convention Summit Conference Expo Show Exhibition Fair
Oscars Oscar Emmys Grammys Baftas Nations War Wars Revolution Crisis Doctrine Index Awards
Slam Bowl Globe Globes Final Finals Semi-final Semi-finals Quarter-final Quarter-finals
""".split()
)

# First or last words that make an unknown name a place.
PLACE_FIRST = frozenset(
    """
Mount Mt Lake Loch River Cape Port Fort San Santa Santo Sao São Saint St Lac Gulf Bay Isle
Sierra Costa Los Las Rio
""".split()
)
PLACE_LAST = frozenset(
    """
Street St Road Rd Avenue Ave Square Park Bridge Island Islands Isles River Valley Mountains
Mountain Hills Hill Stadium Airport Beach County Province Region Sea Ocean Bay Gulf Coast
Desert Heights Strait Straits Canal Peninsula Lake Falls Forest Harbour Harbor Lane Way
Boulevard Plaza Arena Ground Field Circuit Springs Creek Point Delta Basin Plain Plains
Highlands Borough Shire District Township Village Town City Downs Moor Valley
""".split()
)

# Abbreviated ranks (and "Secretary"), added to the gazetteer's titles.
EXTRA_TITLES = (
    "Secretary",
    "Supt",
    "Det",
    "Insp",
    "Sgt",
    "Cpl",
    "Pte",
    "Lt",
    "Capt",
    "Cmdr",
    "Col",
    "Maj",
    "Gen",
    "Adm",
    "Det Supt",
    "Det Insp",
    "Det Sgt",
    "Det Con",
    "Ch Supt",
    "DCI",
    "Chief Supt",
    "Chief Insp",
    "Chief Inspector",
    "Superintendent",
    "Inspector",
    "Constable",
    "Sergeant",
)

# Words around a city that make it a team: "Hamburg beat Bremen", "Bremen 's striker".
TEAM_VERBS = frozenset(
    """
beat beats defeated defeat drew draw thrashed edged routed crushed hammered downed trounced
outclassed whipped overcame held lost lose
""".split()
)
TEAM_BEFORE = frozenset("beat beating defeated defeating against v vs vs. play face faces".split())
SPORTS_ROLES = frozenset(
    """
striker midfielder defender goalkeeper keeper captain skipper coach manager winger forward
full-back fly-half scrum-half hooker prop centre center batsman bowler pitcher quarterback
playmaker sweeper coach chairman
""".split()
)

# Club-name words that alone still name a team ("United won", "Rovers lost").
TEAM_WORDS = frozenset("United City Rovers Athletic Wanderers Albion Rangers Hotspur Villa".split())
