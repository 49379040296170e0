"""The runner: composes the stages over batches of documents, with progress and a summary."""
