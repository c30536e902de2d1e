# CPython's socketserver: serve_forever waits on a selector and then calls get_request(), which a
# subclass may override (test_logging's HTTP server does); an HTTP server and client over loopback
import http.client
import socket
import socketserver
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

accepted = []


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(line.upper())


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def get_request(self):
        sock, addr = self.socket.accept()
        accepted.append(addr[0])
        return sock, addr


with Server(("127.0.0.1", 0), Echo) as server:
    t = threading.Thread(target=server.serve_forever, args=(0.01,))
    t.start()
    for word in (b"spam\n", b"eggs\n"):
        with socket.create_connection(server.server_address, timeout=10) as c:
            c.sendall(word)
            print(c.makefile("rb").readline())
    server.shutdown()
    t.join()
print("accepted", accepted)


class Hello(BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("path=" + self.path).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        body = self.rfile.read(n)[::-1]
        self.send_response(201)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


httpd = HTTPServer(("127.0.0.1", 0), Hello)
t = threading.Thread(target=httpd.serve_forever, args=(0.01,))
t.start()
conn = http.client.HTTPConnection("127.0.0.1", httpd.server_port, timeout=10)
conn.request("GET", "/log?x=1")
r = conn.getresponse()
print(r.status, r.read())
conn.request("POST", "/p", body=b"abcdef", headers={"Content-Type": "text/plain"})
r = conn.getresponse()
print(r.status, r.read())
conn.close()
httpd.shutdown()
t.join()
httpd.server_close()

# handle_request() with a timeout and nothing coming: handle_timeout runs
class Timing(socketserver.TCPServer):
    timeout = 0.05

    def handle_timeout(self):
        print("handle_timeout")


with Timing(("127.0.0.1", 0), Echo) as s:
    s.handle_request()
