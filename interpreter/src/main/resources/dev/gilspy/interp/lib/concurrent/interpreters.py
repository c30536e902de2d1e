"""Python 3.14's name for PEP 734's module: the same objects as ``interpreters``."""
from interpreters import *
from interpreters import __all__
