"""A package exercising relative imports (helpers for 007-010)."""
from .core import VALUE
from . import helpers
__all__ = ["VALUE", "helpers", "lazy_star"]
LOADED = ["_rel"]
