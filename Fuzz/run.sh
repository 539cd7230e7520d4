#!/usr/bin/env bash
# Fuzzes every parser that reads outside bytes, each for SECONDS (default 60), with libFuzzer and
# the address sanitizer, seeded from the corpora beside the repository (../shared/corpora), the
# seeds and the shipped configuration. Prints, per target: run time, executions, coverage
# (libFuzzer's "cov" edges and "ft" features) and what it found. Inputs that crash, hang (over
# 10 s) or use over 2 GB are kept in Fuzz/.work/<target>/ (crash-*, timeout-*, oom-*); keep each
# as a regression test beside the parser's tests.
#
#   Fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzDocumentDecoder FuzzJSONEnvelope FuzzHTMLExtraction FuzzFeedParser FuzzClaims FuzzConfiguration FuzzHTTPHeaders)
corpora="$(cd .. && pwd)/../shared/corpora"
repository="$(cd .. && pwd)"

# Optimised (several times the executions of a debug build), with testing enabled so a target
# can reach a parser the module keeps internal (the HTTP header reader).
flags=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld -Xswiftc -enable-testing)
# SwiftPM keeps a path dependency's list of source files from the last plan: a file added to the
# main package since then is missed ("missing inputs", "cannot find ... in scope"). Plan afresh.
rm -f .build/*/release/description.json
swift build "${flags[@]}" >&2
binaries="$(swift build "${flags[@]}" --show-bin-path)"

# Seeds: files of the kind each parser reads, a few hundred at most.
seed() {
  local target="$1" folder=".work/$1/seeds"
  [ -d "$folder" ] && return
  mkdir -p "$folder"
  case "$target" in
    FuzzDocumentDecoder)
      # The first byte names the file: 0 text, 1 HTML, 2 JSON.
      for f in "$repository"/seeds/*.txt; do { printf '\x00'; cat "$f"; } > "$folder/$(basename "$f")"; done
      for f in $(ls "$corpora"/readability/*/source.html | sed -n 1,40p); do { printf '\x01'; head -c 65536 "$f"; } > "$folder/$(basename "$(dirname "$f")").html"; done
      for f in $(find "$corpora/feeds/feedparser/tests/json" -name '*.json' | sort | sed -n 1,20p); do { printf '\x02'; cat "$f"; } > "$folder/$(basename "$f")"; done ;;
    FuzzJSONEnvelope)
      printf '{"url":"https://example.org/a","title":"Flood toll rises","published":"2024-10-22T08:00:00Z","source":"Example Wire","text":"At least 45 people died."}' > "$folder/envelope.json"
      printf '{"url":"https://example.org/b","html":"<p>At least 60 people died.</p>","published":1729584000}' > "$folder/html.json"
      for f in $(find "$corpora/feeds/feedparser/tests/json" -name '*.json' | sort | sed -n 1,40p); do cp "$f" "$folder/"; done ;;
    FuzzHTMLExtraction)
      for f in $(ls "$corpora"/readability/*/source.html | sed -n 1,80p); do head -c 131072 "$f" > "$folder/$(basename "$(dirname "$f")").html"; done ;;
    FuzzFeedParser)
      for f in $(find "$corpora/feeds/feedparser/tests" -type f \( -name '*.xml' -o -name '*.json' -o -name '*.opml' \) | sort | sed -n 1,400p); do
        cp "$f" "$folder/$(echo "$f" | md5sum | cut -c1-12)-$(basename "$f")"
      done ;;
    FuzzClaims)
      python3 - "$corpora/quantities" "$folder" <<'PY'
import json, pathlib, sys
source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
n = 0
for path in sorted(source.glob("*.json")):
    for item in json.loads(path.read_text()):
        (target / f"{n:04d}.txt").write_text(item["text"]); n += 1
PY
      for f in "$repository"/seeds/*.txt; do head -c 4096 "$f" > "$folder/$(basename "$f")"; done ;;
    FuzzConfiguration)
      cp "$repository/Deploy/tally.toml" "$folder/"
      printf '[storage]\ndatabase = "/tmp/t.sqlite"\n[drop]\nfolder = "/tmp/drop"\nsettle_seconds = 0.5\n[[feed]]\nurl = "https://example.org/feed.xml"\n' > "$folder/small.toml" ;;
    FuzzHTTPHeaders)
      printf 'HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8\r\nETag: "abc"\r\nContent-Length: 1234\r\n\r\n' > "$folder/ok"
      printf 'HTTP/1.1 100 Continue\r\n\r\nHTTP/2 304\r\nLast-Modified: Tue, 22 Oct 2024 08:00:00 GMT\r\nX-Long: a\r\n  folded\r\n\r\n' > "$folder/continue"
      printf 'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 120\r\n\r\n' > "$folder/retry" ;;
  esac
}

printf '%-22s %8s %12s %8s %8s %8s  %s\n' target seconds executions cov ft corpus found
for target in "${targets[@]}"; do
  seed "$target"
  work=".work/$target"
  mkdir -p "$work/corpus"
  max_len=4096
  case "$target" in FuzzHTMLExtraction|FuzzDocumentDecoder) max_len=131072 ;; FuzzFeedParser|FuzzJSONEnvelope) max_len=65536 ;; esac
  log="$work/last-run.log"
  # Exit status is non-zero when something is found; the summary says what.
  # No Swift backtracer: its memory reader trips the address sanitizer and hides the real report.
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binaries/$target" "$work/corpus" "$work/seeds" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$work/" >"$log" 2>&1 || true
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  status=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(echo "$status" | grep -o 'cov: [0-9]*' | grep -o '[0-9]*' || echo -)
  ft=$(echo "$status" | grep -o 'ft: [0-9]*' | grep -o '[0-9]*' || echo -)
  corpus=$(ls "$work/corpus" | wc -l)
  found=$(ls "$work" | grep -E '^(crash|timeout|oom|leak|slow-unit)-' | tr '\n' ' ' || true)
  printf '%-22s %8s %12s %8s %8s %8s  %s\n' "$target" "$seconds" "${executions:-0}" "${cov:--}" "${ft:--}" "$corpus" "${found:-nothing}"
done
