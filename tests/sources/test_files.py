"""Plain-text files, folders, gzip and standard input."""

from __future__ import annotations

import codecs
import gzip
import io
import json
from datetime import date

from tidings.records import Article, Rejection


def test_reads_text_file_whole_with_id_title_and_origin(write, read, article_text):
    path = write("news/000_border.txt", article_text)
    (article,) = read(path)
    assert isinstance(article, Article)
    assert article.id == "000_border.txt"
    assert article.title == "Ministers agree to reopen the northern border crossing"
    assert article.text == article_text  # the title line stays, so offsets are the file's
    assert article.origin == str(path)
    assert article.published is None and article.outlet is None and article.url is None


def test_keeps_crlf_line_ends_so_offsets_match_the_file(write, read, article_text):
    path = write("crlf.txt", article_text.replace("\n", "\r\n"))
    (article,) = read(path)
    assert article.text == article_text.replace("\n", "\r\n")
    assert article.title == "Ministers agree to reopen the northern border crossing"


def test_accepts_utf8_bom_and_drops_it(write, read, article_text):
    (article,) = read(write("bom.txt", codecs.BOM_UTF8 + article_text.encode("utf-8")))
    assert article.text == article_text


def test_accepts_utf16_with_bom(write, read, article_text):
    (article,) = read(write("wide.txt", article_text.encode("utf-16")))
    assert article.text == article_text


def test_uses_configured_published_date_when_text_has_none(write, read, config, article_text):
    dated = config.with_values(ingest={"published": "2019-05-06"})
    (article,) = read(write("a.txt", article_text), config=dated)
    assert article.published == date(2019, 5, 6)


def test_reads_folder_recursively_in_sorted_order(write, read, article_text, tmp_path):
    write("corpus/b.txt", article_text)
    write("corpus/a/z.txt", article_text.replace("Valmont", "Ostra"))
    write("corpus/a/c.txt", article_text.replace("Valmont", "Brel"))
    write("corpus/0.txt", article_text.replace("Valmont", "Kesh"))
    items = read(tmp_path / "corpus")
    assert [item.id for item in items] == ["0.txt", "c.txt", "z.txt", "b.txt"]
    assert all(isinstance(item, Article) for item in items)


def test_folder_walk_skips_hidden_and_non_article_files(write, read, article_text, tmp_path):
    write("corpus/story.txt", article_text)
    write("corpus/.notes.txt", article_text)
    write("corpus/.git/config.txt", article_text)
    write("corpus/photo.png", b"\x89PNG\r\n\x1a\n" + bytes(50))
    write("corpus/scan.PDF", b"%PDF-1.4\n")
    write("corpus/old.zip.gz", gzip.compress(b"PK\x03\x04"))
    assert [item.id for item in read(tmp_path / "corpus")] == ["story.txt"]


def test_file_named_explicitly_is_tried_even_with_a_skipped_extension(write, read, article_text):
    (article,) = read(write("oddly-named.csv", article_text))
    assert isinstance(article, Article)


def test_folder_file_that_is_not_text_is_rejected_and_walk_goes_on(write, read, article_text, tmp_path):
    write("corpus/a.dat", b"\x00\x01\x02\x03 binary")
    write("corpus/b.txt", article_text)
    rejection, article = read(tmp_path / "corpus")
    assert rejection == Rejection(str(tmp_path / "corpus" / "a.dat"), "binary file")
    assert article.id == "b.txt"


def test_reads_gzip_text_and_drops_gz_from_the_id(write, read, article_text):
    (article,) = read(write("story.txt.gz", gzip.compress(article_text.encode())))
    assert article.id == "story.txt"
    assert article.text == article_text


def test_detects_gzip_by_magic_bytes_without_suffix(write, read, article_text):
    (article,) = read(write("story", gzip.compress(article_text.encode())))
    assert article.text == article_text


def test_reads_gzip_html(write, read):
    page = "<html><head><title>Harbour reopens</title></head><body><article><p>" + "The harbour reopened. " * 10
    (article,) = read(write("page.html.gz", gzip.compress((page + "</p></article></body></html>").encode())))
    assert article.id == "page.html"
    assert article.title == "Harbour reopens"
    assert article.text.startswith("The harbour reopened.")


def test_reads_standard_input_as_one_text_article(read, article_text):
    (article,) = read("-", stdin=io.BytesIO(article_text.encode()))
    assert (article.id, article.origin, article.text) == ("stdin", "-", article_text)


def test_reads_gzip_from_standard_input(read, article_text):
    (article,) = read("-", stdin=io.BytesIO(gzip.compress(article_text.encode())))
    assert article.text == article_text


def test_reads_jsonl_from_standard_input(read, article_text):
    lines = json.dumps({"id": "one", "text": article_text}) + "\n" + json.dumps({"text": article_text}) + "\n"
    first, second = read("-", stdin=io.BytesIO(lines.encode()))
    assert (first.id, first.origin) == ("one", "-:1")
    assert (second.id, second.origin) == ("stdin:2", "-:2")


def test_reads_html_from_standard_input(read):
    page = "<!DOCTYPE html><html><body><article><p>" + "Talks resumed in the capital. " * 5 + "</p></article>"
    (article,) = read("-", stdin=io.BytesIO(page.encode()))
    assert article.id == "stdin"
    assert article.text.startswith("Talks resumed in the capital.")


def test_rejects_standard_input_given_twice(read, article_text):
    article, rejection = read("-", "-", stdin=io.BytesIO(article_text.encode()))
    assert article.id == "stdin"
    assert rejection == Rejection("-", "standard input was already read (give '-' once)")


def test_rejects_duplicate_id_from_another_file(write, read, article_text, tmp_path):
    first = write("one/story.txt", article_text)
    second = write("two/story.txt", article_text)
    article, rejection = read(first, second)
    assert article.origin == str(first)
    assert rejection == Rejection(str(second), f"duplicate id 'story.txt' (already read from {first})", "story.txt")


def test_rejects_same_file_given_twice_as_duplicate(write, read, article_text):
    path = write("story.txt", article_text)
    article, rejection = read(path, path)
    assert isinstance(article, Article)
    assert rejection.reason.startswith("duplicate id 'story.txt'")


def test_one_bad_input_does_not_stop_the_others(write, read, article_text, tmp_path):
    items = read(write("a.txt", article_text), tmp_path / "missing.txt", write("b.txt", b""), write("c.txt",
                                                                                                   article_text))
    assert [type(item).__name__ for item in items] == ["Article", "Rejection", "Rejection", "Article"]
