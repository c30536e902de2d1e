from ._nope import nothing
