#!/usr/bin/env python3
"""trafilatura over the readability corpus pages already in memory, single-threaded: the same
measure as ExtractionBenchmark (bytes decoded, article extracted; no files written).

usage: python3 Benchmarks/trafilatura_in_memory.py [ROUNDS]   (pip install trafilatura lxml_html_clean)
"""
import sys
import time
from pathlib import Path

import trafilatura

corpus = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "readability"
pages = [p.read_bytes() for p in sorted(corpus.glob("*/source.html"))]
rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
best = None
for _ in range(rounds):
    start = time.perf_counter()
    for page in pages:
        trafilatura.extract(page.decode("utf-8-sig", errors="replace"), include_comments=False)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages, best of {rounds}: {best:.3f} s, {len(pages) / best:.1f} pages/s")
