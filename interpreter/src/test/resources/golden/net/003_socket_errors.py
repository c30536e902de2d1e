import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()
c = socket.socket()
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", isinstance(e, OSError))
finally:
    c.close()
s2 = socket.socket()
s2.settimeout(0.05)
s2.bind(("127.0.0.1", 0))
s2.listen(1)
try:
    s2.accept()
except socket.timeout:
    print("accept timed out")
s2.close()
print(socket.timeout is TimeoutError, socket.AF_INET == 2)
