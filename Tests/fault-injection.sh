#!/usr/bin/env bash
# The long form of the fault-injection test: the real daemon SIGKILLed at random moments while a
# few thousand documents (new reports, exact copies, near-duplicates, changing figures) arrive,
# restarted each time, then compared with a run never interrupted (documents, articles, claims,
# alerts, alert-log lines, files), and prints the end state with a checksum, to compare two versions
# of Tally. CI runs the same test with 250 documents.
#
#   Tests/fault-injection.sh [DOCUMENTS] [ARRIVALS_PER_SECOND]     (defaults: 3000, 150)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product tally
swift build --build-tests
TALLY_BINARY="$PWD/.build/release/tally" TALLY_FAULT_DOCUMENTS="${1:-3000}" TALLY_FAULT_RATE="${2:-150}" \
  swift test --skip-build --filter KilledDaemonTests 2>&1 | grep -E "killed the daemon|end state|passed|failed|differs|Expectation"
