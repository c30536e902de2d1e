import threading
import http.client
from http.server import BaseHTTPRequestHandler, HTTPServer, ThreadingHTTPServer
from urllib.request import urlopen, Request
from urllib.error import HTTPError, URLError
from urllib.parse import urlparse, urlsplit, urlencode, quote, quote_plus, unquote, unquote_plus, parse_qs, parse_qsl, urljoin, urlunparse

log = []


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        if self.path == "/missing":
            self.send_error(404, "No such page")
            return
        body = ("you asked for %s via %s" % (self.path, self.command)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Thread", "worker")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)
        body = b"posted:" + data
        self.send_response(201, "Made It")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        log.append(format % args)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
port = server.server_address[1]
t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
t.start()
base = "http://127.0.0.1:%d" % port

with urlopen(base + "/hello?x=1") as resp:
    print(resp.status, resp.reason, resp.getcode(), resp.read(), resp.headers["content-type"], resp.getheader("X-Thread"))
try:
    urlopen(base + "/missing")
except HTTPError as e:
    print("HTTPError:", e, e.code, e.read()[:15])
resp = urlopen(Request(base + "/form", data=b"a=1&b=2"))
print(resp.status, resp.reason, resp.read())

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
for path in ["/one", "/two", "/three"]:
    conn.request("GET", path)
    r = conn.getresponse()
    print(r.status, r.read(), r.version, r.will_close)
conn.request("POST", "/p", body="text body", headers={"X-Test": "1"})
r = conn.getresponse()
print(r.status, r.reason, r.read(), sorted(k.lower() for k in r.headers.keys()))
conn.close()

conn = http.client.HTTPConnection("127.0.0.1:%d" % port)
conn.request("DELETE", "/x")
r = conn.getresponse()
print(r.status, r.reason, r.getheader("Connection"), len(r.read()) > 0)
conn.close()

results = []


def fetch(i):
    with urlopen(base + "/par/%d" % i, timeout=5) as r:
        results.append(r.read().decode())


threads = [threading.Thread(target=fetch, args=(i,)) for i in range(6)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results))
server.shutdown()
server.server_close()
t.join()
print(sorted(set(line.split('"')[2].strip() for line in log if '"' in line)))
print([line for line in log if line.startswith("code")])

try:
    urlopen("http://127.0.0.1:%d/" % port, timeout=2)
except URLError as e:
    print("URLError", type(e.reason).__name__)

u = urlparse("http://user:pw@Example.com:8080/a/b;p?q=1&r=2#frag")
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.hostname, u.port, u.username, u.password)
print(tuple(urlsplit("https://h/p?x#y")), urlsplit("/rel/path?q").path, urlunparse(u))
print(urlencode({"a": 1, "b": "x y&z"}), urlencode([("k", [1, 2])], doseq=True))
print(quote("a b/c?d=é"), quote_plus("a b/c"), unquote("a%20b%2Fc%C3%A9"), unquote_plus("a+b%21"))
print(parse_qs("a=1&a=2&b=x+y&c="), parse_qsl("a=1&b=&c=3", keep_blank_values=True))
print(urljoin("http://h/a/b/c", "d"), urljoin("http://h/a/b/c", "../d"), urljoin("http://h/a/b", "/x?y"), urljoin("http://h/a", "http://o/z"))
