// Tests for GranskaReconciliation live in this folder.
