A1 = "a1"
from . import circ_b
A2 = "a2"
SEEN_BY_B = circ_b.SEEN
