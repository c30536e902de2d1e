# Each interpreter has its own modules, __main__ globals and switch interval.
import _interpreters
import sys
import json

secret = 'main only'
sys.setswitchinterval(0.02)
sub = _interpreters.create()
print(_interpreters.run_string(sub, '''
import sys
print('json' in sys.modules, 'secret' in globals(), sys.getswitchinterval())
sys.setswitchinterval(0.001)
import string
string.marker = 'sub'
print(sys.getswitchinterval())
'''))
print(sys.getswitchinterval(), 'string' in sys.modules)
import string
print(hasattr(string, 'marker'))
_interpreters.run_string(sub, 'print(string.marker, sys.getswitchinterval())')
_interpreters.destroy(sub)
