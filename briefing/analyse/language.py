"""Script and language of an article, from its own letters and function words.

The script is the one most letters belong to (Latin, CJK, Cyrillic, Greek, Arabic,
Hebrew, Devanagari, …). CJK text is Japanese when it has kana, Korean when it has
Hangul, else Chinese. For Latin script a small stop-word profile per language (the
most frequent function words of English, German, French, Spanish, Italian,
Portuguese, Dutch, Swedish, Polish, Turkish and Indonesian/Malay, written here,
nothing downloaded) picks the language whose words make up the largest share of the
text; a text with too few words to tell is taken as English, as are texts whose best
profile scores low. Text in a script none of these covers (Thai, Georgian, …) is of an
unknown language.

The analysis (actor rules, stop words, sentence openers) is tuned for English;
``Analyser.article`` warns about other languages with :data:`NOT_ENGLISH_WARNING`.
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.model import count_words

__all__ = ["count_words", "detect_language", "language_warning", "script_of"]

NOT_ENGLISH_WARNING = "analysis tuned for English; this article looks like {name} ({code})"

NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "sv": "Swedish",
    "pl": "Polish",
    "tr": "Turkish",
    "id": "Indonesian or Malay",
    "ja": "Japanese",
    "zh": "Chinese",
    "ko": "Korean",
    "ru": "Russian",
    "uk": "Ukrainian",
    "el": "Greek",
    "ar": "Arabic",
    "he": "Hebrew",
    "hi": "Hindi",
    "und": "an unknown language",
}

_PROFILES = {
    "en": "the of and to a in is that for it was on with as by at he his be from are this",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
    "auch es an wird aus er hat dass sie nach bei",
    "fr": "de la le et les des en un une du est que dans qui pour par pas au sur avec il ne "
    "se plus sont ce aux",
    "es": "de la que el en y los del las un por con una para es se al lo como más pero sus "
    "le ha fue",
    "it": "di il la che e in per un del della non una sono le con si da al gli dei nel è ha",
    "pt": "de a o que e do da em um para com não uma os no se na por mais as dos ao é foi",
    "nl": "de het een en van in is dat op te zijn met voor niet aan er om ook als bij door "
    "maar wordt",
    "sv": "och att det som en på är av för med till den har de inte om ett han var jag "
    "men så vi kan",
    "pl": "w nie na się z do że jest jak od po ale za co tak dla przez już oraz jego są być czy",
    "tr": "ve bir bu da için ile çok daha olarak gibi ne ama sonra kadar olan var her "
    "değil ise göre",
    "id": "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada "
    "bisa kita saya mereka atau sudah oleh adalah",
}
_PROFILE_SETS = {code: frozenset(words.split()) for code, words in _PROFILES.items()}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAMPLE = 1000
_LATIN_SAMPLE = 800
# English function words make up ~25% of English news; under 8% elsewhere.
_CLEARLY_ENGLISH = 0.15
_ENGLISH = _PROFILE_SETS["en"]
_MIN_WORDS = 12

# Letter ranges per script; CJK covers ideographs, kana and Hangul.
_SCRIPTS = (
    ("cjk", re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("greek", re.compile(r"[\u0370-\u03ff]")),
    ("arabic", re.compile(r"[\u0600-\u06ff]")),
    ("hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("devanagari", re.compile(r"[\u0900-\u097f]")),
)
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# Letters outside Latin script (and not general punctuation or currency signs).
_NOT_LATIN = re.compile(r"[^\x00-\u024f\u2000-\u206f\u20a0-\u20cf]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_SCRIPT_LANGUAGE = {"greek": "el", "arabic": "ar", "hebrew": "he", "devanagari": "hi"}


def script_of(text: str) -> str:
    """The script most letters of ``text`` (its first few thousand characters) are in.

    Latin when under one character in 20 lies outside Latin script and punctuation;
    "other" when most letters are in a script not listed.
    """
    sample = text[:_SAMPLE]
    if sample.isascii():
        return "latin"
    outside = _NOT_LATIN.findall(sample)
    if len(outside) * 20 < len(sample):
        return "latin"
    counts = Counter({"latin": len(_LATIN.findall(sample))})
    for name, pattern in _SCRIPTS:
        counts[name] = len(pattern.findall(sample))
    best, n = counts.most_common(1)[0]
    other = sum(1 for c in outside if c.isalpha()) - n + counts["latin"]
    if other > n:
        return "other"  # letters of a script not listed: Thai, Georgian, Armenian, …
    return best if n else "latin"


def detect_language(text: str) -> str:
    """An ISO 639-1 code for ``text`` ("en", "de", "ja", …; "und" when unknown)."""
    script = script_of(text)
    sample = text[:_SAMPLE]
    if script == "cjk":
        if _KANA.search(sample):
            return "ja"
        return "ko" if _HANGUL.search(sample) else "zh"
    if script == "cyrillic":
        return "uk" if re.search("[іїєґ]", sample.lower()) else "ru"
    if script != "latin":
        return _SCRIPT_LANGUAGE.get(script, "und")
    words = sample[:_LATIN_SAMPLE].lower().split()
    if len(words) < _MIN_WORDS:
        return "en"
    if len(list(filter(_ENGLISH.__contains__, words))) >= _CLEARLY_ENGLISH * len(words):
        return "en"
    counts = Counter(_WORD.findall(sample.lower()))
    words = list(counts.elements())
    shares = {
        code: sum(counts[w] for w in profile) / len(words)
        for code, profile in _PROFILE_SETS.items()
    }
    best = max(shares, key=lambda code: (shares[code], code == "en"))
    # English function words are common in any text quoting English; ask for a clear lead.
    if best != "en" and shares[best] < max(0.12, 1.3 * shares["en"]):
        return "en"
    return best


def language_warning(code: str) -> str | None:
    """The article warning for language ``code``, or None for English."""
    if code == "en":
        return None
    return NOT_ENGLISH_WARNING.format(name=NAMES.get(code, code), code=code)
