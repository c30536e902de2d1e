# Slices whose step is near sys.maxsize: the length must not overflow (test_bytes, test_unicode).
import sys

big = sys.maxsize
for seq in [b'abcdef', bytearray(b'abcdef'), 'abcdef', [1, 2, 3, 4, 5, 6], (1, 2, 3, 4, 5, 6), range(6)]:
    print(seq[::big], seq[::-big], seq[-1::-big - 1], seq[1:5:big], seq[5:1:-big], seq[big:-big:-big])
print(slice(None, None, big).indices(6), slice(None, None, -big - 1).indices(6))
