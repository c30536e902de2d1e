"""_frozen_importlib for gilspy: CPython's name for importlib._bootstrap when it is frozen into the
interpreter (zipimport imports it under this name). gilspy's import system is Java; the Python-level
half of it (ModuleSpec, spec_from_loader, _verbose_message, the loaders) is _gilspy_bootstrap, which
CPython's _bootstrap_external also runs over, so this name is that module object."""
import sys
import _gilspy_bootstrap

sys.modules[__name__] = _gilspy_bootstrap
