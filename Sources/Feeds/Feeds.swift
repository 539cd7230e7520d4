// Placeholder: the feed service is being written.
