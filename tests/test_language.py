"""Language awareness: script and language detection, CJK sentences and word counts."""

from __future__ import annotations

import json

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
