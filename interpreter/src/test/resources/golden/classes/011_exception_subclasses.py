class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"not found: {key}")
        self.key = key
try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, isinstance(e, Exception))
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, e.args, repr(e))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
raise NotFound("uncaught")
