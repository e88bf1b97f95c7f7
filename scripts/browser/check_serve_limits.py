#!/usr/bin/env python3
"""`thidua serve` stays up for everyone while hostile or slow clients misbehave.

    python3 scripts/browser/check_serve_limits.py THIDUA_BINARY

Copies content/lang-son-2024, content/site.yml and themes/ to a temporary
folder and starts `thidua serve` on a free port of 127.0.0.1. While a prober
asks for `GET /` every 0.2 s (each answer must be a 200 within 1 s), it sends:
a 1 MB and a 20 MB request line (414 expected), header blocks of 64 KB and
more (431), a GET announcing a 100 MB body (413), 20 clients dribbling their
headers one byte a second and 10 that send nothing (each must be disconnected
within 13 s: the server allows 10 s for a whole request head). Then 200
concurrent GETs must all get a 200 within 15 s, and two pipelined requests on
one connection must both be answered. Every step has a deadline, so a server
that hangs makes the check fail rather than wait; it only talks to 127.0.0.1.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HOST = "127.0.0.1"
HEAD_TIMEOUT = 10       # what the server promises for a whole request head
DROP_BOUND = HEAD_TIMEOUT + 3


def read_status(sock, seconds):
    """The status code of the first response on sock, or a string saying why there is none."""
    sock.settimeout(0.5)
    data = b""
    end = time.time() + seconds
    while b"\r\n" not in data:
        if time.time() > end:
            return "no response within %d s" % seconds
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            continue
        except OSError as e:
            return "connection reset without a response (%s)" % e.__class__.__name__
        if not chunk:
            return "connection closed without a response"
        data += chunk
    parts = data.split(b"\r\n", 1)[0].split(b" ")
    try:
        return int(parts[1])
    except (IndexError, ValueError):
        return "not an HTTP status line: %r" % data[:80]


def closed_within(sock, seconds):
    """True once the peer closes sock (EOF or reset) within seconds; reads and drops what comes before."""
    sock.settimeout(0.5)
    end = time.time() + seconds
    while time.time() < end:
        try:
            if not sock.recv(65536):
                return True
        except socket.timeout:
            continue
        except OSError:
            return True
    return False


def get(port, path="/", seconds=1.0):
    """(status or reason, elapsed seconds) of one GET on a fresh connection."""
    start = time.time()
    try:
        with socket.create_connection((HOST, port), timeout=seconds) as s:
            s.sendall(("GET %s HTTP/1.1\r\nHost: %s:%d\r\nConnection: close\r\n\r\n" % (path, HOST, port)).encode())
            status = read_status(s, seconds)
    except OSError as e:
        status = "connect failed (%s)" % e.__class__.__name__
    return status, time.time() - start


class Prober(threading.Thread):
    """Asks for GET / every 0.2 s and keeps every answer that is not a 200 within 1 s."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.port, self.stop, self.failures, self.count = port, threading.Event(), [], 0

    def run(self):
        while not self.stop.is_set():
            status, elapsed = get(self.port, "/", 1.0)
            self.count += 1
            if status != 200 or elapsed > 1.0:
                self.failures.append("GET / during the attack: %s after %.2f s" % (status, elapsed))
            time.sleep(0.2)


def send_in_background(sock, data):
    """Sends data from another thread: the server may answer (and stop reading) before it has all."""
    def send():
        try:
            sock.sendall(data)
        except OSError:
            pass
    thread = threading.Thread(target=send, daemon=True)
    thread.start()
    return thread


def expect_status(port, name, data, expected, problems, seconds=10):
    with socket.create_connection((HOST, port), timeout=5) as s:
        s.settimeout(15)
        start = time.time()
        send_in_background(s, data)
        status = read_status(s, seconds)
        elapsed = time.time() - start
        if status != expected:
            problems.append("%s: expected %d within %d s, got %s" % (name, expected, seconds, status))
        elif not closed_within(s, 5):
            problems.append("%s: %d, but the connection stayed open 5 s after it" % (name, expected))
        else:
            print("%s: %d in %.2f s, then closed" % (name, status, elapsed))


def slow_clients(port, dribbling, silent, problems):
    """Clients that send their head one byte a second (or nothing) must be dropped within DROP_BOUND."""
    head = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 100
    dropped_after = []
    lock = threading.Lock()

    def client(dribble):
        start = time.time()
        try:
            s = socket.create_connection((HOST, port), timeout=5)
        except OSError as e:
            with lock:
                problems.append("a slow client could not connect (%s)" % e.__class__.__name__)
            return
        s.settimeout(1.0)
        i = 0
        result = None
        while time.time() - start < DROP_BOUND + 2:
            try:
                if dribble and i < len(head):
                    s.send(head[i:i + 1])
                    i += 1
                chunk = s.recv(65536)
                if not chunk:
                    result = time.time() - start
                    break
            except socket.timeout:
                continue
            except OSError:
                result = time.time() - start
                break
        s.close()
        with lock:
            dropped_after.append(result)

    threads = [threading.Thread(target=client, args=(i < dribbling,), daemon=True) for i in range(dribbling + silent)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(DROP_BOUND + 10)
    kept = [d for d in dropped_after if d is None or d > DROP_BOUND]
    if kept or len(dropped_after) != len(threads):
        problems.append("slow clients: %d of %d were not disconnected within %d s"
                        % (len(threads) - len(dropped_after) + len(kept), len(threads), DROP_BOUND))
    else:
        print("slow clients: all %d disconnected after %.1f-%.1f s" % (len(threads), min(dropped_after), max(dropped_after)))


def concurrent_gets(port, count, problems, seconds=15):
    results = [None] * count
    barrier = threading.Barrier(count)

    def client(i):
        try:
            barrier.wait(5)
        except threading.BrokenBarrierError:
            pass
        results[i] = get(port, "/lang-son-2024/", seconds)

    start = time.time()
    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 10)
    bad = [r for r in results if r is None or r[0] != 200 or r[1] > seconds]
    if bad:
        problems.append("%d concurrent GETs: %d not answered 200 within %d s, e.g. %s" % (count, len(bad), seconds, bad[0]))
    else:
        print("%d concurrent GETs: all 200, slowest %.2f s, all done in %.2f s"
              % (count, max(r[1] for r in results), time.time() - start))


def pipelined(port, problems):
    request = ("GET / HTTP/1.1\r\nHost: %s:%d\r\n\r\n" % (HOST, port)).encode()
    with socket.create_connection((HOST, port), timeout=5) as s:
        s.sendall(request + request)
        s.settimeout(5)
        data, end = b"", time.time() + 5
        while data.count(b"HTTP/1.1 200") < 2 and time.time() < end:
            try:
                chunk = s.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
        if data.count(b"HTTP/1.1 200") < 2:
            problems.append("two pipelined GETs on one connection: %d answer(s)" % data.count(b"HTTP/1.1 200"))
        else:
            print("two pipelined GETs on one connection: both answered")


def main(argv):
    binary = os.path.abspath(argv[1])
    tmp = tempfile.mkdtemp(prefix="thidua-serve-limits-")
    shutil.copytree(os.path.join(REPO, "content", "lang-son-2024"), os.path.join(tmp, "content", "lang-son-2024"))
    shutil.copy(os.path.join(REPO, "content", "site.yml"), os.path.join(tmp, "content", "site.yml"))
    shutil.copytree(os.path.join(REPO, "themes"), os.path.join(tmp, "themes"))
    with socket.socket() as s:
        s.bind((HOST, 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([binary, "serve", "--host", HOST, "--port", str(port)], cwd=tmp,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    problems = []
    prober = None
    try:
        end = time.time() + 60
        while get(port)[0] != 200 and time.time() < end:
            time.sleep(0.3)
        if get(port)[0] != 200:
            problems.append("GET / was never answered with 200")
            return report(problems)
        prober = Prober(port)
        prober.start()
        line = lambda size: b"GET /" + b"a" * size + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        expect_status(port, "1 MB request line", line(1 << 20), 414, problems)
        expect_status(port, "20 MB request line", line(20 << 20), 414, problems)
        headers = lambda count, size: (b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                       + b"".join(b"X-Pad-%d: %s\r\n" % (i, b"b" * size) for i in range(count)) + b"\r\n")
        expect_status(port, "64 KB of headers", headers(64, 1024), 431, problems)
        expect_status(port, "one 100 KB header", headers(1, 100 << 10), 431, problems)
        expect_status(port, "16 MB of headers", headers(16 << 10, 1024), 431, problems)
        expect_status(port, "GET with a 100 MB body",
                      b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 104857600\r\n\r\n" + b"c" * (1 << 20), 413, problems)
        # DNS rebinding: a page of another site whose name points at 127.0.0.1 is not answered.
        expect_status(port, "Host: rebind.example", b"GET / HTTP/1.1\r\nHost: rebind.example:%d\r\n\r\n" % port, 421, problems)
        slow_clients(port, 20, 10, problems)
        prober.stop.set()
        prober.join(5)
        problems.extend(prober.failures[:5])
        if len(prober.failures) > 5:
            problems.append("... and %d more slow or failed GET /" % (len(prober.failures) - 5))
        print("GET / during the attack: %d of %d answered 200 within 1 s" % (prober.count - len(prober.failures), prober.count))
        concurrent_gets(port, 200, problems)
        pipelined(port, problems)
        status, elapsed = get(port)
        if status != 200 or elapsed > 1.0:
            problems.append("GET / after everything: %s after %.2f s" % (status, elapsed))
    finally:
        if prober:
            prober.stop.set()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    return report(problems)


def report(problems):
    for p in problems:
        print(p)
    print("serve limits: %d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
