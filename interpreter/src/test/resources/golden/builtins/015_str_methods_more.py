s = "The quick brown fox"
print(s.split(" ", 2), s.lower().count("o"), s.replace(" ", ""), s[4:9].upper())
print(s.title(), " ".join(reversed(s.split())), s.find("quick"), "fox" in s)
print("{:^21}".format(s[:9]), "|".join(w[0] for w in s.split()))
print("%-6s|%6s|" % ("ab", "cd"), "abc".translate({ord("a"): "A"}), "x".join("abc"))
print("line1\nline2\r\nline3".splitlines(), "a\tb".expandtabs(4), "CamelCase".lower(), "  pad".strip())
print(str.upper("low"), "Hello".casefold(), "hello".removeprefix("he"), "hello".removesuffix("lo"))
