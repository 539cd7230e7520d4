// Placeholder: the loopback HTTP server comes with the fetcher.
