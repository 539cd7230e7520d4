// Placeholder: the feed scheduler is being written.
