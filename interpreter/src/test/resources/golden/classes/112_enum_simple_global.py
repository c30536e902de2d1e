import enum, sys
@enum.global_enum
@enum._simple_enum(enum.IntFlag, boundary=enum.KEEP)
class RegexFlag:
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    MULTILINE = M = 8
print(RegexFlag.I, repr(RegexFlag.I | RegexFlag.M), RegexFlag.A.value, int(RegexFlag.I | 1024), I, M | A)
@enum._simple_enum(enum.IntEnum)
class HTTPStatus:
    def __new__(cls, value, phrase, description=''):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.description = description
        return obj
    OK = 200, 'OK', 'Request fulfilled'
    NOT_FOUND = 404, 'Not Found', 'Nothing matches'
print(HTTPStatus.OK, HTTPStatus(404).phrase, repr(HTTPStatus.NOT_FOUND), HTTPStatus.OK == 200, list(HTTPStatus))
FOO_A = 1
FOO_B = 2
Foo = enum.IntEnum._convert_("Foo", __name__, lambda n: n.startswith("FOO_"))
print(list(Foo), Foo.FOO_B, Foo(1))
class Sig(enum.IntEnum):
    SIGINT = 2
    SIGTERM = 15
print(Sig.SIGINT.name, Sig(15), f"{Sig.SIGTERM:d}", Sig.SIGTERM + 0, format(Sig.SIGINT, ">5"))
