a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = 'it\'s'
f = "say \"hi\""
print(a, b)
print(c)
print(d)
print(e, f)
print('a' 'b' "c")
print(r'raw\nstring', R"raw\t")
print(len("""x
y"""))
