import sys
print("to stdout")
print("warning: something", file=sys.stderr)
print("final stderr line", file=sys.stderr)
