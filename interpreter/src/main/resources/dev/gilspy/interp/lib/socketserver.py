"""Generic socket server classes, as CPython's Lib/socketserver.py (TCP and UDP; no forking
servers, as on a platform without fork).

serve_forever() waits in accept() with a timeout of poll_interval instead of a selector, so
shutdown() takes effect within poll_interval, as in CPython. ThreadingTCPServer is written
as a plain subclass so that it does not depend on multiple inheritance; ThreadingMixIn is
still provided for code that combines it itself.
"""

import socket
import sys
import threading

__all__ = ["BaseServer", "TCPServer", "UDPServer", "ThreadingTCPServer",
           "ThreadingUDPServer", "ThreadingMixIn", "BaseRequestHandler",
           "StreamRequestHandler", "DatagramRequestHandler"]


class BaseServer:

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self._is_shut_down = threading.Event()
        self._shutdown_request = False

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handle one request at a time until shutdown()."""
        self._is_shut_down.clear()
        try:
            while not self._shutdown_request:
                if self._wait_for_request(poll_interval):
                    if self._shutdown_request:
                        break
                    self._handle_request_noblock()
                self.service_actions()
        finally:
            self._shutdown_request = False
            self._is_shut_down.set()

    def _wait_for_request(self, poll_interval):
        return True

    def shutdown(self):
        """Stops serve_forever() and waits until it has stopped (call from another thread)."""
        self._shutdown_request = True
        self._is_shut_down.wait()

    def service_actions(self):
        pass

    def handle_request(self):
        """Handle one request, waiting at most self.timeout seconds."""
        self._handle_request_noblock()

    def _handle_request_noblock(self):
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if self.verify_request(request, client_address):
            try:
                self.process_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
            except:
                self.shutdown_request(request)
                raise
        else:
            self.shutdown_request(request)

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        info = sys.exc_info()
        sys.excepthook(info[0], info[1], info[2])
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except:
                self.server_close()
                raise

    def server_bind(self):
        if self.allow_reuse_address and hasattr(socket, "SO_REUSEADDR"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.allow_reuse_port and hasattr(socket, "SO_REUSEPORT"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def _wait_for_request(self, poll_interval):
        # The accept itself is the wait; a timeout just means "check for shutdown again".
        self.socket.settimeout(poll_interval)
        try:
            self._pending = self.socket.accept()
        except socket.timeout:
            return False
        except OSError:
            if self._shutdown_request:
                return False
            raise
        return True

    def get_request(self):
        pending = getattr(self, '_pending', None)
        if pending is not None:
            self._pending = None
            return pending
        self.socket.settimeout(self.timeout)
        return self.socket.accept()

    def shutdown_request(self, request):
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


def _process_request_thread(server, request, client_address):
    try:
        server.finish_request(request, client_address)
    except Exception:
        server.handle_error(request, client_address)
    finally:
        server.shutdown_request(request)


def _start_request_thread(server, request, client_address):
    if server.block_on_close:
        if server._threads is None:
            server._threads = []
        # Forget threads that have finished, so a long-running server does not grow.
        server._threads = [t for t in server._threads if t.is_alive()]
    t = threading.Thread(target=server.process_request_thread,
                         args=(request, client_address))
    t.daemon = server.daemon_threads
    if server.block_on_close:
        server._threads.append(t)
    t.start()


def _join_request_threads(server):
    threads = server._threads
    server._threads = None
    if threads:
        for thread in threads:
            thread.join()


class ThreadingMixIn:
    """Mix-in class to handle each request in a new thread."""

    daemon_threads = False
    block_on_close = True
    _threads = None

    def process_request_thread(self, request, client_address):
        _process_request_thread(self, request, client_address)

    def process_request(self, request, client_address):
        _start_request_thread(self, request, client_address)

    def server_close(self):
        super().server_close()
        _join_request_threads(self)


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class UDPServer(TCPServer):
    """UDP: each request is one datagram, given to the handler as (data, socket)."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def _wait_for_request(self, poll_interval):
        # The recvfrom itself is the wait, as accept is for TCPServer.
        self.socket.settimeout(poll_interval)
        try:
            data, client_addr = self.socket.recvfrom(self.max_packet_size)
        except socket.timeout:
            return False
        except OSError:
            if self._shutdown_request:
                return False
            raise
        self._pending = ((data, self.socket), client_addr)
        return True

    def get_request(self):
        pending = getattr(self, '_pending', None)
        if pending is not None:
            self._pending = None
            return pending
        self.socket.settimeout(self.timeout)
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        # No need to call listen() for UDP.
        pass

    def shutdown_request(self, request):
        # No need to shutdown anything.
        self.close_request(request)

    def close_request(self, request):
        # No need to close anything.
        pass


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


if hasattr(socket, 'AF_UNIX'):
    # As CPython defines them where the platform has AF_UNIX; binding one needs Unix-domain sockets,
    # which gilspy's _socket does not have yet (bind raises OSError), but a module that only subclasses
    # them (asyncio's and test.support's helpers) imports.
    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass

    __all__.extend(["UnixStreamServer", "UnixDatagramServer",
                    "ThreadingUnixStreamServer", "ThreadingUnixDatagramServer"])


class BaseRequestHandler:
    """One instance per request: setup(), handle(), finish()."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """Gives the handler rfile (buffered reads) and wfile (unbuffered writes)."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        try:
            self.wfile.flush()
        except OSError:
            pass
        self.wfile.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """Gives the handler rfile (the datagram) and wfile (sent back as one datagram)."""

    def setup(self):
        from io import BytesIO
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)
        self.wfile = BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
