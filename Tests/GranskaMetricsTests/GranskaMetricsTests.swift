// Tests for GranskaMetrics live in this folder.
