"""Start-up with the library: the import line of issue "Real Python" (goal: at most 0.5 s whole-process)."""
import threading, json, re, logging, enum, dataclasses, typing, collections, asyncio
print("imported")
