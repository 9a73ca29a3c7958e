"""Word lists for actor extraction: the context and name-part words its rules look at.

General English (function words, calendar words, titles) is in
:mod:`briefing.analyse.english`; these lists matter only to finding names.
"""

from __future__ import annotations

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

# Words after a name that show it acts (a capital standing for its government).
ACTS = frozenset(
    """
said says say told warned accused urged called condemned denied rejected refused
announced insisted argued claimed responded replied stated added believes believe
wants want has have had will would could should may might must is was
threatened demanded agreed signed decided plans planned hopes hoped fears feared
""".split()
)

# Lower-case words after a firm's name that show it is the firm: its people, shares and
# accounts ("Cairn shares", "Yukos officials"), so not a thing's name used as a modifier.
FIRM_CONTEXT = frozenset(
    """
shares share stock stocks shareholders investors stake profit profits sales revenue
revenues earnings results losses bid offer deal takeover purchase acquisition merger
buyout subsidiary unit chief executive executives
boss bosses chairman president director directors board spokesman spokeswoman
spokesperson officials official staff employees workers headquarters lawyers management
""".split()
)

# Irregular past forms of common verbs: after a name they show it acts ("Mo Vaughn went"),
# where a regular verb shows itself by -ed.
IRREGULAR_PAST = frozenset(
    """
went came took gave got made put set cut hit let won lost sold bought paid led left kept
held told saw ran became began brought built fell rose felt found fought flew drove drew
ate grew knew threw wore wrote spoke stood sat sent spent struck stole swore taught
thought understood woke broke chose froze shook bit hid meant met read rode rang sang
sank slept slid spun sprang stuck strode swam swung tore wept withdrew overcame overtook
forgave forgot beat bore bent blew bred burst caught crept dealt dug fed fled flung lay
lit shot shut split spread strove thrust upheld underwent quit hurt cost shed upset
""".split()
)

# Lower-case words after a name that are no noun it modifies: time words, "born", a
# reflexive ("Khemais Chammari last July", "Darius Milhaud born").
NOT_MODIFIED = frozenset(
    "last earlier later next ago born alone himself herself itself themselves together".split()
)

# Auxiliaries and modals: a word ending in -s before one is a plural noun ("Gmail users
# could"), not a verb ("Yukos owns").
AUXILIARIES = frozenset(
    "is are was were be been have has had will would could can may might should must do does"
    " did".split()
)

# Words after a name that show a person speaks.
SPEECH = frozenset("said says told added asked explained noted wrote replied".split())

# Nouns for a settlement or an area: "the town of X", "the northern state of X" name a place.
PLACE_NOUNS = (
    "town village city port state region province district county island suburb "
    "municipality hamlet settlement enclave commune township borough prefecture "
    "outskirts residents inhabitants north south east west northeast northwest southeast "
    "southwest km kilometres kilometers miles"
).split()

# Lower-case nouns right after a name that make it a place ("the Adige river", "Salang
# tunnel", "Klongprem prison").
PLACE_AFTER = frozenset(
    "river lake valley mountains mountain airport prison province region district county "
    "island islands peninsula desert canal tunnel sanatorium border area checkpoint "
    "highway motorway crossing enclave".split()
)

# Prepositions after which a capitalised name is usually a place.
PLACE_PREPS = frozenset("in near outside inside across around throughout at".split())

# ALL-CAPS words that are abbreviations of things, not organizations.
NOT_ORGS = frozenset(
    """
TV PC PCS GDP CEO CFO COO CTO DVD DVDS CD CDS HIV AIDS DNA IT AI MP MPS MEP MEPS PM AM FM OK
VAT IQ ID GPS SMS PDA PDAS MP3 WMD RAM USB HD HDTV LCD CPU PR HQ VIP QC MBA PHD UFO SUV
ATM PIN ISP URL WWW HTML PDF CV RSS VOIP LED NB PS AD BC GMT BST EST UTC OBE MBE CBE
EPS TTM CY FY YOY QOQ EBIT EBITDA CAGR ARPU MAU MAUS DAU DAUS IPO IPOS ROI ROE ETF ETFS NAV AUM
EDT PDT PST CDT CST MDT MST CET CEST EET EEST JST AEST AEDT HKT SGT
I II III IV V VI VII VIII IX X XI XII
API APIS SDK VPN VPNS SSD SSDS HDD HDR SIM SIMS VOD VR AR XR UI UX GPU GPUS NFT NFTS LLM LLMS
VM VMS RFP SOP SOPS KPI KPIS SEO CRM FAQ FAQS DIY FYI TBD ASAP AKA WTF OMG LOL
USD EUR GBP JPY CHF CNY RMB INR AUD CAD HKD SGD KRW BRL MXN ZAR RUB SEK NOK DKK NZD
ESQ JR SR AV EV EVS ASCII UTF XML JSON CSS HTTP HTTPS SQL CSV GIF JPEG PNG DNS TCP SMTP IMAP
IP DSL ADSL ISDN LAN WAN GP
""".split()
)

# Stock exchanges that open a ticker in brackets: "Qualcomm (NASDAQ: QCOM)". The symbol
# is the listing of the name before it, not an actor of its own.
STOCK_EXCHANGES = frozenset(
    """
NYSE NASDAQ Nasdaq AMEX NYSEMKT NYSEArca LSE LON TSX TSXV ASX HKEX HKG SGX TYO TSE FRA ETR
EPA BME BIT SIX OTC OTCQB OTCQX OTCMKTS NSE BSE KRX SSE SZSE
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
Mount Mt Mt. Lake Loch River Cape Port Fort Ft. San Santa Santo Sao São Saint St St. Lac Gulf
Bay Isle Sierra Costa Los Las Rio
""".split()
)
PLACE_LAST = frozenset(
    """
Street St Road Rd Avenue Ave Square Park Bridge Island Islands Isles River Valley Mountains
Mountain Hills Hill Stadium Airport Beach County Province Region Sea Ocean Bay Gulf Coast
Desert Heights Strait Straits Canal Peninsula Lake Falls Forest Harbour Harbor Lane Way Plateau
Boulevard Plaza Arena Ground Field Circuit Springs Creek Point Delta Basin Plain Plains
Highlands Borough Shire District Township Village Town City Downs Moor Amphitheatre Amphitheater
""".split()
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

# Words that join the parts of one name ("Bank of England", "Marks and Spencer").
JOINTS = frozenset(("of", "of the", "for", "for the", "and", "&"))
# Words that make a run of capitalised words an organization.
ORG_HEADS = frozenset(
    "Bank Ministry Department University College School Institute Council Commission"
    " Committee Agency Authority Association Federation Union League Party Board Court"
    " Corporation Company Group Office Service Museum Church Foundation Society Fund"
    " Organisation Organization Embassy Consulate Parliament Assembly Congress Senate"
    " Army Navy Police Club Academy Centre Center Hospital Trust Airlines Airways"
    " Times Post News Journal Herald Telegraph Tribune Gazette Daily Radio Television"
    " Network Records Studios Exchange Bureau Forces Front Movement Alliance Coalition"
    " Institution Press Holdings Industries Motors Systems Technologies Productions Films"
    " Pictures Entertainment Records Studios Labs Unit Liga Digest Markets"
    " Executive Government Treasury Exchequer Cabinet Commons Ballet Orchestra Philharmonic"
    " Laboratory Laboratories Observatory Studio".split()
)
# Endings of nouns for a person's work ("geologist", "physician", "choreographer").
JOB_ENDINGS = ("ologist", "ist", "ician", "grapher", "onomer")
# Particles inside personal names ("Steve van Vuuren", "Osama bin Laden").
GIVEN_PARTICLES = frozenset(
    "de da di du del della des dos do van von der den ter la le bin ibn al el y".split()
)
# Abbreviated legal forms whose full stop belongs to the name ("Acme Inc.").
DOTTED_SUFFIXES = frozenset(("Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Cos.", "L.P."))

# Endings of ordinary English words, never of a first name ("Finding", "Desperate").
WORD_ENDINGS = (
    "ing",
    "ness",
    "ment",
    "tion",
    "sion",
    "ity",
    "ous",
    "ful",
    "less",
    "able",
    "ible",
    "ive",
    "ism",
    "ate",
    "ed",
    "ly",
)
# Endings of abstract nouns, never of a surname: a name of unknown words ending in one is
# a thing ("Workout Supplement", "Fame Induction"), not a person.
NOUN_ENDINGS = ("tion", "sion", "ment", "ity", "ism", "ship")
# Endings of adjectives ("European", "Islamic", "Jewish", "Democratic"): one opening an
# organization's name is not its short form when written alone ("European ministers").
ADJECTIVE_ENDINGS = ("ic", "ican", "ean", "ish", "ese")
# Endings of demonyms and adjectives, not of a place after "in" ("in Turkish").
NOT_PLACE_ENDINGS = ("ish", "ese", "ian", "ans", "ican", "ean", "ing")
# People nouns whose plural after "the" is a people or a camp, never a team or a band
# ("the Scots", "the Soviets", "the Eurosceptics"); demonyms in -an/-er/-ese are
# caught by their ending.
PEOPLE_NOUNS = frozenset(
    "Scot Brit Soviet Malay Kiwi Aussie Yank Arab Jew Turk Serb Croat Pole Dane Swede "
    "Finn Greek Czech Slovak Thai Kurd Basque Tamil Sikh Hindu Moslem Muslim Catholic "
    "Protestant Sunni Shiite Shia Eurosceptic Europhile Celt Briton Gael Geordie Cockney "
    "Brummie".split()
)

# Events named in the plural, never a team or band after "the" ("the Olympics").
EVENT_PLURALS = frozenset(
    "Olympics Paralympics Grammys Emmys Oscars Baftas Brits Ashes Nationals Finals Masters".split()
)
# Words in a sentence that back a plural after "the" as a team, band or party ("the
# Quokkas won", "the band's tour", "the Greens' seats", "bought the Quokkas website");
# a score counts too.
PLURAL_SUPPORT = frozenset(
    """
win wins won winning beat beaten lost lose loss losses defeat defeated victory draw drew
trailed trailing led lead leading scored score scoring season game games match matches
league cup coach manager striker player players signed signing fans side squad derby
clash fixture runs innings homered pitcher inning goal goals points tries rallied title
champions play played playing host hosted visit visiting against ahead v vs club clubs
boss sack sacked table shirt start starts stadium referee transfer
band bands album albums tour touring gig gigs single singles song songs concert concerts
festival frontman singer guitarist drummer music rock pop punk featuring supported
records record chart charts line-up reunion hit hits
party parties election elections vote votes voted voters seats coalition MPs opposition
parliament senate candidate candidates leader electoral campaign
firm company bought buy acquired website site editor sale auction shares stake
""".split()
)
# Words in a sentence that make a plural after "the" the title of a screen, stage or
# book work ("the drama series Nip/Tuck beat The Sopranos", "The Pelfords movie", "cast
# of"): a work noun, "star(s)/cast of", a verb of watching or staging. "show", "play" and
# "comedy" count only after a word that makes them nouns ("a show", "hit play").
WORK_SIGNALS = frozenset(
    """
film films movie movies series sitcom sitcoms drama dramas musical musicals novel novels
cartoon cartoons animated animation documentary documentaries episode episodes sequel
sequels screenplay thriller comedies miniseries starring starred watched watching staged
staging
""".split()
)
WORK_PHRASES = ("box office", "star of", "stars of", "cast of")
WORK_NOUN_AFTER = frozenset(
    "a an the hit new TV stage chat talk game his her their its 's ’s".split()
)
WORK_NOUNS_SHOWN = ("show", "shows", "play", "plays", "comedy")
# Words that keep such a plural a team, band or party even with a work word in its
# sentence ("the Vorlicks' new film was shown on the band's tour").
BODY_WORDS = frozenset(
    """
band bands frontman singer guitarist drummer gig gigs concert concerts tour touring
reunion line-up club clubs team teams league coach manager striker pitcher innings inning
homered stadium squad derby fixture referee game games match matches party parties
election elections MPs coalition seats
""".split()
)
# Press nouns that name the paper next to them ("the daily La Voie", "the Bengali
# newspaper Banglabazar Patrika", "Zycie Warszawy daily said", "the journal Nature");
# ``english.ORG_NOUNS`` has newspaper, magazine and tabloid already.
PRESS_NOUNS = frozenset("daily weekly monthly paper journal broadsheet".split())
# Last words of bodies every country has one of (a party, a parliament, a court, a
# union): a demonym or country before one whose gazetteer entry is another country's
# names a body of its own ("Indonesian Democratic Party", "Georgian Parliament", "New
# Zealand High Court"); before a firm it names the firm's branch or market ("UK
# Nintendo"), no new body.
NATIONAL_HEADS = frozenset(
    """
Party Parliament Congress Senate Assembly Court Council Commission Committee Ministry
Department Union Federation Association League Front Movement Alliance Coalition Army
Navy Police Board Authority Agency Office Service Cabinet Government Chamber Tribunal
""".split()
)
# Plural people nouns: one opening a sentence is the noun ("Witnesses said", "Dealers
# said", "Protesters said"), never a name, though a speech verb follows (english.NEWS_WORDS
# has officials, analysts, police, experts, critics and a few more).
PEOPLE_PLURALS = frozenset(
    """
witnesses eyewitnesses protesters protestors demonstrators dealers traders brokers
producers organisers organizers residents villagers locals investigators prosecutors
economists strategists diplomats negotiators activists campaigners rebels troops
soldiers militants gunmen attackers survivors relatives neighbours neighbors
passengers shoppers consumers investors bankers farmers miners students parents pupils
teachers officers firefighters rescuers paramedics medics nurses lawyers attorneys
observers monitors inspectors regulators commentators reporters journalists viewers
visitors tourists spectators delegates members employees managers executives
shareholders owners buyers sellers retailers manufacturers suppliers exporters importers
speculators forecasters engineers users customers victims citizens refugees migrants
mourners worshippers pilgrims twins lawmakers legislators authorities sources insiders aides
""".split()
)
# Generic product and service nouns: after a firm's name they make a product ("Apple
# Pay", "Acme Watch"), not a body of its own; the firm alone is the actor.
PRODUCT_WORDS = frozenset(
    """
Pay Watch Phone Wallet Card Store Maps Map Search Drive Cloud Glass Pass Play Prime Chat
Messenger Browser Assistant Speaker Console Tablet Laptop Pad Pencil Lens Earth Docs
Translate Keyboard Camera Headset Player
""".split()
)
# Software and product-line nouns never a surname: after any word they make a product
# ("Zorbo Code", "Acme Plugins"), whose first word is a brand across the article.
SOFTWARE_WORDS = frozenset(
    """
Code Desktop Plugin Plugins Plug-in Plug-ins App Apps Extension Extensions Toolkit SDK API
APIs Copilot Chatbot Edition Pro Plus Mini Suite Lite Ultra Controller Deluxe Remastered
Headphones Earbuds Charger Router Smartwatch Smartphone
""".split()
)
# Lower-case starts of camel-case personal and place names ("MacKenzie", "VanDyke",
# "DelGado"); other camel-case words ("QuickSprout") name a firm or a site.
CAMEL_NAME_STARTS = ("mac", "van", "von", "del", "des", "dos", "das", "fitz", "della", "los")
# Two-letter English words that open a camel-case brand ("WeWork", "MySpace", "GoPro");
# the two-letter openers of surnames ("Mc", "De", "Di", "Le", "La", "Du") are none.
CAMEL_WORD_STARTS = frozenset("We My Go Up On In Be Do No So Me Us".split())

# Saints' openers and regnal numbers: "St. John Paul II", "Saint Pius X" are persons.
SAINTS = frozenset(("St", "St.", "Saint", "Ste", "Ste."))
REGNAL = frozenset(
    """
II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII
""".split()
)

SALUTATIONS = frozenset("Dear Hi Hello Hey Thanks Congratulations".split())  # "Dear Ana"
# Verbs in the base form that open how-to headings and instructions ("Display Trust
# Signals", "Improve Site Search"): at a sentence's start before capitalised words that
# name nothing, the run is an imperative, not a name. None is a given name or firm here.
IMPERATIVES = SALUTATIONS | frozenset(
    """
Add Adjust Apply Avoid Boost Build Buy Check Choose Collect Compare Consider Create Cut
Define Display Download Enable Encourage Find Fix Focus Follow Get Give Highlight Identify
Implement Improve Include Increase Install Invest Keep Learn Leverage Limit Make Manage
Measure Monitor Offer Optimize Optimise Personalize Personalise Plan Prepare Prioritize
Prioritise Promote Protect Provide Reduce Remove Replace Respond Review Run Save Schedule
Select Sell Send Set Share Show Simplify Start Stop Streamline Strengthen Take Test Track
Try Turn Update Upgrade Upsell Use Write Reward Engage Craft Ask Answer Open Close Claim
Hire Outsource Automate Analyze Analyse Embrace Capture Invite Host Launch Publish Reach
Grow Nurture Convert Retain Know Understand Remember Think Stay Become Let Help Tell
Explore Discover Enjoy Join Visit Watch Read Listen Sign Subscribe Register Book Order
Shop Call Contact Email Meet See Look Click Tap Swipe Scroll Pick Pay
""".split()
)
# Imperatives whose object is mostly someone, and salutations: the words after them are
# read as a name ("Follow Tia Ghose on Twitter", "Ask Billboard", "Dear Ana", "Hi Tom").
IMPERATIVES_OF_NAMES = SALUTATIONS | frozenset(
    "Ask Call Contact Email Follow Join Meet Visit Watch".split()
)

# A pronoun and its contracted verb, never a name ("I've said", "‘I’m sure"): matched with
# a straight or curly apostrophe.
CONTRACTIONS = frozenset(
    """
i've i'm i'd i'll we've we're we'd we'll you've you're you'd you'll they've they're they'd
they'll he's he'd he'll she's she'd she'll it'll let's that'll there'll who's who'd
""".split()
)

# Lower-case nouns after a person's name that make the name a body named after him ("the
# Victor Babes hospital", "the Nelson Mandela foundation").
NAMED_BODIES = frozenset("hospital clinic school college foundation institute".split())
