# /proc files report a size of 0 until they are read: read() must still return their contents
with open('/proc/self/stat') as f:
    text = f.read()
print(len(text) > 0, text.split()[2] in 'RSD')
with open('/proc/cpuinfo', 'rb') as f:
    head = f.read().split(b'\n')[0]
print(head.split(b':')[0].strip())
with open('/proc/loadavg', 'rb', buffering=0) as f:
    print(len(f.read().split()))
with open('/proc/self/status') as f:
    print(f.readline().startswith('Name:'), sum(1 for line in f if line.startswith('Pid:')))
