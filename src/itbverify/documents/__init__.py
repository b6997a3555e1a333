"""Document formats and the document model: reading, validating, building."""
