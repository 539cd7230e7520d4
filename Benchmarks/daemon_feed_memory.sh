#!/usr/bin/env bash
# The whole daemon against FEEDS feeds on loopback (FeedSiteServer: ten items each, every item
# states figures that differ from its feed's other items, so entries move figures and alerts are
# written), in two rounds: all feeds new, then one feed in 20 with a new edition. Prints the
# documents ingested, the alerts written, the time each round took and the daemon's peak resident
# memory (VmHWM) after each.
#
#     (cd Benchmarks && swift build -c release --product FeedSiteServer) && swift build -c release
#     Benchmarks/daemon_feed_memory.sh [FEEDS]        # default 10000
set -euo pipefail
feeds=${1:-10000}
root=$(cd "$(dirname "$0")/.." && pwd)
tally="$root/.build/release/tally"
server="$root/Benchmarks/.build/release/FeedSiteServer"
[ -x "$tally" ] && [ -x "$server" ] || { echo "build tally and FeedSiteServer in release first (see the header)" >&2; exit 64; }

work=$(mktemp -d)
trap 'kill $daemon $site 2>/dev/null || true; exec 3>&- || true; rm -rf "$work"' EXIT
mkfifo "$work/site.in"
"$server" --pages < "$work/site.in" > "$work/site.out" &
site=$!
exec 3>"$work/site.in"
until grep -q '^port' "$work/site.out"; do sleep 0.1; done
port=$(awk '/^port/ {print $2}' "$work/site.out")

mkdir -p "$work/drop"
cat > "$work/tally.toml" <<EOF
[storage]
database = "$work/tally.sqlite"
[drop]
folder = "$work/drop"
[alerts]
log = "$work/alerts.jsonl"
[feeds]
interval = "1h"
EOF
{
  echo '<?xml version="1.0"?><opml version="2.0"><body>'
  for ((n = 0; n < feeds; n++)); do echo "<outline type=\"rss\" text=\"Desk $n\" xmlUrl=\"http://f$n.localhost:$port/rss\"/>"; done
  echo '</body></opml>'
} > "$work/feeds.opml"
"$tally" feeds import --config "$work/tally.toml" "$work/feeds.opml" > /dev/null

documents() {
  python3 - "$work/tally.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
print(db.execute("select count(*) from document").fetchone()[0])
PY
}
alerts() { [ -f "$work/alerts.jsonl" ] && wc -l < "$work/alerts.jsonl" || echo 0; }
peak() { awk '/VmHWM/ {printf "%.1f MB", $2 / 1024}' /proc/$daemon/status; }
# Waits until the number of documents stops growing for 10 s and has reached at least $1.
settle() {
  local last=-1 still=0 now
  while :; do
    now=$(documents)
    if [ "$now" -ge "$1" ] && [ "$now" -eq "$last" ]; then still=$((still + 1)); else still=0; fi
    [ $still -ge 5 ] && break
    last=$now
    sleep 2
  done
}

"$tally" run --config "$work/tally.toml" 2> "$work/daemon.log" &
daemon=$!
start=$(date +%s)
settle $((feeds * 10))
echo "round 1: $feeds feeds, $(documents) documents, $(alerts) alerts, $(( $(date +%s) - start - 10 )) s, peak $(peak)"

echo edition >&3
"$tally" feeds refresh --config "$work/tally.toml" --all > /dev/null
start=$(date +%s)
settle $((feeds * 10 + feeds / 20 * 10))
echo "round 2: $((feeds / 20)) new editions, $(documents) documents, $(alerts) alerts, $(( $(date +%s) - start - 10 )) s, peak $(peak)"
kill -TERM $daemon
wait $daemon || true
