# a module's __class__ is its type (unittest.mock.patch of a module attribute checks isinstance on it)
import inspect
import signal
import socket
import types
from unittest import mock

print(signal.__class__ is types.ModuleType, type(socket).__name__, socket.__class__.__name__)
print(isinstance(signal, types.ModuleType), inspect.isawaitable(signal))
with mock.patch("socket.signal_module_stand_in", signal, create=True):
    print(socket.signal_module_stand_in is signal)
import json
with mock.patch.object(json, "decoder") as d:
    d.marker = 1
    print(json.decoder.marker)
print(hasattr(json, "signal_module_stand_in"), json.decoder.__class__.__name__)
