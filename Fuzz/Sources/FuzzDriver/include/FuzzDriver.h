// The one libFuzzer function the harnesses call by hand.
//
// SwiftPM links every executable on Linux with `--defsym main=<Target>_main`, so libFuzzer's own
// `main` is never used: each harness defines `<Target>_main` and hands its test function to
// libFuzzer's driver, which then parses the usual libFuzzer arguments (corpus folders,
// `-max_total_time=`, `-runs=` …). The driver is part of the toolchain's libclang_rt.fuzzer,
// linked in by `-sanitize=fuzzer`.
#ifndef GRANSKA_FUZZ_DRIVER_H
#define GRANSKA_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
