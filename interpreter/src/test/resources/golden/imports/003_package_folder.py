from _lib import mod_greeter
from _lib.mod_greeter import greet
import _lib
print(greet("pkg"), mod_greeter.LANG, _lib.VERSION)
