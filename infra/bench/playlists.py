#!/usr/bin/env python3
"""Sets up the playlist scenarios of bench.sh for one signed-in account (standard library only).

playlists.py setup BASE_URL TOKEN IDS_FILE [--playlists 200] [--entries 5000]
  creates PLAYLISTS playlists owned by the account: one holds ENTRIES entries (added 100 at a
  time from the sample song ids); the add-entry scenario adds to the others, 16 of them for the
  measurement and 16 for each of four warm-up rounds, one after the other (append.lua moves on
  before a playlist nears the 10,000-entry limit). Prints key=value lines: big (its id),
  big_page_path (a page of 100 entries about half-way through, reached by following page.next),
  add_paths and warm_add_paths_1..4 (space-separated), add_body, list_path.
"""
import argparse
import json
import sys
import urllib.request


def call(base, token, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": "Bearer " + token, "Accept": "application/json",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read() or b"null")


ADD_TARGETS = 16


def entries_paths(playlists):
    return " ".join("/api/v1/playlists/%s/entries" % p for p in playlists)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("command", choices=["setup"])
    p.add_argument("base")
    p.add_argument("token")
    p.add_argument("ids")
    p.add_argument("--playlists", type=int, default=200)
    p.add_argument("--entries", type=int, default=5000)
    a = p.parse_args()
    ids = [line.strip() for line in open(a.ids) if line.strip()]
    if not ids:
        sys.exit("playlists.py: no song ids")
    created = [call(a.base, a.token, "POST", "/api/v1/playlists",
                    {"name": "bench %d" % i, "visibility": "private"})["id"] for i in range(a.playlists)]
    if len(created) < 1 + 5 * ADD_TARGETS:
        sys.exit("playlists.py: --playlists must be at least %d" % (1 + 5 * ADD_TARGETS))
    big = created[0]
    targets = [created[1 + i * ADD_TARGETS:1 + (i + 1) * ADD_TARGETS] for i in range(5)]
    added = 0
    while added < a.entries:
        batch = [ids[(added + k) % len(ids)] for k in range(min(100, a.entries - added))]
        call(a.base, a.token, "POST", "/api/v1/playlists/%s/entries" % big, {"songIds": batch})
        added += len(batch)
    path = "/api/v1/playlists/%s/entries?limit=100" % big
    for _ in range(a.entries // 200):
        page = call(a.base, a.token, "GET", path)
        nxt = page["page"]["next"]
        if nxt is None:
            break
        path = "/api/v1/playlists/%s/entries?limit=100&cursor=%s" % (big, nxt)
    print("big=%s" % big)
    print("big_page_path=%s" % path)
    print("add_paths=%s" % entries_paths(targets[0]))
    for i, warm in enumerate(targets[1:], start=1):
        print("warm_add_paths_%d=%s" % (i, entries_paths(warm)))
    print("add_body=%s" % json.dumps({"songIds": [ids[0]]}, separators=(",", ":")))
    print("list_path=/api/v1/playlists?limit=20")


if __name__ == "__main__":
    main()
