#!/usr/bin/env python3
"""Writes a member list workbook (.xlsx) for the member import benchmark, standard library only.

    python3 bench/gen-members-xlsx.py --rows 1000 --out members-1000.xlsx [--seed 1]

The first row holds the 13 headers of the member list template (MemberImportColumn); every following
row is a plausible, unique and valid person: a unique name, "Nam"/"Nữ", a birth date dd/MM/yyyy between
1935 and 1964 (60 or older), ethnicity Kinh, household "Không", no national ID, a phone number, a
residential group and the join date 01/11/2025. The OOXML parts are written by hand with zipfile, cells
as inline strings (t="inlineStr"), so no shared-strings table is needed. Deterministic for a seed.
"""
import argparse
import random
import zipfile
from xml.sax.saxutils import escape

HEADERS = ["Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Hoàn cảnh hộ", "Năm xét hộ", "Khuyết tật",
           "Sống một mình", "Khó khăn khác", "Số CCCD", "Điện thoại", "Tổ dân phố/Thôn/Buôn", "Ngày tham gia"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý"]
MIDDLE = {"Nam": ["Văn", "Hữu", "Đức", "Công", "Quang", "Minh"], "Nữ": ["Thị", "Ngọc", "Thu", "Kim", "Thanh"]}
GIVEN = {"Nam": ["An", "Bảo", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân",
                 "Sơn", "Tài", "Thắng", "Tuấn", "Việt", "Vinh"],
         "Nữ": ["Anh", "Bích", "Châu", "Dung", "Hà", "Hạnh", "Hoa", "Hồng", "Lan", "Liên", "Mai", "Nga", "Oanh",
                "Phượng", "Tâm", "Thảo", "Trang", "Yến"]}
SYLLABLE = ["Xuân", "Hạ", "Thu", "Đông", "Kim", "Mộc", "Thủy", "Hỏa", "Thổ", "Phong", "Vân", "Sương", "Nguyệt",
            "Tinh", "Sơn", "Hà", "Giang", "Hải", "Lâm", "Tùng", "Trúc", "Cúc", "Đào", "Lê"]


def people(n, seed):
    """n people; the index j = seed * 10,000 + i picks the given name, the family name and two middle
    syllables, so names are unique within a file and across the files of different seeds (n <= 10,000)."""
    rnd = random.Random(seed)
    for i in range(n):
        j = seed * 10000 + i
        sex = "Nữ" if rnd.random() < 0.6 else "Nam"
        given = GIVEN[sex][j % len(GIVEN[sex])]
        family = FAMILY[(j // 18) % len(FAMILY)]
        k = j // (18 * len(FAMILY))
        tail = f"{SYLLABLE[k % len(SYLLABLE)]} {SYLLABLE[(k // len(SYLLABLE)) % len(SYLLABLE)]}"
        name = f"{family} {rnd.choice(MIDDLE[sex])} {tail} {given}"
        born = f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{rnd.randint(1935, 1964)}"
        yield [name, sex, born, "Kinh", "Không", "", "Không", "Không", "", "",
               f"09{rnd.randint(0, 99999999):08d}", f"Tổ dân phố {rnd.randint(1, 12)}", "01/11/2025"]


def column(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet(rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        cells = "".join(f'<c r="{column(c)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
                        for c, v in enumerate(row) if v != "")
        out.append(f'<row r="{r}">{cells}</row>')
    out.append("</sheetData></worksheet>")
    return "".join(out)


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Hội viên" sheetId="1" r:id="rId1"/></sheets>
</workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=0, help="0..15: files of different seeds share no name")
    a = p.parse_args()
    if not 0 < a.rows <= 10000 or not 0 <= a.seed < 16:
        p.error("--rows 1..10000, --seed 0..15")
    rows = [HEADERS] + list(people(a.rows, a.seed))
    with zipfile.ZipFile(a.out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet(rows))


if __name__ == "__main__":
    main()
