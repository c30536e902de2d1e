import sys
# Check
print(sys._is_gil_enabled()) # False in free-threaded build
