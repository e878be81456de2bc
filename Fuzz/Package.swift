// swift-tools-version:6.0
//
// libFuzzer harnesses for granska's input readers. Not part of the main build or of CI:
// run them with `Scripts/fuzz.sh` (see docs/robusthet.md). Depends on the granska package beside
// it by path only; no third-party code.
import PackageDescription

let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "granska-fuzz",
    dependencies: [.package(name: "granska", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzCSV", dependencies: [.product(name: "Granska", package: "granska")],
            path: "Sources/FuzzCSV", swiftSettings: fuzzFlags),
        .executableTarget(
            name: "FuzzAmount", dependencies: [.product(name: "Granska", package: "granska")],
            path: "Sources/FuzzAmount", swiftSettings: fuzzFlags),
        .executableTarget(
            name: "FuzzRules", dependencies: [.product(name: "Granska", package: "granska")],
            path: "Sources/FuzzRules", swiftSettings: fuzzFlags),
        .executableTarget(
            name: "FuzzRound", dependencies: [.product(name: "Granska", package: "granska")],
            path: "Sources/FuzzRound", swiftSettings: fuzzFlags),
        .executableTarget(
            name: "FuzzMetadata", dependencies: [.product(name: "Granska", package: "granska")],
            path: "Sources/FuzzMetadata", swiftSettings: fuzzFlags),
    ]
)
