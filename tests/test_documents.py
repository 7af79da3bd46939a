import pytest

from translate_tool.documents import read_document, split_paragraphs
from translate_tool.errors import DocumentError


def test_utf8_bom_crlf_and_paragraphs(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffTítulo\r\n\r\nPrimera línea.\r\nSegunda línea.\r\n\r\n\r\nÚltimo.\r\n".encode("utf-8"))
    doc = read_document(p)
    assert doc.encoding == "utf-8-sig"
    assert doc.paragraphs == ("Título", "Primera línea.\nSegunda línea.", "Último.")
    assert "\r" not in doc.text and not doc.text.startswith("\ufeff")
    assert doc.warnings == ()


def test_windows_1252_fallback_warns_with_file_name(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("El “niño” comió piña.".encode("cp1252"))
    doc = read_document(p)
    assert doc.encoding == "cp1252"
    assert doc.paragraphs == ("El “niño” comió piña.",)
    assert len(doc.warnings) == 1 and "latin.txt" in doc.warnings[0] and "CP1252" in doc.warnings[0]


def test_latin1_only_bytes_fall_back_to_latin1(tmp_path):
    p = tmp_path / "l1.txt"
    p.write_bytes(b"caf\xe9 \x81")  # 0x81 is undefined in cp1252
    doc = read_document(p)
    assert doc.encoding == "latin-1" and doc.text.startswith("café")


def test_nfc_normalisation(tmp_path):
    p = tmp_path / "nfd.txt"
    p.write_text("cafe\u0301", encoding="utf-8")
    assert read_document(p).text == "café"


@pytest.mark.parametrize(
    "content, problem",
    [(b"\x00\x01binary\x00", "binary"), (bytes(range(1, 32)) * 50, "binary")],
)
def test_binary_files_are_refused_with_one_line(tmp_path, content, problem):
    p = tmp_path / "blob.txt"
    p.write_bytes(content)
    with pytest.raises(DocumentError) as err:
        read_document(p)
    assert str(err.value).startswith(str(p)) and problem in str(err.value) and "\n" not in str(err.value)


def test_missing_and_folder(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="folder"):
        read_document(tmp_path)


def test_whitespace_only_has_no_paragraphs(tmp_path):
    p = tmp_path / "ws.txt"
    p.write_text(" \n\t\n  \n", encoding="utf-8")
    assert read_document(p).paragraphs == ()


def test_blank_lines_with_spaces_separate_paragraphs():
    assert split_paragraphs("a\n  \nb\n\u00a0\nc") == ("a", "b", "c")
