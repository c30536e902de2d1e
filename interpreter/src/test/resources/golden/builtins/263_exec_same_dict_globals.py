# exec(code, d) into one dict again and again (doctest's examples): a function an earlier exec defined
# reads its globals where a later exec, or the caller, binds and deletes names (test_generators' doctests).
for mode in ("exec", "single"):
    globs = {}
    exec(compile("def g():\n    return me\n", "x", mode), globs)
    exec(compile("me = 6\n", "x", mode), globs)
    print(mode, globs["g"]())
    exec(compile("def h():\n    return me + 1\n", "x", mode), globs)
    print(mode, globs["h"](), globs["g"]())
    globs["me"] = 10
    exec("pass", globs)
    print(mode, globs["g"](), globs["h"]())
    exec("del me", globs)
    print(mode, "me" in globs)
    try:
        globs["g"]()
    except NameError as e:
        print(mode, e)
    exec("def gen():\n    yield nxt\n", globs)
    exec("nxt = 'later'", globs)
    print(mode, list(globs["gen"]()))
    print(sorted(k for k in globs if not k.startswith("__")))
d = {}
exec("x = 1\ndef f():\n    global x\n    x += 1\n    return x\n", d)
exec("f(); f()", d)
print(d["x"], eval("f()", d), d["x"])
