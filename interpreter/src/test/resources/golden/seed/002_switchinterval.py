import sys
print(sys.getswitchinterval()) # 0.005 (5 milliseconds, default)
sys.setswitchinterval(0.001) # check every 1ms (more context switches)
print(sys.getswitchinterval())
