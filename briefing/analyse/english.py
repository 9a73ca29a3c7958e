"""English language data shared by the analysers: word lists, no algorithms.

Kept apart from the code that uses them (as spaCy keeps ``lang/en/``): sentence
splitting reads the abbreviations, actor extraction the function words, calendar words
and titles. Each fact is written once; lists that differ on purpose (the abbreviations
that never end a sentence are not those a name may hold) are separate, named lists.
Everything is written here, so nothing is downloaded.
"""

from __future__ import annotations

DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()
# Abbreviated months ("May" has none).
MONTH_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()

# Lower-case day and month names, their abbreviations and the feasts that date news.
CALENDAR_WORDS = frozenset(
    [w.lower() for w in DAYS + MONTHS + MONTH_ABBREVIATIONS]
    + "mon tue tues wed thu thur thurs fri sat sun christmas easter".split()
)

# Words that are never a name on their own, capitalised or not.
FUNCTION_WORDS = frozenset(
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

# Frequent words that open news sentences or headlines (capitalised there, not names).
NEWS_WORDS = frozenset(
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

# Frequent capitalised words that are never a name alone, as written at a sentence start
# (the days and the months but "May"); the candidate regex skips them.
CAPITALISED_NON_NAMES = (
    "The I It He She We They You But And In On At As A An This That There These Those If"
    " However Some For His Her Its Their Our My What When While After Before So One Yet Or"
    " Not No All Many Most Now Then Here Also With From By To Of Last Next Other Such"
).split() + [m for m in DAYS + MONTHS if m != "May"]

# Abbreviations a name may hold, written with a full stop ("Mr.", "Corp.", "Mt.").
NAME_ABBREVIATIONS = (
    "Mr Mrs Ms Dr St Sen Gov Rep Gen Lt Col Capt Sgt Maj Adm Jr Sr Prof Rev Co Corp Inc"
    " Ltd Bros Mt Ft Messrs Cmdr Supt Insp Det Hon Gov Fr"
).split()

# Abbreviated ranks (and "Secretary"), titles beside those of the gazetteer.
RANK_TITLES = (
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

# Abbreviations after which a full stop never ends a sentence, whatever follows.
TITLE_ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Messrs Mme Mlle Dr Prof Sen Sens Gov Gen Rep Reps Lt Col Capt Cmdr Cdr
    Sgt Cpl Pte Adm Maj Brig Rev Revd Hon Pres Supt Insp Det Fr Sra Mssrs vs Vs viz cf
    e.g i.e E.g I.e""".split()
)
# Abbreviations that do not end a sentence before a digit ("No. 2", "Jan. 15").
NUMBER_ABBREVIATIONS = frozenset(
    """No no Nos nos Vol vol Vols Pp pp Fig fig Figs Art Ch ch Sec sec Para para Ref ref
    Tel tel Ext ext Op op""".split()
    + MONTH_ABBREVIATIONS
)
# Abbreviations that end a sentence only before a typical sentence starter.
ABBREVIATIONS = frozenset(
    """Inc Ltd Co Corp Cos Bros Plc Jr Jnr Sr Snr Esq etc al approx est ret Ret St Ste Ft Mt
    Ave Blvd Rd Hwy Dept Univ Assn Assoc Govt Intl Natl Mfg Mgr Dir Pty Gmbh
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss
    Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo""".split()
)
# Words that typically open a sentence in news text.
SENTENCE_STARTERS = frozenset(
    """The A An He She It They We I You His Her Its Their Our My Your This That These Those
    There Here But And Or So Yet Then Now However Meanwhile Still Also Instead Indeed
    In On At For From By With After Before When While If As Although Though Since Because
    Some Many Most Several All Both Each Every No Not None One Two Three Last Next Such
    What Who Why How Where Which Mr Mrs Ms Officials Police
    Analysts Critics Experts Shares Sales Prices Earlier Later Today Yesterday Tomorrow
    Under Despite During Without Among Over Until Asked According Other Another Nor Even
    Only Just Once Meanwhile Nevertheless Furthermore Moreover Overall Finally First
    Second Third Separately Previously Currently Recently Already Again Ultimately
    Besides Former Much More Few Everyone Nobody Nothing Unlike Like Following""".split()
)

# Words of a football report: a city that is also a club's name stands for the club only
# in an article with at least two of them (see ``actors.identity``).
FOOTBALL_WORDS = (
    "football|soccer|striker|midfielder|goalkeeper|defender|premier league|bundesliga|serie a"
    "|la liga|champions league|uefa|fifa|goalless|own goal|penalty shootout"
).split("|")

# Capitalised words that are never an actor alone: genres, job words, events, a verb
# before its contraction ("Let's Move": an initiative).
NOT_ACTORS = frozenset(
    "DJ DJs MC MCs R&B Hip-hop Rap Pop Jazz Election Elections Referendum Budget Let".split()
)

# Nouns that describe an organization in an apposition or before its name ("Macmillan,
# the publisher, said", "publishing giant Macmillan"): a word they describe is no person.
ORG_NOUNS = frozenset(
    (
        "publisher publishers company firm group bank carrier airline retailer agency "
        "broadcaster network studio label manufacturer maker insurer chain charity "
        "supermarket conglomerate lender operator distributor newspaper magazine "
        "tabloid website developer startup start-up brewer automaker carmaker giant"
    ).split()
)

# Titles only a firm's people hold: a name word just before one, with the holder's name
# after it, is the firm ("Macmillan CEO John Sargent"), unlike "Farm Minister".
FIRM_TITLES = frozenset(
    (
        "CEO",
        "COO",
        "CFO",
        "Chief Executive",
        "Chief Executive Officer",
        "Chief Operating Officer",
        "Chief Financial Officer",
        "Chairman",
        "Chairwoman",
        "Managing Director",
        "Founder",
        "Co-founder",
        "Spokesman",
        "Spokeswoman",
    )
)

# Nouns a city describes that a club does not ("the Leicester band", "a Milan court").
CITY_NOUNS = frozenset(
    "band singer rapper group artist musician duo trio quartet actor actress writer author "
    "poet painter designer architect businessman businesswoman entrepreneur firm company "
    "court prosecutor prosecutors police council councillor mayor university hospital "
    "airport school college museum theatre theater restaurant hotel bank resident residents "
    "family families man woman boy girl couple native teenager student students "
    "area street streets suburb district market office factory plant headquarters".split()
)
