// Tests for GranskaCLI live in this folder.
