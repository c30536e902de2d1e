"""urlopen() for plain http:// URLs, a small part of CPython's Lib/urllib/request.py.

No HTTPS, proxies, cookies, authentication or redirects. Error statuses (>= 400) raise
HTTPError, as CPython's default opener does.
"""

import socket
import http.client
from urllib.parse import urlsplit
from urllib.error import URLError, HTTPError

__all__ = ['Request', 'urlopen', 'URLError', 'HTTPError']


class Request:

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.data = data
        self.headers = {}
        for key, value in headers.items():
            self.add_header(key, value)
        self.method = method
        parts = urlsplit(url)
        self.type = parts.scheme
        self.host = parts.netloc
        self.selector = parts.path or '/'
        if parts.query:
            self.selector += '?' + parts.query

    def get_method(self):
        if self.method is not None:
            return self.method
        return "POST" if self.data is not None else "GET"

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, default)


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, **kwargs):
    """Opens an http:// URL (a string or a Request) and returns the response."""
    if isinstance(url, str):
        req = Request(url, data)
    else:
        req = url
        if data is not None:
            req.data = data
    if req.type != 'http':
        raise URLError('unknown url type: %s' % req.type)
    if not req.host:
        raise URLError('no host given')
    conn = http.client.HTTPConnection(req.host, timeout=timeout)
    headers = dict(req.headers)
    headers.setdefault('User-agent', 'Python-urllib/3.11')
    headers['Connection'] = 'close'
    if req.data is not None:
        headers.setdefault('Content-type', 'application/x-www-form-urlencoded')
    try:
        conn.request(req.get_method(), req.selector, req.data, headers)
        response = conn.getresponse()
    except OSError as err:
        conn.close()
        raise URLError(err) from None
    response.url = req.full_url
    response.msg = response.reason
    if response.status >= 400:
        raise HTTPError(req.full_url, response.status, response.reason,
                        response.headers, response)
    return response
