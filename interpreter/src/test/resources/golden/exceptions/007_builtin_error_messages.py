tests = [
    lambda: [1][5],
    lambda: {}["k"],
    lambda: None.attr,
    lambda: undefined_name,
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: int("x"),
    lambda: [].pop(),
    lambda: {}.pop("k"),
    lambda: "abc".index("z"),
    lambda: [1, 2].index(3),
    lambda: next(iter([])),
    lambda: (1, 2)[3],
    lambda: len(None),
    lambda: None(),
    lambda: 3 < None,
    lambda: "x" * "y",
    lambda: {[1]: 2},
    lambda: float("nan") + int("1.5"),
    lambda: divmod(1, 0),
    lambda: open("/nonexistent/dir/file.txt"),
    lambda: chr(-1),
    lambda: "".join([1]),
    lambda: list(5),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
