import sys
from . import circ_a
SEEN = (sorted(k for k in vars(circ_a) if k.startswith("A")), "_rel.circ_a" in sys.modules)
try:
    from .circ_a import A2
except ImportError as e:
    SEEN = SEEN + (str(e).split(" (")[0],)
