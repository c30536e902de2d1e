from .. import core
from ..core import VALUE as V
from ..helpers import who
from . import leaf
PKG = __package__
