#!/usr/bin/env python3
# Writes the CSV reader's fixture files byte for byte (run from this folder). The files are
# committed; this script says how each was made, in particular the GB18030 and UTF-16 ones.
BOM = b"\xef\xbb\xbf"
files = {
    "quoted_newlines.csv": BOM + 'name,comment\r\n"张伟","first line\nsecond line"\r\nb,"x\r\ny"\r\nc,last\r\n'.encode(),
    "embedded_quotes.csv": 'name,comment\n"He said ""hi""",ok\n"""",""\n'.encode(),
    "bom.csv": BOM + "name,region\n张伟,华东\n".encode(),
    "no_bom.csv": "name,region\n张伟,华东\n".encode(),
    "gb18030.csv": "姓名,级别,区域\r\n张伟,高级,华东\r\n李娜,初级,西南\r\n".encode("gb18030"),
    "semicolons.csv": 'name;amount\n"a;b";12,50\nc;7\n'.encode(),
    "tabs.tsv": "name\tregion\nx\ty\n".encode(),
    "utf16.txt": b"\xff\xfe" + "name\tregion\r\n张伟\t华东\r\n".encode("utf-16-le"),
    "trailing_empty_lines.csv": "a,b\n1,2\n\n\n\r\n".encode(),
    "cr_only.csv": "a,b\r1,2\r3,4\r".encode(),
    "ragged.csv": "a,b,c\n1,2\n1,2,3,4\n".encode(),
    "chinese_headers.csv": BOM + "姓名,级别,技能,区域\n王芳,组长,云服务;企业软件,华南\n".encode(),
    "injection.csv": "name,comment\r\n'=SUM(A1),'+1\r\n\"'-2,3\",'@x\r\n'x,''=y\r\n=raw,-5\r\n".encode(),
    "stray_quote.csv": 'a,b\n1,x"y\n"q"z,2\n'.encode(),
    "unterminated.csv": 'a,b\n1,"open\nstill open\n'.encode(),
    "no_final_newline.csv": "a,b\n1,2".encode(),
}
for name, data in files.items():
    with open(name, "wb") as f:
        f.write(data)
