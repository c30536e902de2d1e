import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    old_api()
    print([(w.category.__name__, str(w.message)) for w in caught])
    print([w.lineno for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("UserWarning raised:", e)
    try:
        warnings.warn(RuntimeWarning("instance"))
    except RuntimeWarning as e:
        print("RuntimeWarning raised:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print(len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per location")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.warn("noisy message")
    warnings.warn("Noisy too")
    warnings.warn("quiet message")
    print([str(w.message) for w in caught])

try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "x = 1"), end="")
warnings.warn("printed to stderr")
print("done")
