"""Bounds of `coincide serve` and the archive: loopback by default, no writes without a token,
request bodies capped even when sent chunked, and read queries stopped after a time limit on
both backends (SQLite through a progress handler, PostgreSQL through statement_timeout)."""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coincide.store import open_store
from coincide.store.base import QueryTimeout

TOKEN = "limits-token-9a2e"
SLOW_QUERY = {
    # counts to a billion: minutes of work, stopped long before
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT COUNT(*) FROM c",
    "postgresql": "SELECT pg_sleep(30)",
}


def test_slow_read_queries_are_stopped(store_url):
    store = open_store(store_url)
    try:
        store.query_timeout = 0.5
        started = time.monotonic()
        with pytest.raises(QueryTimeout) as caught:
            store.scalar(SLOW_QUERY[store.dialect])
        assert time.monotonic() - started < 20  # stopped, not run to its end
        assert "0.5 s" in str(caught.value) and "stopped" in str(caught.value)
        # the connection is still good for the next (quick) query
        assert store.count() == 0
        assert store.fetch("SELECT 1 AS one") == [{"one": 1}]
    finally:
        store.close()


def test_no_limit_unless_asked(tmp_path):
    store = open_store(str(tmp_path / "plain.db"))
    try:
        assert store.query_timeout is None
        assert store.scalar("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) SELECT COUNT(*) FROM c") == 200000
    finally:
        store.close()


def test_the_web_app_limits_its_queries(tmp_path):
    from coincide.web.app import QUERY_TIMEOUT_SECONDS, create_app

    app = create_app(str(tmp_path / "web.db"))
    assert app.state.store.query_timeout == QUERY_TIMEOUT_SECONDS > 0
    app.state.store.close()


def test_serve_binds_loopback_by_default():
    from coincide.cli import build_parser

    assert build_parser().parse_args(["serve"]).host == "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db, *extra: str):
    """`coincide serve` on a free loopback port until the fixture ends: yields the port."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "coincide", "serve", "--db", str(db), "--port", str(port), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while True:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            raise RuntimeError(f"server did not start: {proc.stderr.read().decode()[-2000:]}")
        time.sleep(0.2)
    yield port
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("limits") / "archive.db"
    open_store(str(db)).close()
    yield from _serve(db, "--token", TOKEN)


def _listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on port, from /proc/net/tcp{,6}."""
    found = set()
    for name in ("tcp", "tcp6"):
        table = Path("/proc/net") / name
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].rsplit(":", 1)
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                found.add(address)
    return found


def test_server_listens_on_loopback_only(server):
    if not Path("/proc/net/tcp").exists():
        pytest.skip("needs Linux's /proc/net/tcp to see which address the server bound")
    assert _listening_addresses(server) == {"0100007F"}  # 127.0.0.1, little-endian hex


def _post(port: int, path: str, body, headers: dict) -> tuple[int, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("POST", path, body=body, headers=headers, encode_chunked="Content-Length" not in headers)
        response = conn.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    except (ConnectionResetError, BrokenPipeError):
        return 0, {}
    finally:
        conn.close()


def test_writes_need_the_token(server):
    body = json.dumps({"section": "quotes", "idx": 0, "field": "speaker", "verdict": "wrong"}).encode()
    status, data = _post(server, "/api/stories/x/corrections", body, {"Content-Type": "application/json", "Content-Length": str(len(body))})
    assert status == 401 and data["error"]["status"] == 401
    status, data = _post(server, "/api/stories/x/corrections", body,
                         {"Content-Type": "application/json", "Content-Length": str(len(body)), "Authorization": "Bearer wrong"})
    assert status == 401


def test_a_chunked_body_is_capped_too(server):
    # No Content-Length: the size is only known while reading, and reading must stop at the cap.
    chunks = (b"x" * 16384 for _ in range(64))  # 1 MiB
    status, data = _post(server, "/api/stories/x/corrections", chunks,
                         {"Content-Type": "application/json", "Authorization": "Bearer " + TOKEN, "Transfer-Encoding": "chunked"})
    assert status == 413, data
    assert "request body" in data["error"]["message"]


def test_a_small_chunked_body_still_works(server):
    status, data = _post(server, "/api/stories/x/corrections", iter([b'{"section": ', b'"quotes"}']),
                         {"Content-Type": "application/json", "Authorization": "Bearer " + TOKEN, "Transfer-Encoding": "chunked"})
    assert status == 404 and "no story" in data["error"]["message"]


# -- issue 17, item 10: slow clients --------------------------------------------------------------

SLOW_CLIENTS = 200


@pytest.fixture
def fresh_server(tmp_path):
    """A server of its own (default timeouts), so held connections cannot disturb other tests."""
    db = tmp_path / "slow.db"
    open_store(str(db)).close()
    yield from _serve(db)


def _closed_by_server(sock: socket.socket, wait: float) -> bool:
    sock.settimeout(wait)
    try:
        while True:
            data = sock.recv(4096)
            if not data:
                return True
            # a 408 or 400 before closing is fine too; read on to the close
    except (ConnectionResetError, BrokenPipeError):
        return True
    except socket.timeout:
        return False


def test_slow_headers_do_not_lock_others_out(fresh_server):
    # 205 connections sending half their headers made every other request a 503 while held.
    slow = []
    try:
        for _ in range(SLOW_CLIENTS):
            s = socket.create_connection(("127.0.0.1", fresh_server), timeout=10)
            s.sendall(b"GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            slow.append(s)
        started = time.monotonic()
        conn = http.client.HTTPConnection("127.0.0.1", fresh_server, timeout=30)
        conn.request("GET", "/api/stories")
        response = conn.getresponse()
        assert response.status == 200, response.read()[:300]
        assert json.loads(response.read())["total"] == 0
        conn.close()
        from coincide.web.server import HEADER_TIMEOUT

        assert time.monotonic() - started < HEADER_TIMEOUT  # answered while the slow ones were held
        # the held connections are closed by the server once the header time is up (bounded wait)
        closed = sum(_closed_by_server(s, HEADER_TIMEOUT + 20 if i == 0 else 5) for i, s in enumerate(slow))
        assert closed == SLOW_CLIENTS
    finally:
        for s in slow:
            s.close()


def test_a_slow_body_is_cut_off(fresh_server):
    s = socket.create_connection(("127.0.0.1", fresh_server), timeout=10)
    try:
        # the sign-in form reads its body before anything else
        s.sendall(b"POST /signin HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                  b"Content-Length: 1000\r\n\r\ntoken=abc")
        s.settimeout(60)  # the server's body timeout is 20 s
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = s.recv(4096)
            if not chunk:
                break
            answer += chunk
        # the missing 991 bytes are not waited for: 408 once the body time is up
        assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    finally:
        s.close()


def test_one_client_holds_a_bounded_number_of_connections(fresh_server):
    held = []
    try:
        for _ in range(300):
            held.append(socket.create_connection(("127.0.0.1", fresh_server), timeout=10))
        time.sleep(1)
        refused = sum(_closed_by_server(s, 0.2) for s in held)
        assert refused > 0
        from coincide.web.server import MAX_CONNECTIONS_PER_CLIENT

        assert refused >= 300 - MAX_CONNECTIONS_PER_CLIENT
    finally:
        for s in held:
            s.close()
