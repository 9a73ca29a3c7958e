"""Language awareness: script and language detection, CJK sentences and word counts."""

from __future__ import annotations

import json

import pytest

from briefing.analyse import Analyser
from briefing.analyse.language import count_words, detect_language, script_of
from briefing.analyse.sentences import split_sentences
from briefing.config import load_config
from briefing.export.json import export_json
from briefing.export.markdown import export_markdown
from briefing.export.terminal import render_plain
from briefing.model import Briefing, Document, Paragraph

GERMAN = (
    "Die Stadtverwaltung hat am Montag einen neuen Plan für den Hafen vorgestellt. "
    "Der Plan sieht zwei neue Kräne und eine längere Kaimauer vor, die bis zum Herbst "
    "fertig sein soll. Die Opposition im Stadtrat hat sich noch nicht dazu geäußert."
)
JAPANESE = (
    "市議会は月曜日、港の新しい計画を発表した。計画には二台のクレーンと新しい岸壁が含まれる。"
    "工事は秋までに終わる予定だ！反対派はまだ意見を述べていない？「賛成です。」と市長は言った。"
)
ANALYSER = Analyser(load_config(None, require_sources=False))
ENGLISH = (
    "The city council presented a new plan for the harbour on Monday. The plan includes "
    "two new cranes and a longer quay wall, which should be finished by the autumn."
)


def analyse(text: str):
    doc = Document(text, paragraphs=[Paragraph(0, len(text))])
    return ANALYSER.article(doc, id="a", path="a.txt", title="")


def test_scripts_and_languages():
    assert script_of(JAPANESE) == "cjk" and detect_language(JAPANESE) == "ja"
    assert detect_language("港湾局は新しい計画を発表しなかった。") == "ja"
    assert detect_language("市议会周一公布了港口的新计划。") == "zh"
    assert script_of(GERMAN) == "latin" and detect_language(GERMAN) == "de"
    assert detect_language(ENGLISH) == "en"
    assert detect_language("Short text.") == "en"  # Too few words to tell.


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "id",
            "Pemerintah kota mengumumkan rencana baru untuk pelabuhan pada hari Senin. Banyak "
            "warga yang tidak setuju dengan rencana itu karena mereka khawatir akan biaya.",
        ),
        (
            "sv",
            "Stadsfullmäktige presenterade på måndagen en ny plan för hamnen. Många invånare "
            "är inte nöjda med den och de säger att det kostar för mycket.",
        ),
        (
            "pl",
            "Rada miasta przedstawiła w poniedziałek nowy plan dla portu. Wielu mieszkańców "
            "nie jest zadowolonych z planu, bo uważają, że jest za drogi.",
        ),
        (
            "tr",
            "Belediye meclisi pazartesi günü liman için yeni bir plan açıkladı. Birçok kişi "
            "bu plana karşı çünkü çok daha pahalı olacağını düşünüyor ama meclis kararlı.",
        ),
    ],
)
def test_more_latin_script_languages(code: str, text: str) -> None:
    assert detect_language(text) == code


def test_a_script_not_listed_is_an_unknown_language() -> None:
    thai = "รัฐบาลประกาศแผนใหม่สำหรับท่าเรือ และประชาชนจำนวนมากเห็นด้วยกับแผนนี้ " * 3
    assert script_of(thai) == "other" and detect_language(thai) == "und"
    article = analyse(thai + "Port Authority chief Ann Lee said so.")
    assert article.language == "und" and not article.actors
    assert any("unknown language" in w for w in article.warnings)


def test_an_english_roundup_of_names_and_scores_stays_english() -> None:
    text = (
        "High School Roundup: Alder defeats Brookmere 3-1. Alder 25-18, 25-20, 22-25, "
        "25-19. Kills: Ana Ruiz 12, Bea Cole 9. Digs: Cara Holt 14. Brookmere 2-5, Alder 7-0."
    )
    assert detect_language(text) == "en"


def test_japanese_sentences_split_at_cjk_stops():
    spans = split_sentences(JAPANESE, [Paragraph(0, len(JAPANESE))])
    texts = [JAPANESE[s.start : s.end] for s in spans]
    assert texts == [
        "市議会は月曜日、港の新しい計画を発表した。",
        "計画には二台のクレーンと新しい岸壁が含まれる。",
        "工事は秋までに終わる予定だ！",
        "反対派はまだ意見を述べていない？",
        "「賛成です。」と市長は言った。",
    ]


def test_cjk_word_counts_count_characters():
    assert count_words("Hello world") == 2
    assert count_words("計画 plan 発表") == 5
    article = analyse(JAPANESE)
    assert article.word_count > 50
    assert len(article.sentences) == 5


def test_non_english_articles_warn_and_skip_english_rules():
    for text, code in ((GERMAN, "de"), (JAPANESE, "ja")):
        article = analyse(text)
        assert article.language == code
        assert article.actors == ()
        assert any("analysis tuned for English" in w for w in article.warnings)
        assert article.key_points and all(p.confidence <= 0.5 for p in article.key_points)
    english = analyse(ENGLISH)
    assert english.language == "en" and english.warnings == ()
    assert english.key_points[0].confidence == 1.0


def test_language_warning_reaches_show_and_both_exports():
    briefing = Briefing("Harbour", (analyse(GERMAN),))
    assert "analysis tuned for English" in render_plain(briefing)
    assert "analysis tuned for English" in export_markdown(briefing)
    data = json.loads(export_json(briefing))
    article = data["articles"][0]
    assert article["language"] == "de"
    assert any("analysis tuned for English" in w for w in article["warnings"])
    assert all(0 <= kp["confidence"] <= 1 for kp in article["key_points"])
