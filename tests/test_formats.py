"""HTML, e-mail and PDF layouts: loader tests on small files written for the tests."""

from __future__ import annotations

import pytest

from briefing.config import load_config
from briefing.load import Loader, html, mail, pdf
from briefing.model import Article, Document, LoadError
from briefing.pipeline import Pipeline

from . import formats_data as data

pytest.importorskip("trafilatura")
pytest.importorskip("pypdfium2")


def check_offsets(doc: Document) -> None:
    """Paragraphs lie in the text in order and do not overlap; headings tile the text."""
    text = doc.text
    last = 0
    for p in doc.paragraphs:
        assert last <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == text[p.start : p.end].strip()
        last = p.end
    if doc.headings:
        assert doc.headings[0].start == 0 and doc.headings[-1].end == len(text)
        for a, b in zip(doc.headings, doc.headings[1:], strict=False):
            assert a.end == b.start
    pages = doc.meta.get("pages") or []
    assert pages == sorted(pages) and all(0 <= p <= len(text) for p in pages)


def _loader(tmp_path, **files) -> Loader:
    for name, content in files.items():
        (tmp_path / name.replace("_dot_", ".")).write_bytes(content)
    return Loader(load_config(None, require_sources=False), [str(tmp_path)])


def _read(loader: Loader, index: int = 0):
    result = loader.read(index)
    assert not isinstance(result, LoadError), result
    check_offsets(result[0])
    return result


# --- HTML ---------------------------------------------------------------------------


def test_html_page_main_text_without_boilerplate(tmp_path):
    doc, meta = _read(_loader(tmp_path, page_dot_html=data.PAGE))
    assert "ferry link between the old town" in doc.text
    assert "road repairs on the islands" in doc.text
    assert "most important transport decision" in doc.text  # block quote kept
    assert "Two boats will run" in doc.text  # list items kept
    for junk in ("SCRIPTSECRET", "tracking pixel", "cookies", "Privacy policy", "All rights"):
        assert junk not in doc.text
    assert "Costs and timetable" in [s.title for s in doc.headings]
    assert meta["byline"] == "Maria Okafor"
    assert meta["source"] == "Coastline Gazette"
    assert meta["url"] == "https://gazette.example.org/2024/03/ferry-link"
    assert meta["date"] == "2024-03-05"
    assert meta["title"].startswith("Harbour council approves")
    assert meta["cite"] == "paragraph"


def test_html_hover_card_left_out_of_the_sentence(tmp_path):
    card = (
        b'<span class="who"><a href="/people/ines-berg">Ines Berg</a><span class="card">'
        b'<span><img src="/berg.jpg" alt=""><a href="/people/ines-berg">Ines Berg</a>'
        b'<a href="/a">Berg backs new timetable</a> <a href="/b">Council row deepens</a>'
        b"</span></span></span>"
    )
    page = data.PAGE.replace(b"Councillor Ines Berg", b"Councillor " + card)
    doc, _ = _read(_loader(tmp_path, page_dot_html=page))
    assert "Councillor Ines Berg said the service" in " ".join(doc.text.split())
    assert "Council row deepens" not in doc.text and "Berg backs" not in doc.text


def test_html_list_of_other_stories_left_out_but_a_list_that_says_more_kept(tmp_path):
    stories = (
        b"<p><strong>READ ALSO</strong></p><p>"
        b'<a href="/x">Ferry fares to rise next year</a> [<strong>ANALYSIS]<br></strong>'
        b'<a href="/y">Storm closes the northern pier</a> [<strong>PICTURES]<br></strong>'
        b'<a href="/z">Islanders vote on new bridge</a></p>'
    )
    items = (
        b"<p>1) A waterproof map of the islands with every ferry stop marked<br>"
        b'<a href="/m">shop.example.org/m</a><br>2) A tide table for the whole of the '
        b'coming year<br><a href="/t">shop.example.org/t</a></p>'
    )
    marker = b"<h2>Costs and timetable</h2>"
    page = data.PAGE.replace(marker, stories + items + marker)
    doc, _ = _read(_loader(tmp_path, page_dot_html=page))
    for story in ("Ferry fares to rise", "Storm closes", "Islanders vote"):
        assert story not in doc.text
    assert "A tide table for the whole of the coming year" in " ".join(doc.text.split())
    assert "Councillor Ines Berg said" in doc.text


def test_html_list_item_heading_and_its_own_list_are_not_glued(tmp_path):
    credits = (
        b"<h2>Credits</h2><ul><li><h3>Photographer</h3><ul><li><a href='/p/ines'>Ines Berg"
        b"</a> (Coastline Gazette)</li></ul></li><li><h3>Editor</h3><ul><li>Tomas Lind"
        b"</li></ul></li></ul>"
    )
    page = data.PAGE.replace(b"</article>", credits + b"</article>")
    doc, _ = _read(_loader(tmp_path, page_dot_html=page))
    assert "Photographer" in doc.text and "Ines Berg" in doc.text
    assert "PhotographerInes" not in doc.text and "EditorTomas" not in doc.text


def test_html_detected_by_content_without_extension(tmp_path):
    loader = _loader(tmp_path, saved_page=data.PAGE)
    assert loader.format_of(0) == "html"
    doc, _ = _read(loader)
    assert "<html" not in doc.text and "ferry link" in doc.text


def test_html_citation_points_to_url_and_paragraph(tmp_path):
    (tmp_path / "page.html").write_bytes(data.PAGE)
    [article] = list(Pipeline(load_config(None, require_sources=False), [str(tmp_path)]))
    assert isinstance(article, Article)
    loc = article.locator(article.paragraphs[2].start)
    assert loc == "https://gazette.example.org/2024/03/ferry-link#p3"


def test_html_cache_reused_and_corrupt_entry_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = html.read_html(data.PAGE)
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 1
    monkeypatch.setattr(html, "extract", lambda _: pytest.fail("cache not used"))
    assert html.read_html(data.PAGE).text == first.text
    entries[0].write_text("{not json", "utf-8")
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert html.read_html(data.PAGE).text == first.text
    assert entries[0].read_text("utf-8").startswith("{")


def test_html_missing_extra_is_one_clear_line(tmp_path, monkeypatch):
    def missing() -> str:
        raise html.HtmlUnavailable(html.MISSING)

    monkeypatch.setattr(html, "extractor_version", missing)
    loader = _loader(tmp_path, page_dot_html=data.PAGE, note_dot_txt=b"A short note.\n")
    results = [loader.read(i) for i in range(len(loader))]
    errors = [r for r in results if isinstance(r, LoadError)]
    assert [e.reason for e in errors] == [html.MISSING]
    assert "install briefing[html]" in errors[0].reason


def test_malformed_html_loads_or_fails_cleanly(tmp_path):
    bad = b"<html><body><p>Unclosed <b>bold <i>text</p><div><p>Second paragraph here" * 20
    loader = _loader(tmp_path, bad_dot_html=bad, junk_dot_html=b"<<<>>><//\x01 garbage")
    for i in range(len(loader)):
        result = loader.read(i)
        if not isinstance(result, LoadError):
            check_offsets(result[0])


def test_html_bomb_is_bounded(tmp_path):
    bomb = b"<html><body>" + b"<div>" * 200_000 + b"<p>deep text</p>" + b"</div>" * 200_000
    loader = _loader(tmp_path, bomb_dot_html=bomb)
    result = loader.read(0)  # no RecursionError, no hang
    if not isinstance(result, LoadError):
        check_offsets(result[0])
        assert any("nested" in w for w in result[0].warnings)


# --- e-mail -------------------------------------------------------------------------


def test_multipart_mail_body_and_attachment_articles(tmp_path):
    loader = _loader(tmp_path, mail_dot_eml=data.multipart_mail())
    assert len(loader) == 2
    assert loader.ids[1].endswith("mail#2")
    assert loader.display_path(1).endswith("mail.eml#2")
    doc, meta = _read(loader, 0)
    assert meta["title"] == "Fähre an der Küste"  # RFC 2047
    assert meta["byline"] == "Jürgen Müller"
    assert meta["date"] == "2024-03-06"
    assert meta["source"] == "news.example.de"
    assert meta["cite"] == "message"
    assert "ferry link between the old town" in doc.text  # the HTML part, extracted
    assert "<p>" not in doc.text and "SCRIPTSECRET" not in doc.text
    attached, ameta = _read(loader, 1)  # base64 HTML attachment
    assert "Island board" in attached.text
    assert ameta["title"].startswith("Island board") and ameta["cite"] == "message"


def test_mbox_of_three(tmp_path):
    loader = _loader(tmp_path, box_dot_mbox=data.mbox_of_three())
    assert len(loader) == 3
    titles = [_read(loader, i)[1]["title"] for i in range(3)]
    assert titles == ["Message 1", "Message 2", "Message 3"]
    assert _read(loader, 1)[1]["byline"] == "Bo Chen"


def test_plain_body_cleaning():
    body = (
        "Here is the news from the harbour today.\n\n"
        "On Mon, 4 Mar 2024, Bo Chen <bo@b.example> wrote:\n"
        "> old quoted text\n> more quoted text\n\n"
        "Last paragraph of the message.\n\n"
        "-- \nAna Lima\nPress officer\n"
    )
    cleaned = mail.clean_plain(body)
    assert "quoted" not in cleaned and "wrote:" not in cleaned
    assert "Press officer" not in cleaned
    assert cleaned.endswith("Last paragraph of the message.")
    footer = "Body text of the post.\n\nMore text.\n\n_______________\nlist mailing list\nhttps://x/listinfo\n"
    assert "mailing list" not in mail.clean_plain(footer)


def test_list_id_is_the_source(tmp_path):
    msg = data.message(list_id='"Harbour news" <harbour.lists.example.net>')
    doc, meta = _read(_loader(tmp_path, m_dot_eml=msg.as_bytes()))
    assert meta["source"] == "Harbour news"
    assert doc.text.startswith("The regional assembly")


def test_digest_gives_one_article_per_message(tmp_path):
    digest = data.message("Harbour digest, Vol 1, Issue 2")
    digest.clear_content()
    digest.make_mixed()
    inner = [data.message(f"Topic {i}", f"Digest message {i} body text.\n") for i in (1, 2, 3)]
    from email.message import EmailMessage

    part = EmailMessage()
    part.set_type("multipart/digest")
    for m in inner:
        part.attach(m)
    digest.attach(part)
    loader = _loader(tmp_path, d_dot_eml=digest.as_bytes())
    assert [_read(loader, i)[1]["title"] for i in range(len(loader))] == [
        "Topic 1",
        "Topic 2",
        "Topic 3",
    ]


def test_zip_bomb_attachment_refused(tmp_path):
    loader = _loader(tmp_path, z_dot_eml=data.zip_bomb_mail())
    assert len(loader) == 1
    doc, _ = _read(loader)
    assert any("figures.zip" in w and "not opened" in w for w in doc.warnings)


def test_mail_with_1000_parts_is_bounded(tmp_path):
    loader = _loader(tmp_path, many_dot_eml=data.many_parts_mail(1000))
    assert len(loader) == 1
    doc, _ = _read(loader)
    assert any("MIME parts" in w for w in doc.warnings)


def test_maildir_folder(tmp_path):
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "box" / sub).mkdir(parents=True)
    (tmp_path / "box" / "new" / "1709632800.M1.host").write_bytes(data.message().as_bytes())
    (tmp_path / "box" / "tmp" / "partial").write_bytes(b"half a message")
    loader = Loader(load_config(None, require_sources=False), [str(tmp_path)])
    assert len(loader) == 1 and loader.format_of(0) == "email"
    assert _read(loader)[1]["title"] == "Harbour budget"


# --- PDF ----------------------------------------------------------------------------


def test_two_column_pdf_reading_order_pages_and_cleanup(tmp_path):
    loader = _loader(tmp_path, report_dot_pdf=data.two_column_pdf(3))
    doc, meta = _read(loader)
    text = doc.text
    assert meta["cite"] == "page" and len(meta["pages"]) == 3
    first_page = text[meta["pages"][0] : meta["pages"][1]]
    assert first_page.index("river authority published") < first_page.index("second column")
    assert "unavoidable after the storms" in text  # de-hyphenated
    assert "Annual Report 2024" not in text  # running header
    paragraphs = [text[p.start : p.end] for p in doc.paragraphs]
    assert len(paragraphs) == 12  # four per page, rebuilt from line geometry
    assert all("\n" not in p and p[-1] == "." for p in paragraphs)


def test_pdf_citation_points_to_page(tmp_path):
    (tmp_path / "report.pdf").write_bytes(data.two_column_pdf(3))
    [article] = list(Pipeline(load_config(None, require_sources=False), [str(tmp_path)]))
    assert isinstance(article, Article)
    offset = article.pages[2] + 5
    assert article.locator(offset).endswith("report.pdf:p3")


def test_pdf_without_text_layer_is_a_clear_error(tmp_path):
    result = _loader(tmp_path, scan_dot_pdf=data.textless_pdf()).read(0)
    assert isinstance(result, LoadError) and "no text layer" in result.reason


def test_encrypted_pdf_is_a_clear_error(tmp_path):
    result = _loader(tmp_path, locked_dot_pdf=data.encrypted_pdf()).read(0)
    assert isinstance(result, LoadError) and "encrypted" in result.reason


def test_broken_pdf_is_a_clear_error(tmp_path):
    result = _loader(tmp_path, broken_dot_pdf=b"%PDF-1.4\n garbage").read(0)
    assert isinstance(result, LoadError)


def test_dehyphenate_keeps_real_hyphens():
    assert pdf._dehyphenate(["unavoid-", "able"]) == "unavoidable"
    assert pdf._dehyphenate(["the 1990-", "2000 period"]) == "the 1990- 2000 period"


# --- mixed folders ------------------------------------------------------------------


def test_mixed_folder_formats_and_skipped(tmp_path):
    loader = _loader(
        tmp_path,
        a_dot_txt=b"Plain note\n\nThe council met on Monday.\n",
        b_dot_html=data.PAGE,
        c_dot_mbox=data.mbox_of_three(),
        d_dot_pdf=data.two_column_pdf(1),
        e_dot_gif=b"GIF89a\x00\x01",
    )
    assert [loader.format_of(i) for i in range(len(loader))] == ["text", "html"] + ["email"] * 3 + [
        "pdf"
    ]
    assert [(p.rsplit("/", 1)[1], r) for p, r in loader.skipped] == [
        ("e.gif", "unsupported format (.gif)")
    ]
    for i in range(len(loader)):
        _read(loader, i)


def test_config_and_cli_accept_new_formats(tmp_path):
    (tmp_path / "page").write_bytes(data.PAGE)
    (tmp_path / "config.yaml").write_text("sources:\n  - {path: page, format: html}\n")
    loader = Loader(load_config(tmp_path / "config.yaml"))
    assert loader.format_of(0) == "html"
    forced = Loader(
        load_config(None, require_sources=False), [str(tmp_path / "page")], None, "text"
    )
    assert forced.format_of(0) == "text"


def test_check_reports_formats_and_extractors(tmp_path, capsys):
    from briefing.cli import main

    (tmp_path / "b.html").write_bytes(data.PAGE)
    (tmp_path / "c.mbox").write_bytes(data.mbox_of_three())
    (tmp_path / "x.bin").write_bytes(b"\x00\x01")
    main(["check", str(tmp_path)])
    out = capsys.readouterr().out
    assert "format: html: 1 article(s), read with trafilatura-" in out
    assert "format: email: 3 article(s)" in out
    assert "skipped: " in out and "x.bin: unsupported format (.bin)" in out


# --- offsets invariants (hypothesis) --------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from briefing.load import blocks as blocks_mod  # noqa: E402
from briefing.load.layout import split_text  # noqa: E402

_words = st.text(alphabet=st.sampled_from("ab C.\n\t -\u00a0\x1b"), min_size=0, max_size=40)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.tuples(_words, st.integers(0, 3), st.integers(1, 4)), max_size=12))
def test_blocks_build_offsets(items):
    blocks = [blocks_mod.Block(text, level, page) for text, level, page in items]
    doc = blocks_mod.build(blocks, {}, [], pages=4)
    check_offsets(doc)
    assert len(doc.meta["pages"]) == 4
    assert "\x1b" not in doc.text
    kept = [blocks_mod.tidy(b.text) for b in blocks if blocks_mod.tidy(b.text) and not b.level]
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == kept


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["text line", "> quoted", "", "-- ", "On x wrote:", "____"]),
                max_size=15))  # fmt: skip
def test_mail_plain_body_offsets(lines):
    doc = split_text(mail.clean_plain("\n".join(lines)), ())
    check_offsets(doc)
    assert "> quoted" not in doc.text


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(alphabet="abc DEF.,", min_size=1, max_size=30), min_size=1, max_size=6))
def test_html_page_offsets(paragraphs):
    body = "".join(f"<p>{p} and more words in this paragraph to read.</p>" for p in paragraphs)
    page = f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"
    try:
        doc = html.extract(page.encode())
    except ValueError:
        return
    check_offsets(doc)


def test_letter_spaced_pdf_text_gets_its_words_back(tmp_path):
    """pdfium makes up a space between most letters of letter-spaced text: narrow gaps join."""
    sentence = "The harbour council met on Monday to plan repairs of the old quay wall."
    loader = _loader(tmp_path, notice_dot_pdf=data.letter_spaced_pdf(sentence))
    doc, _ = _read(loader)
    assert doc.text == sentence


def test_pdf_commas_drawn_low_stay_in_their_line():
    """A font drawing its comma box from just above the baseline to below the letters'
    boxes (a run 166.6-176.9 high, a comma 175.3-178.7): the comma joins the run."""
    from briefing.load.pdf import Seg, _hangs_on, _same_line

    run = Seg(72.0, 166.6, 210.0, 176.9, "Thursday")
    assert not _same_line(run.top, run.bottom, 175.3, 178.7)
    assert _hangs_on(run, ",", 175.3, 178.7)
    assert not _hangs_on(run, "a", 175.3, 178.7)  # a letter that low is another line
    assert not _hangs_on(run, ",", 177.5, 181.0)  # starts below the run
    assert not _hangs_on(run, ",", 175.3, 185.0)  # reaches far below it


def test_word_processor_pdf_titles_are_cleaned():
    from briefing.load.pdf_meta import doc_meta

    assert doc_meta({"Title": "Microsoft Word - Harbour notice.doc"})["title"] == "Harbour notice"
    assert "title" not in doc_meta({"Title": "Untitled-1"})
    assert doc_meta({"Title": "Harbour report 2024"})["title"] == "Harbour report 2024"
    assert doc_meta({"Title": "Microsoft Word - PORT_NOTICE_1.doc"})["title"] == "PORT NOTICE"
    assert doc_meta({"Title": "Harbour notice (2).docx"})["title"] == "Harbour notice"
    assert doc_meta({"Title": "Route 1"})["title"] == "Route 1"  # no file name: kept
    assert doc_meta({"Title": "Harbour song.pages"})["title"] == "Harbour song"
    assert doc_meta({"Title": "04-1234-CV0.wpd\x00"})["title"] == "04-1234-CV0"  # NUL-ended
    assert "title" not in doc_meta({"Title": "40512.exe"})  # the printing program's name
    assert "title" not in doc_meta({"Title": "2024-06-20"})  # no letter: no title
    assert doc_meta({"Title": "Harbour plan.pdf"})["title"] == "Harbour plan"
