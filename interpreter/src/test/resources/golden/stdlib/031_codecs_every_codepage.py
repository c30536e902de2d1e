# Every codec in encodings/ that needs no C module beyond _codecs: error handlers over all 256 bytes,
# and the first error each strict run raises.
import codecs
names = '''ascii cp037 cp1026 cp1125 cp1140 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 cp273 cp424 cp437 cp500 cp775 cp850 cp852 cp855 cp857 cp858 cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 hp_roman8 iso8859_10 iso8859_11 iso8859_13 iso8859_14 iso8859_15 iso8859_16 iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 iso8859_8 iso8859_9 koi8_r kz1048 latin_1 mac_cyrillic mac_greek mac_iceland mac_latin2 mac_roman mac_turkish ptcp154 tis_620 utf_16 utf_16_be utf_16_le utf_32 utf_32_be utf_32_le utf_7 utf_8'''.split()
sample = 'Aé€Ω\u0416\u05d0\u3042\U0001f600\x00~\x7f\x80\xff'
raw = bytes(range(256))
for n in names:
    try:
        ci = codecs.lookup(n)
    except Exception as e:
        print(n, 'lookup', type(e).__name__); continue
    if not getattr(ci, '_is_text_encoding', True):
        continue
    out = [n]
    for errs in ['replace', 'backslashreplace', 'xmlcharrefreplace']:
        try: out.append(sample.encode(n, errs))
        except Exception as e: out.append(type(e).__name__)
    for errs in ['replace', 'backslashreplace', 'surrogateescape']:
        try: out.append(ascii(raw.decode(n, errs)))
        except Exception as e: out.append(type(e).__name__)
    try: sample.encode(n)
    except UnicodeEncodeError as e: out.append((e.start, e.end, e.reason))
    except Exception as e: out.append(type(e).__name__)
    try: raw.decode(n)
    except UnicodeDecodeError as e: out.append((e.start, e.end, e.reason))
    except Exception as e: out.append(type(e).__name__)
    print(*out)
