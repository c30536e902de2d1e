import sys
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit("text")
except SystemExit as e:
    print("code", e.code)
def cleanup_then_exit():
    try:
        sys.exit(2)
    finally:
        print("finally before exit")
cleanup_then_exit()
