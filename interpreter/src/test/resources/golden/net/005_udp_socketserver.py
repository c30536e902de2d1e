# socketserver's UDP servers and logging's DatagramHandler and SysLogHandler over loopback
import logging
import logging.handlers
import pickle
import socket
import socketserver
import struct
import threading


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


for cls in (socketserver.UDPServer, socketserver.ThreadingUDPServer):
    with cls(("127.0.0.1", 0), Upper) as server:
        port = server.server_address[1]
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        c.settimeout(5)
        for word in (b"spam", b"eggs"):
            c.sendto(word, ("127.0.0.1", port))
            print(cls.__name__, c.recvfrom(100)[0])
        c.close()
        server.shutdown()
        t.join()
print("socket_type", socketserver.UDPServer.socket_type == socket.SOCK_DGRAM)

# logging.handlers.DatagramHandler: a length-prefixed pickle of the record's dict per datagram
recv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
recv.bind(("127.0.0.1", 0))
recv.settimeout(5)
port = recv.getsockname()[1]
log = logging.getLogger("udp")
log.propagate = False
log.setLevel(logging.DEBUG)
h = logging.handlers.DatagramHandler("127.0.0.1", port)
log.addHandler(h)
log.info("hello %s", "udp")
packet = recv.recv(65536)
n = struct.unpack(">L", packet[:4])[0]
d = pickle.loads(packet[4:])
print("datagram", n == len(packet) - 4, d["name"], d["levelname"], d["msg"])
log.removeHandler(h)
h.close()

# SysLogHandler over UDP: "<priority>message\0"
h = logging.handlers.SysLogHandler(address=("127.0.0.1", port))
h.setFormatter(logging.Formatter("%(name)s: %(message)s"))
log.addHandler(h)
log.warning("disk %d%% full", 91)
log.error("failed")
print("syslog", recv.recv(1024))
print("syslog", recv.recv(1024))
log.removeHandler(h)
h.close()
recv.close()
