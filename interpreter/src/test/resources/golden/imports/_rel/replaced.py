import sys
class Replacement:
    VALUE = "replacement value"
    def __repr__(self):
        return "<replacement object>"
sys.modules[__name__] = Replacement()
