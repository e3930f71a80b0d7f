#!/usr/bin/env python3
"""Measures /healthz latency of a running query API while slow or idle clients
hold connections (`relance serve` or `relance run --http`).

  tools/http_abuse.py --port P --attack slowloris --count 8
  tools/http_abuse.py --port P --attack idle --count 2000
  tools/http_abuse.py --port P --attack header --header-mib 300 --pid PID

Prints one line per attack: how many /healthz probes were answered, their
median and worst latency, and what happened to the attacking connections.
Standard library only.
"""
import argparse
import resource
import socket
import statistics
import threading
import time

PROBE = b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"


def probe(port, timeout_s):
    """One /healthz over a fresh connection: (status or None, seconds)."""
    start = time.monotonic()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout_s) as s:
            s.sendall(PROBE)
            data = b""
            while b"\r\n" not in data:
                chunk = s.recv(4096)
                if not chunk:
                    break
                data += chunk
            status = int(data.split(b" ")[1]) if data.startswith(b"HTTP/1.") else None
    except OSError:
        status = None
    return status, time.monotonic() - start


def probe_loop(port, seconds, timeout_s, results, stop):
    until = time.monotonic() + seconds
    while time.monotonic() < until and not stop.is_set():
        results.append(probe(port, timeout_s))
        time.sleep(0.1)


def closed_by_peer(s, received=None):
    """True once the server closed `s`; what it sent on the way goes to `received`."""
    s.setblocking(False)
    while True:
        try:
            data = s.recv(65536)
        except BlockingIOError:
            return False
        except OSError:
            return True
        if not data:
            return True
        if received is not None:
            received.append(data)


def slowloris(port, count, seconds, report):
    socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(count)]
    start = time.monotonic()
    closed_at = {}
    for s in socks:
        s.sendall(b"GET /v1/debts/x HTTP/1.1\r\nHost: x\r\n")
    while time.monotonic() - start < seconds and len(closed_at) < count:
        for i, s in enumerate(socks):
            if i in closed_at:
                continue
            try:
                s.send(b"X")
            except OSError:
                closed_at[i] = time.monotonic() - start
                continue
            if closed_by_peer(s):
                closed_at[i] = time.monotonic() - start
        time.sleep(0.5)
    report["closed"] = f"{len(closed_at)}/{count} slow connections closed by the server"
    if closed_at:
        report["closed"] += f" (after {min(closed_at.values()):.1f}-{max(closed_at.values()):.1f} s)"
    for s in socks:
        s.close()


def idle(port, count, seconds, report):
    socks = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")  # keep-alive
        socks.append(s)
    start = time.monotonic()
    time.sleep(seconds)
    received = []
    closed = sum(1 for s in socks if closed_by_peer(s, received))
    statuses = {}
    for data in received:
        for part in data.split(b"HTTP/1.1 ")[1:]:
            statuses[part[:3].decode()] = statuses.get(part[:3].decode(), 0) + 1
    answers = ", ".join(f"{n} x {code}" for code, n in sorted(statuses.items())) or "none"
    report["closed"] = (f"{closed}/{count} idle connections closed by the server within "
                        f"{time.monotonic() - start:.0f} s; the pool's own requests got {answers}")
    for s in socks:
        s.close()


def header(port, mib, pid, report):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ")
    chunk = b"a" * (1 << 20)
    sent = 0
    start = time.monotonic()
    answer = b""
    s.settimeout(0.05)
    while sent < mib:
        try:
            s.sendall(chunk)
            sent += 1
        except socket.timeout:
            pass
        except OSError:
            break
        try:
            data = s.recv(4096)
            if data:
                answer += data
                break
            if data == b"":
                break
        except socket.timeout:
            pass
        except OSError:
            break
    s.settimeout(30)
    try:
        while b"\r\n" not in answer:
            data = s.recv(4096)
            if not data:
                break
            answer += data
    except OSError:
        pass
    status = answer.split(b" ")[1].decode() if answer.startswith(b"HTTP/1.") else "none"
    report["closed"] = f"status {status} after {time.monotonic() - start:.2f} s, {sent} MiB sent of {mib}"
    if pid:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(("VmHWM", "VmRSS")):
                    report["closed"] += ", " + " ".join(line.split())
    s.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--attack", choices=["none", "slowloris", "idle", "header"], required=True)
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--header-mib", type=int, default=300)
    parser.add_argument("--pid", type=int, default=0)
    parser.add_argument("--probe-timeout", type=float, default=10)
    args = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    report = {}
    if args.attack == "slowloris":
        attack = threading.Thread(target=slowloris, args=(args.port, args.count, args.seconds, report))
    elif args.attack == "idle":
        attack = threading.Thread(target=idle, args=(args.port, args.count, args.seconds, report))
    elif args.attack == "header":
        attack = threading.Thread(target=header, args=(args.port, args.header_mib, args.pid, report))
    else:
        attack = threading.Thread(target=lambda: None)
    attack.start()
    time.sleep(0.5)  # Let the attack take hold.
    results, stop = [], threading.Event()
    probe_loop(args.port, args.seconds, args.probe_timeout, results, stop)
    attack.join()
    ok = [t for status, t in results if status == 200]
    line = f"{args.attack}: /healthz {len(ok)}/{len(results)} answered 200"
    if ok:
        line += f", median {statistics.median(ok) * 1000:.1f} ms, worst {max(ok) * 1000:.1f} ms"
    others = sorted({str(status) for status, _ in results if status != 200})
    if others:
        line += f", others: {', '.join(others)}"
    print(line + "; " + report.get("closed", ""))


if __name__ == "__main__":
    main()
