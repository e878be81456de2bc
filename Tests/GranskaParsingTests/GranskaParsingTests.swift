// Tests for GranskaParsing live in this folder.
