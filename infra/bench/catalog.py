#!/usr/bin/env python3
"""Catalog probes for bench.sh, through the public API only (Python standard library only).

  catalog.py total BASE_URL PATH
      prints page.total of GET PATH?limit=1&includeTotal=true, or nothing when the service
      does not report it.

  catalog.py walk BASE_URL --pages N --limit L --samples S --ids-out FILE
      walks GET /api/v1/songs?limit=L (default sort) by following page.next for N pages (fewer when
      the catalog ends first);
      writes S song ids spread over everything it saw to FILE (URL-encoded, one per line) and
      prints key=value lines:
        ids=<ids written>  seen=<ids seen>  pages=<pages walked>
        deep_page=<page number the deep cursor opens: N + 1, or the last page when the catalog
                   ends sooner; 0 when the catalog has a single page>
        deep_path=<path of that page, cursor URL-encoded, empty when there is none>
"""

import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

# Loopback only: never go through a proxy configured in the environment.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
TIMEOUT_SECONDS = 30


def fail(message):
    print(f"catalog.py: {message}", file=sys.stderr)
    sys.exit(1)


def get_json(base_url, path):
    request = urllib.request.Request(base_url.rstrip("/") + path, headers={"Accept": "application/json"})
    try:
        with OPENER.open(request, timeout=TIMEOUT_SECONDS) as response:
            body = response.read()
    except urllib.error.HTTPError as error:
        detail = error.read(400).decode("utf-8", "replace")
        fail(f"GET {path} answered {error.code}: {detail}")
    except (urllib.error.URLError, OSError) as error:
        fail(f"GET {path} failed: {error}")
    try:
        document = json.loads(body)
    except ValueError as error:
        fail(f"GET {path} did not answer JSON: {error}")
    if not isinstance(document, dict):
        fail(f"GET {path} did not answer a JSON object")
    return document


def page_of(document):
    page = document.get("page")
    return page if isinstance(page, dict) else {}


def command_total(args):
    separator = "&" if "?" in args.path else "?"
    document = get_json(args.base_url, f"{args.path}{separator}limit=1&includeTotal=true")
    total = page_of(document).get("total")
    if isinstance(total, int) and not isinstance(total, bool):
        print(total)


def spread(values, count):
    """count values taken evenly over the whole list (all of them when there are fewer)."""
    if len(values) <= count:
        return list(values)
    step = len(values) / count
    return [values[int(i * step)] for i in range(count)]


def command_walk(args):
    first_path = f"/api/v1/songs?limit={args.limit}"
    seen = []
    known = set()
    cursor = None  # the cursor of the page about to be read (None: the first page)
    pages = 0
    deep_cursor, deep_page = None, 0
    while True:
        path = first_path if cursor is None else f"{first_path}&cursor={urllib.parse.quote(cursor, safe='')}"
        document = get_json(args.base_url, path)
        items = document.get("items")
        if not isinstance(items, list):
            fail(f"GET {path} answered no items list")
        pages += 1
        for item in items:
            song_id = item.get("id") if isinstance(item, dict) else None
            if song_id is not None and str(song_id) not in known:
                known.add(str(song_id))
                seen.append(str(song_id))
        following = page_of(document).get("next")
        if not following:
            # the catalog ended: the deepest page there is is the one just read
            if cursor is not None:
                deep_cursor, deep_page = cursor, pages
            break
        if pages >= args.pages:
            deep_cursor, deep_page = str(following), pages + 1
            break
        cursor = str(following)

    sample = spread(seen, args.samples)
    with open(args.ids_out, "w", encoding="utf-8") as out:
        for song_id in sample:
            out.write(urllib.parse.quote(song_id, safe="") + "\n")

    print(f"ids={len(sample)}")
    print(f"seen={len(seen)}")
    print(f"pages={pages}")
    print(f"deep_page={deep_page}")
    if deep_cursor is None:
        print("deep_path=")
    else:
        print(f"deep_path={first_path}&cursor={urllib.parse.quote(deep_cursor, safe='')}")


def positive(text):
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main():
    parser = argparse.ArgumentParser(description="Catalog probes for the Cadenza benchmark harness.")
    commands = parser.add_subparsers(dest="command", required=True)

    total = commands.add_parser("total", help="print page.total of a list endpoint")
    total.add_argument("base_url")
    total.add_argument("path")
    total.set_defaults(run=command_total)

    walk = commands.add_parser("walk", help="walk /api/v1/songs pages for sample ids and a deep cursor")
    walk.add_argument("base_url")
    walk.add_argument("--pages", type=positive, default=200)
    walk.add_argument("--limit", type=positive, default=20)
    walk.add_argument("--samples", type=positive, default=300)
    walk.add_argument("--ids-out", required=True)
    walk.set_defaults(run=command_walk)

    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
