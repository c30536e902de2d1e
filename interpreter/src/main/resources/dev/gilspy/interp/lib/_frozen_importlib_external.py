"""_frozen_importlib_external for gilspy: CPython's name for importlib._bootstrap_external when it is
frozen into the interpreter (zipimport imports it under this name). gilspy serves CPython's own
module (lib/importlib/_bootstrap_external.py runs it); this name is the same module object."""
import sys
import importlib._bootstrap_external as _external

sys.modules[__name__] = _external
