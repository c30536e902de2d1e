VALUE = 42
from . import helpers as _h
WHO = _h.who()
