from . import sibling
from .sibling import NAME
from .. import LOADED
LOADED.append(__name__)
