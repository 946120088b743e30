"""Reading files: formats, encodings, header rows, footers, bad and hostile files."""
from __future__ import annotations

import io
import time
import zipfile

import numpy as np
import pytest

import fixtures_files as ff
from itastats.i18n import catalog
from itastats.read.problems import ERROR, INFO, InputError, describe
from itastats.read.reading import (CSV, ODS, XLS, XLSX, Limits, column_letter, decode_text, read_path, read_workbook,
                                   sniff_delimiter, table)


def refused(data: bytes, name: str, key: str, **kw) -> InputError:
    with pytest.raises(InputError) as info:
        read_workbook(data, name, **kw)
    assert info.value.problem.key == key, info.value.problem
    assert info.value.problem.severity == ERROR
    assert info.value.problem.file == name
    for lang in ("th", "en"):
        text = describe(info.value.problem, lang)
        assert name in text and "{" not in text
    return info.value


# ---------------------------------------------------------------- formats

def test_xlsx_title_rows_blank_row_and_footers():
    wb = read_workbook(ff.xlsx_paired(), "โครงการ.xlsx")
    assert wb.kind == XLSX and wb.sheet_names == ("เวลาอนุมัติ",)
    t = table(wb)
    assert t.header_row == 4 and t.header_rows == (4,)
    assert list(t.columns) == ff.PAIRED_HEADER
    assert t.rows.tolist() == ff.PAIRED_ROWS           # blank row 9 skipped
    footers = [p for p in t.problems if p.key == "read.footer_row"]
    assert [(p.row, p.params["label"]) for p in footers] == [(14, "รวม"), (15, "ค่าเฉลี่ย")]
    assert all(p.severity == INFO and p.sheet == "เวลาอนุมัติ" for p in t.problems)
    below = [p for p in t.problems if p.key == "read.rows_below_footer"]
    assert below and below[0].row == 17


def test_footer_labels_in_any_case_and_after_spaces():
    text = ("ลำดับ,ก่อน,หลัง\n1,5,3\n2,6,4\n"
            "  TOTAL,11,7\nAverage:,5.5,3.5\n\u00a0S.D.,0.7,0.7\nMax,6,4\n"
            "Team A,9,9\n")       # a row below the footer that is not a footer label
    t = table(read_workbook(text.encode(), "a.csv"))
    assert t.rows.tolist() == [2, 3]
    footers = [(p.row, p.params["label"]) for p in t.problems if p.key == "read.footer_row"]
    assert footers == [(4, "TOTAL"), (5, "Average:"), (6, "S.D."), (7, "Max")]
    below = [p for p in t.problems if p.key == "read.rows_below_footer"]
    assert [(p.row, p.params["n"]) for p in below] == [(8, 1)]


def test_footer_first_letters_cover_every_case_form():
    """The footer filter looks a cell's first letter up without lower-casing it:
    its set must hold exactly the letters that lower-case (Python or Arrow) into
    the footer labels' first letters."""
    import sys

    import pyarrow as pa
    import pyarrow.compute as pc

    from itastats.read.reading import _FOOTER_FIRST, _FOOTER_START
    chars = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF]
    by_python = {c for c in chars if c.lower() in _FOOTER_START}
    by_arrow = {c for c, low in zip(chars, pc.utf8_lower(pa.array(chars)).to_pylist())
                if low in _FOOTER_START}
    assert by_python == by_arrow == set(_FOOTER_FIRST)


def test_header_row_override():
    wb = read_workbook(ff.xlsx_paired(), "a.xlsx")
    t = table(wb, header_row=4)
    assert t.header_row == 4
    with pytest.raises(InputError) as info:
        table(wb, header_row=500)
    assert info.value.problem.key == "read.bad_header_row"


def test_two_row_header_with_merges():
    t = table(read_workbook(ff.xlsx_two_row_header(), "a.xlsx"))
    assert t.header_rows == (2, 3) and t.header_row == 3
    assert list(t.columns) == ff.TWO_ROW_HEADER_EXPECTED
    assert t.rows.tolist() == [4, 5, 6, 7]


def test_two_row_header_without_merge_information():
    wb = read_workbook(ff.ods_two_row_header(), "a.ods")
    assert wb.kind == ODS
    t = table(wb)
    assert list(t.columns) == ff.TWO_ROW_HEADER_EXPECTED


def test_xls():
    pytest.importorskip("xlwt")
    wb = read_workbook(ff.xls_paired(), "เก่า.xls")
    assert wb.kind == XLS
    t = table(wb)
    assert t.header_row == 2
    assert list(t.columns) == ["ลำดับ", "ก่อน (นาที)", "หลัง (นาที)"]
    assert t.rows.tolist() == [3, 4, 5, 6]             # the ค่าเฉลี่ย row 7 is a footer


def test_ods():
    t = table(read_workbook(ff.ods_paired(), "a.ods"))
    assert t.header_row == 2 and list(t.columns) == ["ลำดับ", "ก่อน", "หลัง"]
    assert t.n_rows == 4


def test_all_sheets_listed():
    wb = read_workbook(ff.xlsx_all_layouts(), "all.xlsx")
    assert wb.sheet_names == ("เวลาอนุมัติ", "บริการ", "เวลาให้บริการ", "ข้อมูลแบบยาว",
                              "สรุปผล", "คำอธิบาย")
    assert wb.sheet("สรุปผล").name == "สรุปผล"
    with pytest.raises(InputError) as info:
        wb.sheet("ไม่มี")
    assert info.value.problem.key == "read.no_such_sheet"


def test_read_path(tmp_path):
    path = tmp_path / "a.xlsx"
    path.write_bytes(ff.xlsx_multi_pair())
    assert read_path(path).file == "a.xlsx"
    with pytest.raises(InputError) as info:
        read_path(path, limits=Limits(max_bytes=100))
    assert info.value.problem.key == "read.too_large"


# ---------------------------------------------------------------- text files

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp874"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_encodings_and_delimiters(encoding, delimiter):
    data = ff.csv_bytes(encoding, delimiter)
    wb = read_workbook(data, "ข้อมูล.csv")
    assert wb.kind == CSV and wb.delimiter == delimiter
    assert wb.sheet_names == ("ข้อมูล",)
    t = table(wb)
    assert t.header_row == 2
    assert list(t.columns) == ff.CSV_HEADER
    assert t.rows.tolist() == [3, 4, 5, 6]
    assert [p.key for p in t.problems] == ["read.footer_row"]
    assert wb.problems[0].key == "read.text_read_as"


def test_teams_utf16_tab():
    data = ff.csv_text("\t").encode("utf-16")       # BOM + UTF-16-LE, tab separated
    assert data[:2] == b"\xff\xfe"
    wb = read_workbook(data, "attendance.csv")
    assert wb.encoding.startswith("utf-16") and wb.delimiter == "\t"


def test_tsv_and_txt_without_title():
    wb = read_workbook(ff.csv_bytes("utf-8", "\t", title=False), "a.tsv")
    assert table(wb).header_row == 1
    wb = read_workbook(ff.csv_bytes("utf-8", "|", title=False), "a.txt")
    assert table(wb).header_row == 1


def test_decode_text_order():
    assert decode_text("ก่อน".encode("cp874"), "a.csv") == ("ก่อน", "cp874")
    assert decode_text("ก่อน".encode("utf-8"), "a.csv") == ("ก่อน", "utf-8")
    assert decode_text(b"\xef\xbb\xbfab", "a.csv") == ("ab", "utf-8 (BOM)")
    text, enc = decode_text("ก่อน,หลัง\n1,2\n".encode("utf-16-le"), "a.csv")
    assert text.startswith("ก่อน") and enc == "utf-16-le"


def test_sniff_delimiter_with_thousands_in_quotes():
    text = 'a;b;c\n"1,250.00";2;3\n"2,000";4;5\n'
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("sep=|\na|b\n1|2\n") == "|"


def test_csv_with_excel_sep_line():
    wb = read_workbook("sep=;\nก่อน;หลัง\n5;3\n6;4\n".encode(), "a.csv")
    t = table(wb)
    assert list(t.columns) == ["ก่อน", "หลัง"] and t.n_rows == 2


def test_ragged_csv_rows_are_padded():
    wb = read_workbook("ก่อน,หลัง,หมายเหตุ\n5,3\n6,4,ด่วน\n".encode(), "a.csv")
    t = table(wb)
    assert t.n_rows == 2 and t.columns == ("ก่อน", "หลัง", "หมายเหตุ")


# ---------------------------------------------------------------- bad files

def test_empty_file():
    refused(b"", "ว่าง.xlsx", "read.empty_file")
    refused(b"  \r\n", "ว่าง.csv", "read.empty_file")


@pytest.mark.parametrize("data, name", [(ff.PNG_BYTES, "รูป.xlsx"), (ff.PDF_BYTES, "รายงาน.xlsx"),
                                        (ff.PDF_BYTES, "รายงาน.csv")])
def test_not_a_spreadsheet(data, name):
    refused(data, name, "read.not_spreadsheet")


def test_binary_renamed_csv():
    refused(ff.binary_bytes(), "ข้อมูล.csv", "read.not_spreadsheet")


def test_html_saved_as_xls():
    refused(b"<html><body><table><tr><td>1</td></tr></table></body></html>", "export.xls",
            "read.html_as_excel")


def test_word_document_is_not_a_spreadsheet():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    refused(out.getvalue(), "a.xlsx", "read.not_spreadsheet")


def test_damaged_xlsx():
    refused(ff.truncated_xlsx(), "ครึ่งไฟล์.xlsx", "read.damaged")


def test_damaged_xls():
    refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "a.xls", "read.damaged")


def test_header_only():
    wb = read_workbook(ff.header_only_xlsx(), "a.xlsx")
    with pytest.raises(InputError) as info:
        table(wb)
    assert info.value.problem.key == "read.header_only"
    assert info.value.problem.row == 2


def test_no_numbers():
    wb = read_workbook(ff.no_numbers_xlsx(), "a.xlsx")
    with pytest.raises(InputError) as info:
        table(wb)
    assert info.value.problem.key == "read.no_numbers"


def test_empty_sheet():
    wb = read_workbook(ff.xlsx_from_rows([]), "a.xlsx")
    with pytest.raises(InputError) as info:
        table(wb)
    assert info.value.problem.key == "read.sheet_empty"


def test_no_header_in_scan_window():
    rows = [[f"บรรทัด {i}"] for i in range(40)] + [["ก่อน", "หลัง"], [5, 3]]
    wb = read_workbook(ff.xlsx_from_rows(rows), "a.xlsx")
    with pytest.raises(InputError) as info:
        table(wb)
    assert info.value.problem.key == "read.no_header"
    assert table(wb, header_row=41).n_rows == 1     # the user picks the header


def test_single_pair_reads():
    t = table(read_workbook(ff.single_pair_xlsx(), "a.xlsx"))
    assert t.n_rows == 1


# ---------------------------------------------------------------- limits and bombs

def test_too_large_upload():
    refused(ff.xlsx_paired(), "a.xlsx", "read.too_large", limits=Limits(max_bytes=1000))


def test_too_many_rows_and_columns():
    data = ff.xlsx_from_rows([["ก่อน", "หลัง"]] + [[i, i] for i in range(50)])
    wb_err = pytest.raises(InputError, read_workbook, data, "a.xlsx", limits=Limits(max_rows=20))
    assert wb_err.value.problem.key == "read.too_many_rows"
    err = pytest.raises(InputError, read_workbook, data, "a.xlsx", limits=Limits(max_columns=1))
    assert err.value.problem.key == "read.too_many_columns"
    csv_data = ("ก่อน,หลัง\n" + "1,2\n" * 50).encode()
    err = pytest.raises(InputError, read_workbook, csv_data, "a.csv", limits=Limits(max_rows=20))
    assert err.value.problem.key == "read.too_many_rows"


def test_too_many_sheets():
    data = ff.xlsx_all_layouts()
    err = pytest.raises(InputError, read_workbook, data, "a.xlsx", limits=Limits(max_sheets=2))
    assert err.value.problem.key == "read.too_many_sheets"


def test_zip_bomb_refused_from_central_directory():
    bomb = ff.zip_bomb_xlsx(320)                   # 320 MB of spaces in a sheet
    assert len(bomb) < 2 * 1024 * 1024             # ... in a file of under 2 MB
    start = time.perf_counter()
    err = refused(bomb, "bomb.xlsx", "read.too_large_unzipped")
    assert time.perf_counter() - start < 1.0      # nothing was inflated
    assert err.problem.params["size_mb"] == "320"


def test_zip_bomb_refused_by_compression_ratio():
    bomb = ff.zip_bomb_xlsx(20)                    # under the total, but ~1000:1
    start = time.perf_counter()
    err = refused(bomb, "bomb.xlsx", "read.zip_bomb")
    assert time.perf_counter() - start < 1.0
    assert "sheet1.xml" in err.problem.params["detail"]


@pytest.mark.parametrize("part", ["sheet", "shared"])
def test_xml_entity_bomb_refused(part):
    data = ff.handmade_xlsx(doctype_in=part)
    start = time.perf_counter()
    err = refused(data, "laughs.xlsx", "read.xml_doctype")
    assert time.perf_counter() - start < 1.0
    assert err.problem.params["part"].endswith("sheet1.xml" if part == "sheet"
                                               else "sharedStrings.xml")


@pytest.mark.parametrize("part", ["sheet", "shared"])
def test_calamine_itself_does_not_expand_entities(part):
    """Defence in depth: even unchecked, calamine refuses the file quickly."""
    from python_calamine import CalamineWorkbook

    data = ff.handmade_xlsx(doctype_in=part)
    start = time.perf_counter()
    with pytest.raises(Exception):
        CalamineWorkbook.from_object(io.BytesIO(data)).get_sheet_by_index(0).to_python()
    assert time.perf_counter() - start < 1.0


def test_handmade_xlsx_without_doctype_reads():
    t = table(read_workbook(ff.handmade_xlsx(), "ok.xlsx"))
    assert t.columns == ("ก่อน", "หลัง") and t.data.iloc[0].tolist() == [5.0, 3.0]


def test_limits_are_frozen():
    with pytest.raises(Exception):
        Limits().max_rows = 5  # type: ignore[misc]


# ---------------------------------------------------------------- helpers

def test_column_letter():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == \
        ["A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_unnamed_and_duplicate_columns():
    wb = read_workbook("ก่อน,หลัง,,ก่อน\n5,3,x,1\n".encode(), "a.csv")
    t = table(wb)
    assert t.columns == ("ก่อน", "หลัง", "(C)", "ก่อน #2")
    assert t.letter("(C)") == "C"


def test_table_data_index_is_excel_rows():
    t = table(read_workbook(ff.xlsx_paired(), "a.xlsx"))
    assert t.data.index.tolist() == ff.PAIRED_ROWS
    assert t.data.loc[6, "ระยะเวลาอนุมัติ ก่อน (วัน)"] == "๗"
    assert np.isclose(t.data.loc[11, "ระยะเวลาอนุมัติ ก่อน (วัน)"], 9.5)


def test_benchmark_module_runs_small(tmp_path):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks import bench_read

    out = bench_read.measure(tmp_path, repeat=1, n=500)
    assert set(out) == {"read_seconds_itastats", "read_seconds_openpyxl", "read_seconds_calamine",
                        "read_speedup_vs_openpyxl", "read_ratio_vs_calamine"}
    assert all(v > 0 for v in out.values())


def test_two_text_cells_above_header_are_not_a_group_row():
    text = "หน่วยงาน:,กองกลาง,,\nลำดับ,เวลา ก่อน,เวลา หลัง,หมายเหตุ\n1,5,3,\n2,6,4,x\n"
    t = table(read_workbook(text.encode(), "a.csv"))
    assert t.header_rows == (2,) and t.columns[:3] == ("ลำดับ", "เวลา ก่อน", "เวลา หลัง")


def test_csv_two_row_header_is_joined():
    text = "ลำดับ,ระยะเวลา (วัน),,หมายเหตุ\n,ก่อน,หลัง,\n1,5,3,\n2,6,4,x\n"
    t = table(read_workbook(text.encode(), "a.csv"))
    assert t.header_rows == (1, 2)
    assert t.columns == ("ลำดับ", "ระยะเวลา (วัน) ก่อน", "ระยะเวลา (วัน) หลัง", "หมายเหตุ")


def test_reading_pauses_the_cycle_collector_and_gives_it_back():
    """Rows are built with Python's cycle collector paused (no cycles in cell
    values); afterwards it is on again, also after a refused file, and a
    caller who had paused it finds it paused still."""
    import gc
    from itastats.read.reading import InputError, read_workbook, table
    data = "ก่อน,หลัง\n1,2\n3,4\n".encode("utf-8")
    seen = []
    real = gc.disable

    def spy():
        seen.append("disable")
        real()
    gc.disable = spy
    try:
        assert gc.isenabled()
        tab = table(read_workbook(data, "a.csv"))
        assert list(tab.columns) == ["ก่อน", "หลัง"]
        assert seen and gc.isenabled()                      # paused, then on again
        with pytest.raises(InputError):
            read_workbook(b"\x00\x01garbage" * 10, "b.xlsx")
        assert gc.isenabled()
        real()                                              # the caller's own pause
        seen.clear()
        table(read_workbook(data, "a.csv"))
        assert not gc.isenabled() and not seen              # left as the caller had it
    finally:
        gc.disable = real
        gc.enable()
