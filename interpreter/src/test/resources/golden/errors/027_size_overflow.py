# Sizes that no machine can hold raise CPython's OverflowError/MemoryError, never a truncated result.
for expr in ['"ab" * 2**62', 'b"ab" * 2**62', '(1, 2) * 2**62', '[1, 2] * 2**62', 'bytearray(b"ab") * 2**62',
             '"x" * 2**64', 'b"x" * 2**64', '[0] * 2**64', 'bytearray(2**64)', 'bytes(2**64)', 'bytearray(-1)',
             '"x".center(2**64)', '"x".ljust(2**64)', '"x".rjust(2**64)', '"x".zfill(2**64)', '"ab".center(-5)']:
    try:
        print(expr, len(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
