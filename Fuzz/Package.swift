// swift-tools-version:6.0
//
// libFuzzer harnesses for granska's input readers. Not part of the main build or of CI:
// run them with `Scripts/fuzz.sh` (see docs/robusthet.md). Depends on the granska package beside
// it by path only; no third-party code.
//
// Each harness is an executable whose entry point is `LLVMFuzzerTestOneInput`; libFuzzer supplies
// `main`, so the sources are compiled with `-parse-as-library` and the package is built with
// `swift build -c release -Xswiftc -sanitize=fuzzer,address`.
import PackageDescription

let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
/// gold stops with an internal error on these executables; lld (shipped with Swift) links them.
let fuzzLinking: [LinkerSetting] = [.unsafeFlags(["-use-ld=lld"], .when(platforms: [.linux]))]

/// One libFuzzer harness in `Sources/<name>/`.
func harness(_ name: String) -> Target {
    .executableTarget(
        name: name, dependencies: [.product(name: "Granska", package: "granska"), "FuzzDriver"],
        path: "Sources/\(name)", swiftSettings: fuzzFlags, linkerSettings: fuzzLinking)
}

let package = Package(
    name: "granska-fuzz",
    dependencies: [.package(name: "granska", path: "..")],
    targets: [
        .target(name: "FuzzDriver", path: "Sources/FuzzDriver"),
        harness("FuzzCSV"),
        harness("FuzzAmount"),
        harness("FuzzRound"),
        harness("FuzzRules"),
        harness("FuzzMetadata"),
    ]
)
