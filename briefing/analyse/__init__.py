"""Analysis: sentences, actors, statements, key points and sections for a loaded document."""

from __future__ import annotations

from typing import Any

from briefing.analyse.actors.extract import extract_actors
from briefing.analyse.actors.gazetteer_cache import load_gazetteer
from briefing.analyse.keypoints import rank_key_points
from briefing.analyse.language import detect_language, language_warning
from briefing.analyse.quote_style import quote_view
from briefing.analyse.sections import topical_sections
from briefing.analyse.sentences import split_sentences
from briefing.analyse.statements import find_statements
from briefing.analyse.text_stats import sentence_terms
from briefing.config import Config
from briefing.model import Article, Document


class Analyser:
    """Turns a :class:`Document` into an :class:`Article` with the config's settings."""

    def __init__(self, config: Config) -> None:
        self.count = config.keypoints
        self.gazetteer = load_gazetteer(config.actors)

    def article(self, doc: Document, *, id: str, path: str, **meta: Any) -> Article:
        """Analyse ``doc``; ``meta`` holds title, dek, date and the other fields.

        The sentence term scan is done once here and passed to key points and sections.
        Actor rules read English capitalisation and word lists (German capitalises every
        noun; CJK has no case): actors and statements are skipped for text not in English,
        key points get a lower confidence, and the article a warning.
        """
        text = doc.text
        paragraphs = tuple(doc.paragraphs)
        sentences = split_sentences(text, paragraphs)
        language = detect_language(text)
        english = language == "en"
        actors = extract_actors(text, sentences, self.gazetteer) if english else ()
        # Quotation rules read single-mark quotations (British papers) as double ones.
        view = quote_view(text, paragraphs) if english else text
        # Speech cues and speaker rules are English too.
        statements = find_statements(text, paragraphs, sentences, actors, view) if english else ()
        terms = sentence_terms(text, sentences)
        key_points = rank_key_points(
            text,
            sentences,
            actors,
            self.count,
            meta.get("title", ""),
            terms=terms,
            english=english,
            view=view,
        )
        if doc.headings:
            sections = tuple(doc.headings)
        elif text:
            sections = topical_sections(text, paragraphs, sentences, actors, terms)
        else:
            sections = ()
        warnings = tuple(doc.warnings)
        note = language_warning(language)
        if note:
            warnings += (note,)
        return Article(
            id=id,
            path=path,
            text=text,
            first_line=doc.first_line,
            paragraphs=paragraphs,
            sentences=sentences,
            sections=sections,
            key_points=key_points,
            actors=actors,
            statements=statements,
            warnings=warnings,
            language=language,
            **meta,
        )
