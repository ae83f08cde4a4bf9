"""Running the app under uvicorn with bounds against slow and greedy clients.

uvicorn counts every open connection against `limit_concurrency`, and has no timeout for a request
whose headers trickle in, so 200 connections that send half their headers made every other request
a 503 for as long as they were held. Here:

- a request's headers must arrive within HEADER_TIMEOUT seconds of the connection (or of the
  first byte of the next request on a kept-alive connection), else the connection is closed;
- a body must arrive within BODY_TIMEOUT (app.py answers 408);
- one client address holds at most MAX_CONNECTIONS_PER_CLIENT connections, and the server
  MAX_CONNECTIONS; those over are closed at once;
- only requests whose headers are in count against MAX_REQUESTS_IN_FLIGHT (app.py answers 503),
  so idle or slow connections never crowd out a real request.
"""

from __future__ import annotations

from collections import Counter

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0
MAX_CONNECTIONS = 1000
MAX_CONNECTIONS_PER_CLIENT = 256


def guarded_protocol(header_timeout: float = HEADER_TIMEOUT, max_connections: int = MAX_CONNECTIONS,
                     per_client: int = MAX_CONNECTIONS_PER_CLIENT) -> type[H11Protocol]:
    """An h11 protocol class for uvicorn.run(http=...) with the bounds above."""
    open_by_client: Counter = Counter()

    class GuardedH11Protocol(H11Protocol):
        _header_timer = None
        _client_key = None

        def connection_made(self, transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._client_key = self.client[0] if self.client else "?"
            open_by_client[self._client_key] += 1
            if len(self.connections) > max_connections or open_by_client[self._client_key] > per_client:
                transport.close()
                return
            self._start_header_clock()

        def connection_lost(self, exc) -> None:
            self._stop_header_clock()
            if self._client_key is not None:
                open_by_client[self._client_key] -= 1
                if open_by_client[self._client_key] <= 0:
                    del open_by_client[self._client_key]
                self._client_key = None
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.cycle is not None and not self.cycle.response_complete:
                self._stop_header_clock()  # the headers are in; the body has its own limit
            elif not self.transport.is_closing():
                self._start_header_clock()  # the next request on a kept-alive connection

        def _start_header_clock(self) -> None:
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(header_timeout, self._headers_too_slow)

        def _stop_header_clock(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _headers_too_slow(self) -> None:
            self._header_timer = None
            if not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete):
                self.transport.close()

    return GuardedH11Protocol


def serve(app, host: str, port: int, header_timeout: float = HEADER_TIMEOUT) -> None:
    import uvicorn

    uvicorn.run(app, host=host, port=port, log_level="warning", http=guarded_protocol(header_timeout),
                # in-flight requests are capped by the app; uvicorn's own cap counts idle connections
                limit_concurrency=None, timeout_keep_alive=5)
