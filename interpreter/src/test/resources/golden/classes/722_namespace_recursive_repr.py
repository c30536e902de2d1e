# SimpleNamespace repr of a cycle is namespace(...)
import types
ns1 = types.SimpleNamespace(c='cookie'); ns1.spam = ns1
ns2 = types.SimpleNamespace(); ns3 = types.SimpleNamespace(x=1); ns2.spam = ns3; ns3.spam = ns2
print(repr(ns1), repr(ns2))
