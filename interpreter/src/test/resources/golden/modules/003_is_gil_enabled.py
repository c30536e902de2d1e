import sys
print(sys._is_gil_enabled())
