"""A stand-in for `ast` while gilspy has no `_ast`: `inspect` (which asyncio imports) needs only
these two names at import time. Programs put this folder on sys.path only when `import _ast` fails,
so CPython (and gilspy once `_ast` serves) use the real module."""


class NodeVisitor:
    pass


class NodeTransformer(NodeVisitor):
    pass
