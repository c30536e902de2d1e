import codecs, io
samples = {
 "shift_jis": "日本語テキスト、ｶﾀｶﾅ ～ \\ ~ ①", "cp932": "日本語テキスト、ｶﾀｶﾅ ～ ① ¬", "euc_jp": "日本語 かな カナ",
 "gb2312": "中文简体字", "gbk": "中文简体字 繁體", "gb18030": "中文 € 😀", "hz": "中文 ~ abc 中",
 "big5": "中文繁體字", "cp950": "中文繁體字 €", "big5hkscs": "中文 香港 嘅", "euc_kr": "한국어 텍스트", "cp949": "한국어 똠방각하",
 "johab": "한국어", "iso2022_jp": "日本語 abc テキスト", "iso2022_jp_2": "日本語 abc", "iso2022_kr": "한국어 abc 한",
}
for enc, text in samples.items():
    try:
        b = text.encode(enc)
        print(enc, b, b.decode(enc) == text)
    except Exception as e:
        print(enc, "ERR", type(e).__name__, e)
for enc in ["shift_jis", "gbk", "euc_kr", "big5", "iso2022_jp"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, errors, "a\u0100b\u0101c".encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e, e.start, e.end)
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        for bad in [b"a\xffb", b"ab\x81"]:
            try:
                print(enc, errors, repr(bad.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, errors, "UnicodeDecodeError", e, e.start, e.end)
d = codecs.getincrementaldecoder("shift_jis")()
data = "日本語テキスト".encode("shift_jis")
print([d.decode(data[i:i+1]) for i in range(len(data))], repr(d.decode(b"", True)))
e = codecs.getincrementalencoder("iso2022_jp")()
print([e.encode(c) for c in "日本abc語"], e.encode("", True))
d = codecs.getincrementaldecoder("iso2022_jp")()
data = "日本abc語".encode("iso2022_jp")
print("".join(d.decode(data[i:i+2]) for i in range(0, len(data), 2)))
buf = io.BytesIO()
w = codecs.getwriter("euc_kr")(buf); w.write("한국어\n"); w.write("둘째 줄\n")
print(buf.getvalue())
buf.seek(0)
r = codecs.getreader("euc_kr")(buf); print(r.readline(), r.read())
import os, tempfile
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.txt")
    with open(path, "w", encoding="gbk") as f: f.write("中文\n第二行\n")
    with open(path, "rb") as f: print(f.read())
    with open(path, encoding="gbk") as f: print(f.readlines())
print(codecs.lookup("sjis").name, codecs.lookup("gb18030").name, codecs.lookup("big5-hkscs").name)
