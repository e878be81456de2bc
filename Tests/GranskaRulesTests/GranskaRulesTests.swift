// Tests for GranskaRules live in this folder.
