#!/usr/bin/env python3
"""Ratings probes for the Cadenza benchmark harness (standard library only).

  rated BASE_URL            print 1 when the song chart by rating has an entry (ratings are seeded), else 0
  ids BASE_URL N OUT        write up to N song ids, walked in year order (not the sample ids), to OUT
"""
import json
import sys
import urllib.parse
import urllib.request


def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def rated(base):
    chart = get(base + "/api/v1/charts/songs?by=rating&limit=1")
    print(1 if chart.get("items") else 0)


def ids(base, count, out):
    seen = []
    cursor = None
    while len(seen) < count:
        query = {"sort": "year", "limit": "100"}
        if cursor:
            query["cursor"] = cursor
        page = get(base + "/api/v1/songs?" + urllib.parse.urlencode(query))
        seen.extend(item["id"] for item in page["items"])
        cursor = page["page"].get("next")
        if not cursor:
            break
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(seen[:count]) + "\n")
    print(len(seen[:count]))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "rated":
        rated(sys.argv[2])
    elif len(sys.argv) >= 5 and sys.argv[1] == "ids":
        ids(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
