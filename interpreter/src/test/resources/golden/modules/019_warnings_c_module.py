# _warnings (the C half of warnings, imported at start-up by importlib._bootstrap_external):
# warn and warn_explicit go through warnings' filters, and warnings still works with it present.
import _warnings, warnings, _imp
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    _warnings.warn("first", UserWarning)
    _warnings.warn("second", DeprecationWarning, stacklevel=1)
    _warnings.warn_explicit("third", RuntimeWarning, "somefile.py", 7)
    warnings.warn("fourth")
for w in caught:
    print(w.category.__name__, w.message, w.lineno if w.filename == "somefile.py" else "")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        _warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", e)
print(_imp._override_frozen_modules_for_tests(1), _imp._override_frozen_modules_for_tests(0))
