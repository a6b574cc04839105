#!/usr/bin/env python3
"""Chaos check for the local Cadenza cluster (standard library only).

Drives a mixed read/write catalog workload through the load balancer for a bounded time, SIGKILLs
one instance halfway and restarts it, then verifies:

  1. every acknowledged write (201 on create, 200 on update) is in the database, with the
     acknowledged values, and no create was applied twice;
  2. no request got a 5xx, except requests that were in flight on the killed instance when it died;
  3. a write made through one instance is read back through each of the others (directly, not via
     the load balancer), and an acknowledged write is never a 404 on a later read;
  4. the killed instance rejoins: it is healthy again and the load balancer routes to it.

It prints the counts and exits 0 when every check passes, 1 otherwise (2 on a usage error).

Only loopback addresses are accepted as targets. Write requests carry an `Authorization` header
when CHAOS_AUTH_HEADER is set (its whole value, e.g. "Bearer eyJ..."); or, with CHAOS_USERNAME and
CHAOS_PASSWORD, the driver logs in with POST /api/v1/auth/token first (a failed login ends the run).
See infra/README.md.
"""

from __future__ import annotations

import argparse
import collections
import http.client
import ipaddress
import json
import os
import random
import shlex
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

API = "/api/v1"
GENRES = ["Jazz", "Rock", "Pop", "Folk", "Blues", "Soul", "Funk", "Ambient"]

# A 5xx whose request reached the killed instance and started no later than this many seconds
# after the kill (a keep-alive connection nginx had not yet seen close) counts as "in flight".
IN_FLIGHT_GRACE_SECONDS = 1.0
# Seconds of load that the restarted instance gets before the load stops.
REJOIN_LOAD_SECONDS = 5.0


def fail_usage(message: str) -> None:
    print(f"chaos: {message}", file=sys.stderr)
    sys.exit(2)


def loopback_url(url: str) -> urllib.parse.SplitResult:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or not parts.hostname or not parts.port:
        fail_usage(f"expected http://HOST:PORT, got {url!r}")
    host = parts.hostname
    if host != "localhost":
        try:
            if not ipaddress.ip_address(host).is_loopback:
                fail_usage(f"{url}: only loopback addresses are allowed")
        except ValueError:
            fail_usage(f"{url}: only loopback addresses (127.0.0.0/8, ::1, localhost) are allowed")
    return parts


class Endpoint:
    """A base URL on this machine with one keep-alive connection per thread that uses it."""

    def __init__(self, url: str, timeout: float = 20.0):
        parts = loopback_url(url)
        self.url = url.rstrip("/")
        self.host = parts.hostname
        self.port = parts.port
        self.timeout = timeout

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


class Result:
    __slots__ = ("op", "method", "path", "start", "end", "status", "upstream", "error", "body")

    def __init__(self, op, method, path, start, end, status, upstream, error, body):
        self.op, self.method, self.path = op, method, path
        self.start, self.end, self.status = start, end, status
        self.upstream, self.error, self.body = upstream, error, body

    @property
    def last_upstream(self) -> str:
        return self.upstream.split(",")[-1].strip() if self.upstream else ""


def call(conn_box: list, endpoint: Endpoint, op: str, method: str, path: str, body=None,
         auth: str | None = None) -> Result:
    """One request on the thread's connection (reopened after a transport error)."""
    headers = {"Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if auth:
        headers["Authorization"] = auth
    if conn_box[0] is None:
        conn_box[0] = endpoint.connection()
    start = time.time()
    try:
        conn_box[0].request(method, path, body=data, headers=headers)
        response = conn_box[0].getresponse()
        payload = response.read()
        end = time.time()
        parsed = None
        if payload and (response.getheader("Content-Type") or "").find("json") >= 0:
            try:
                parsed = json.loads(payload)
            except ValueError:
                parsed = None
        return Result(op, method, path, start, end, response.status,
                      response.getheader("X-Cadenza-Upstream") or "", None, parsed)
    except (OSError, http.client.HTTPException) as e:
        conn_box[0].close()
        conn_box[0] = None
        return Result(op, method, path, start, time.time(), 0, "", f"{type(e).__name__}: {e}", None)


class Ledger:
    """What the workload wrote and what it was told; shared by the worker threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.results: list[Result] = []
        self.song_ids: list[str] = []          # acknowledged songs, readable by anyone
        self.album_ids: list[str] = []
        # id -> {"acked": fields, "version": n, "pending": [fields of unacknowledged later writes]}
        self.songs: dict[str, dict] = {}
        self.albums: dict[str, dict] = {}
        self.unacked_creates: list[tuple[str, str, Result]] = []   # (kind, title, result)
        self.lost_reads: list[Result] = []

    def record(self, result: Result) -> None:
        with self.lock:
            self.results.append(result)


class Workload:
    def __init__(self, args, lb: Endpoint, auth: str | None, run_id: str):
        self.args = args
        self.lb = lb
        self.auth = auth
        self.run_id = run_id
        self.performer = f"chaos-{run_id}"
        self.ledger = Ledger()
        self.stop = threading.Event()
        self.request_budget = args.max_requests

    def song_body(self, title: str, rnd: random.Random) -> dict:
        with self.ledger.lock:
            album = rnd.choice(self.ledger.album_ids) if self.ledger.album_ids and rnd.random() < 0.5 else None
        return {"title": title, "performer": self.performer, "genre": rnd.choice(GENRES),
                "year": rnd.randint(1950, 2025), "durationSeconds": rnd.randint(60, 900), "albumId": album}

    def take_budget(self) -> bool:
        with self.ledger.lock:
            if self.request_budget <= 0:
                return False
            self.request_budget -= 1
            return True

    def worker(self, index: int) -> None:
        rnd = random.Random(f"{self.run_id}-{index}")
        box = [None]
        owned: list[str] = []
        sequence = 0
        ledger = self.ledger
        while not self.stop.is_set() and self.take_budget():
            roll = rnd.random()
            sequence += 1
            if roll < 0.04 or not ledger.album_ids:
                title = f"{self.performer}-album-{index}-{sequence}"
                body = {"title": title, "performer": self.performer, "year": rnd.randint(1950, 2025)}
                r = call(box, self.lb, "create album", "POST", f"{API}/albums", body, self.auth)
                ledger.record(r)
                if r.status == 201 and r.body and "id" in r.body:
                    with ledger.lock:
                        ledger.albums[r.body["id"]] = {"acked": body, "version": r.body.get("version", 1),
                                                       "pending": []}
                        ledger.album_ids.append(r.body["id"])
                else:
                    with ledger.lock:
                        ledger.unacked_creates.append(("album", title, r))
            elif roll < 0.22 or not owned:
                title = f"{self.performer}-song-{index}-{sequence}"
                body = self.song_body(title, rnd)
                r = call(box, self.lb, "create song", "POST", f"{API}/songs", body, self.auth)
                ledger.record(r)
                if r.status == 201 and r.body and "id" in r.body:
                    song_id = r.body["id"]
                    owned.append(song_id)
                    with ledger.lock:
                        ledger.songs[song_id] = {"acked": body, "version": r.body.get("version", 1), "pending": []}
                        ledger.song_ids.append(song_id)
                else:
                    with ledger.lock:
                        ledger.unacked_creates.append(("song", title, r))
            elif roll < 0.34:
                # Full replacement of a song this thread created: writes to one song stay sequential,
                # so the last acknowledged value is the one the database must hold.
                song_id = rnd.choice(owned)
                body = self.song_body(f"{self.performer}-song-{index}-{sequence}-put", rnd)
                r = call(box, self.lb, "update song", "PUT", f"{API}/songs/{song_id}", body, self.auth)
                ledger.record(r)
                with ledger.lock:
                    state = ledger.songs[song_id]
                    if r.status == 200 and r.body:
                        state["acked"], state["version"], state["pending"] = body, r.body.get("version", 0), []
                    else:
                        state["pending"].append(body)
            elif roll < 0.72:
                with ledger.lock:
                    song_id = rnd.choice(ledger.song_ids) if ledger.song_ids else None
                if song_id is None:
                    continue
                r = call(box, self.lb, "get song", "GET", f"{API}/songs/{song_id}")
                ledger.record(r)
                if r.status == 404:
                    with ledger.lock:
                        ledger.lost_reads.append(r)
            elif roll < 0.86:
                r = call(box, self.lb, "list songs", "GET",
                         f"{API}/songs?performer={urllib.parse.quote(self.performer)}&limit=20&sort=recent")
                ledger.record(r)
            else:
                word = rnd.choice(["song", "album", "put", str(index)])
                r = call(box, self.lb, "search songs", "GET", f"{API}/songs?q={word}&limit=20")
                ledger.record(r)
        if box[0] is not None:
            box[0].close()


def psql_rows(database: str, sql: str) -> list[list[str]]:
    out = subprocess.run(
        ["psql", "-X", "-q", "-A", "-t", "-F", "\x1f", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", sql],
        check=True, capture_output=True, text=True).stdout
    return [line.split("\x1f") for line in out.splitlines() if line]


def process_is_instance(pid: int, marker: str) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return marker.encode() in f.read()
    except OSError:
        return False


def wait_until(predicate, timeout: float, interval: float = 0.25) -> bool:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


def get_status(endpoint: Endpoint, path: str) -> int:
    box = [None]
    try:
        return call(box, endpoint, "probe", "GET", path).status
    finally:
        if box[0] is not None:
            box[0].close()


def login(lb: Endpoint) -> str | None:
    header = os.environ.get("CHAOS_AUTH_HEADER", "").strip()
    if header:
        return header
    user, password = os.environ.get("CHAOS_USERNAME", ""), os.environ.get("CHAOS_PASSWORD", "")
    if not user or not password:
        return None
    box = [None]
    r = call(box, lb, "login", "POST", f"{API}/auth/token", {"username": user, "password": password})
    if r.status in (200, 201) and r.body and r.body.get("accessToken"):
        return f"Bearer {r.body['accessToken']}"
    print(f"chaos: login as {user} failed with {r.status or r.error}", file=sys.stderr)
    sys.exit(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lb", required=True, help="load balancer base URL (loopback)")
    parser.add_argument("--app", action="append", required=True, help="instance application URL, in order")
    parser.add_argument("--admin", action="append", required=True, help="instance admin URL, same order")
    parser.add_argument("--victim", type=int, default=2, help="instance number (1-based) to kill halfway")
    parser.add_argument("--victim-pid-file", required=True, help="file holding the victim's pid")
    parser.add_argument("--victim-marker", required=True, help="text that must be in the victim's command line")
    parser.add_argument("--restart-command", required=True, help="command that restarts the victim and "
                                                                   "returns once it is healthy")
    parser.add_argument("--database", required=True, help="database name for psql (PGHOST etc. from the env)")
    parser.add_argument("--duration", type=float, default=40.0, help="seconds of load (default 40)")
    parser.add_argument("--threads", type=int, default=6, help="concurrent clients (default 6)")
    parser.add_argument("--max-requests", type=int, default=200_000, help="hard cap on workload requests")
    parser.add_argument("--restart-timeout", type=float, default=120.0)
    parser.add_argument("--summary", help="write a JSON summary here")
    args = parser.parse_args()

    if len(args.app) != len(args.admin) or len(args.app) < 2:
        fail_usage("give at least two instances, one --admin per --app")
    if not 1 <= args.victim <= len(args.app):
        fail_usage("--victim out of range")
    if not 1 <= args.duration <= 600 or not 1 <= args.threads <= 64:
        fail_usage("--duration must be 1..600 s and --threads 1..64")

    lb = Endpoint(args.lb)
    apps = [Endpoint(u) for u in args.app]
    admins = [Endpoint(u) for u in args.admin]
    victim_index = args.victim - 1
    victim = apps[victim_index]
    run_id = uuid.uuid4().hex[:10]
    auth = login(lb)
    workload = Workload(args, lb, auth, run_id)

    print(f"chaos: run {run_id}: {args.threads} clients through {lb.url} for {args.duration:.0f}s "
          f"(or until {REJOIN_LOAD_SECONDS:.0f}s after the restart); "
          f"instance {args.victim} ({victim.address}) is killed at {args.duration / 2:.0f}s"
          + ("; writes carry an Authorization header" if auth else ""))

    threads = [threading.Thread(target=workload.worker, args=(i,), daemon=True) for i in range(args.threads)]
    load_start = time.time()
    for t in threads:
        t.start()

    # Halfway: SIGKILL the victim, then restart it while the load goes on.
    time.sleep(args.duration / 2)
    with open(args.victim_pid_file) as f:
        victim_pid = int(f.read().strip())
    if not process_is_instance(victim_pid, args.victim_marker):
        workload.stop.set()
        print(f"chaos: pid {victim_pid} is not instance {args.victim}", file=sys.stderr)
        return 1
    os.kill(victim_pid, signal.SIGKILL)
    kill_time = time.time()
    print(f"chaos: t={kill_time - load_start:.1f}s SIGKILL instance {args.victim} (pid {victim_pid}); restarting it")
    restart = subprocess.Popen(shlex.split(args.restart_command), stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    restart_done = None

    # The load runs for --duration, and on until the restarted instance has had a few seconds of
    # traffic (bounded by --restart-timeout), so that it rejoins under load.
    deadline = load_start + args.duration
    hard_deadline = kill_time + args.restart_timeout
    while True:
        now = time.time()
        if restart_done is None and restart.poll() is not None:
            restart_done = now
            print(f"chaos: t={restart_done - load_start:.1f}s restart command finished ({restart.returncode})")
        if now >= hard_deadline:
            break
        if now >= deadline and (restart_done is not None and now >= restart_done + REJOIN_LOAD_SECONDS):
            break
        time.sleep(0.1)
    workload.stop.set()
    for t in threads:
        t.join(timeout=60)
    load_end = time.time()

    try:
        restart_output, _ = restart.communicate(timeout=max(1.0, args.restart_timeout - (time.time() - kill_time)))
    except subprocess.TimeoutExpired:
        restart.kill()
        restart_output, _ = restart.communicate()
    if restart_done is None:
        restart_done = time.time()
        print(f"chaos: t={restart_done - load_start:.1f}s restart command finished ({restart.returncode})")
    restarted = restart.returncode == 0

    ledger = workload.ledger
    results = ledger.results
    failures: list[tuple[str, str]] = []   # (check, what went wrong)

    def fail(check: str, message: str) -> None:
        failures.append((check, message))

    # --- 2. statuses -------------------------------------------------------------------------
    status_counts = collections.Counter(r.status for r in results)
    by_op = collections.defaultdict(collections.Counter)
    for r in results:
        by_op[r.op][r.status] += 1
    in_flight_5xx, unexpected_5xx, transport_errors, unexpected_4xx = [], [], [], []
    for r in results:
        if r.status == 0:
            transport_errors.append(r)
        elif r.status >= 500:
            if (r.last_upstream == victim.address and r.start <= kill_time + IN_FLIGHT_GRACE_SECONDS
                    and r.end >= kill_time - 0.05):
                in_flight_5xx.append(r)
            else:
                unexpected_5xx.append(r)
        elif r.status >= 400:
            # Every request of the workload is valid: a 4xx means missing credentials or a lost write.
            unexpected_4xx.append(r)
    retried = [r for r in results if "," in r.upstream]
    if unexpected_5xx:
        fail("no unexpected 5xx",
             f"{len(unexpected_5xx)} responses with 5xx that were not in flight on the killed instance")
    if transport_errors:
        fail("every request answered", f"{len(transport_errors)} requests failed without an HTTP response")
    if unexpected_4xx:
        fail("no 4xx", f"{len(unexpected_4xx)} responses with 4xx (auth missing, or a lost write?)")
    if len(results) < 100:
        fail("enough load", f"only {len(results)} requests were made")

    # --- 1. acknowledged writes are in the database ------------------------------------------
    song_rows = {row[0]: row for row in psql_rows(
        args.database,
        "SELECT id, title, performer, genre, year, coalesce(duration_seconds::text, ''), "
        f"coalesce(album_id::text, ''), version FROM songs WHERE performer = '{workload.performer}'")}
    album_rows = {row[0]: row for row in psql_rows(
        args.database,
        f"SELECT id, title, coalesce(performer, ''), year, version FROM albums WHERE performer = '{workload.performer}'")}

    def song_matches(row, fields) -> bool:
        return (row[1] == fields["title"] and row[2] == fields["performer"] and row[3] == fields["genre"]
                and row[4] == str(fields["year"]) and row[5] == str(fields["durationSeconds"])
                and row[6] == (fields["albumId"] or ""))

    missing_songs, wrong_songs = [], []
    for song_id, state in ledger.songs.items():
        row = song_rows.get(song_id)
        if row is None:
            missing_songs.append(song_id)
        elif not (song_matches(row, state["acked"]) and int(row[7]) >= int(state["version"])) \
                and not any(song_matches(row, p) for p in state["pending"]):
            wrong_songs.append(song_id)
    missing_albums = [a for a, state in ledger.albums.items() if a not in album_rows
                      or album_rows[a][1] != state["acked"]["title"]]
    # Every create has a unique title, so a title held by two rows is a create applied twice.
    titles = collections.Counter(row[1] for row in song_rows.values())
    titles.update(row[1] for row in album_rows.values())
    duplicated = [t for t, n in titles.items() if n > 1]
    unacked_committed = sum(1 for kind, title, _ in ledger.unacked_creates if titles.get(title))
    acked_song_updates = sum(1 for r in results if r.op == "update song" and r.status == 200)
    acked_creates = len(ledger.songs) + len(ledger.albums)
    if missing_songs or missing_albums:
        fail("acknowledged writes durable", f"{len(missing_songs)} acknowledged songs and {len(missing_albums)} "
                                            "albums are not in the database")
    if wrong_songs:
        fail("acknowledged writes durable", f"{len(wrong_songs)} songs do not hold their last acknowledged values")
    if duplicated:
        fail("no create applied twice", f"{len(duplicated)} creates were applied more than once")
    if ledger.lost_reads:
        fail("no lost reads", f"{len(ledger.lost_reads)} reads of acknowledged songs answered 404")

    # --- 4. the victim rejoins ------------------------------------------------------------------
    healthy = restarted and get_status(admins[victim_index], "/healthcheck") == 200
    served_after_restart = sum(1 for r in results if r.last_upstream == victim.address and r.start >= restart_done
                               and 200 <= r.status < 300)
    served_before_kill = sum(1 for r in results if r.last_upstream == victim.address and r.end < kill_time)
    probe_box, probes = [None], 0
    if healthy and served_after_restart == 0:
        # nginx takes a failed server back after fail_timeout, on real traffic: send some.
        probe_deadline = time.time() + 20
        while time.time() < probe_deadline and served_after_restart == 0:
            r = call(probe_box, lb, "rejoin probe", "GET", "/status")
            probes += 1
            if r.last_upstream == victim.address and r.status == 200:
                served_after_restart += 1
            elif r.status >= 500 or r.status == 0:
                unexpected_5xx.append(r)
                fail("no unexpected 5xx", f"rejoin probe got {r.status or r.error}")
                break
            time.sleep(0.05)
    if not restarted:
        fail("killed instance healthy again", f"restarting instance {args.victim} failed:\n{restart_output}")
    elif not healthy:
        fail("killed instance healthy again", f"instance {args.victim} is not healthy after its restart")
    if served_before_kill == 0:
        fail("load balanced over every instance",
             f"instance {args.victim} served nothing before the kill: is the load balanced?")
    if healthy and served_after_restart == 0:
        fail("killed instance rejoined", f"the load balancer sent nothing to instance {args.victim} after its restart")

    # --- 3. written through one instance, read through the others -------------------------------
    cross_checks, cross_failures = 0, []
    boxes = [[None] for _ in apps]
    for i, writer in enumerate(apps):
        body = {"title": f"{workload.performer}-cross-{i + 1}", "performer": workload.performer,
                "genre": "Jazz", "year": 2000 + i, "durationSeconds": 100 + i, "albumId": None}
        created = call(boxes[i], writer, "cross create", "POST", f"{API}/songs", body, auth)
        if created.status != 201 or not created.body:
            cross_failures.append(f"create via instance {i + 1}: {created.status or created.error}")
            continue
        song_id = created.body["id"]
        # Update it through the next instance, then every instance must see the update.
        updater = (i + 1) % len(apps)
        body = dict(body, title=body["title"] + "-updated", durationSeconds=200 + i)
        updated = call(boxes[updater], apps[updater], "cross update", "PUT", f"{API}/songs/{song_id}", body, auth)
        if updated.status != 200 or not updated.body:
            cross_failures.append(f"update via instance {updater + 1}: {updated.status or updated.error}")
            continue
        for j, reader in enumerate(apps):
            if j == updater:
                continue
            cross_checks += 1
            got = call(boxes[j], reader, "cross read", "GET", f"{API}/songs/{song_id}")
            if got.status != 200 or not got.body or got.body.get("title") != body["title"] \
                    or got.body.get("version") != updated.body.get("version"):
                cross_failures.append(f"written via {i + 1}/{updater + 1}, read via {j + 1}: "
                                      f"{got.status or got.error} {got.body}")
    for box in boxes + [probe_box]:
        if box[0] is not None:
            box[0].close()
    if cross_failures:
        fail("cross-instance reads",
             f"{len(cross_failures)} cross-instance reads failed: " + "; ".join(cross_failures[:5]))

    # --- report ------------------------------------------------------------------------------------
    per_upstream = collections.Counter(r.last_upstream or "-" for r in results)
    elapsed = load_end - load_start
    print()
    print(f"requests          {len(results)} in {elapsed:.1f}s ({len(results) / max(elapsed, 0.001):.0f}/s), "
          f"statuses {dict(sorted(status_counts.items()))}")
    for op in sorted(by_op):
        print(f"  {op:<15} {sum(by_op[op].values()):>7}  {dict(sorted(by_op[op].items()))}")
    print("served by         " + ", ".join(f"{k}: {v}" for k, v in sorted(per_upstream.items())))
    print(f"retried by nginx  {len(retried)} (answered by another instance after an error)")
    print(f"5xx               {len(in_flight_5xx) + len(unexpected_5xx)}: {len(in_flight_5xx)} in flight on the "
          f"killed instance, {len(unexpected_5xx)} unexpected")
    print(f"4xx / no response {len(unexpected_4xx)} / {len(transport_errors)}")
    print(f"writes            {acked_creates} creates and {acked_song_updates} updates acknowledged; "
          f"{len(ledger.songs) - len(missing_songs) - len(wrong_songs)}/{len(ledger.songs)} songs and "
          f"{len(ledger.albums) - len(missing_albums)}/{len(ledger.albums)} albums verified in the database; "
          f"{len(duplicated)} duplicated")
    print(f"unacknowledged    {len(ledger.unacked_creates)} creates ({unacked_committed} of them committed anyway)")
    print(f"lost reads        {len(ledger.lost_reads)} (404 on an acknowledged song)")
    print(f"cross-instance    {cross_checks - len(cross_failures)}/{cross_checks} reads saw the write made "
          f"through another instance")
    print(f"victim            instance {args.victim}: killed at t={kill_time - load_start:.1f}s, healthy again at "
          f"t={restart_done - load_start:.1f}s, {served_before_kill} responses before the kill, "
          f"{served_after_restart} after the restart" + (f" ({probes} probes)" if probes else ""))
    for r in (unexpected_5xx + transport_errors + unexpected_4xx)[:10]:
        print(f"  unexpected: t={r.start - load_start:.2f}s {r.method} {r.path} -> {r.status or r.error} "
              f"upstream={r.upstream or '-'}")

    checks = ["no unexpected 5xx", "every request answered", "no 4xx", "enough load", "acknowledged writes durable",
              "no create applied twice", "no lost reads", "load balanced over every instance",
              "killed instance healthy again", "killed instance rejoined", "cross-instance reads"]
    failed = {check for check, _ in failures}
    if args.summary:
        with open(args.summary, "w") as f:
            json.dump({"run": run_id, "requests": len(results), "statuses": {str(k): v for k, v in status_counts.items()},
                       "retried": len(retried), "in_flight_5xx": len(in_flight_5xx),
                       "unexpected_5xx": len(unexpected_5xx), "acknowledged_creates": acked_creates,
                       "acknowledged_updates": acked_song_updates, "missing": len(missing_songs) + len(missing_albums),
                       "wrong": len(wrong_songs), "duplicated": len(duplicated),
                       "cross_checks": cross_checks, "cross_failures": len(cross_failures),
                       "served_after_restart": served_after_restart,
                       "passed": len(checks) - len(failed), "failed": len(failed),
                       "failures": [f"{check}: {message}" for check, message in failures]}, f, indent=2)

    print()
    for check in checks:
        print(f"{'FAIL' if check in failed else 'PASS'}  {check}")
        for failing_check, message in failures:
            if failing_check == check:
                print(f"        {message}")
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main())
