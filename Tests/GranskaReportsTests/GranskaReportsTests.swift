// Tests for GranskaReports live in this folder.
