// swift-tools-version:6.0
//
// granska: checks a submitted survey round before anyone analyses it, reconciles the funds,
// counts who answered and writes the kvalitetsdeklaration.
//
// Dependencies point one way:
//   GranskaCore ← GranskaParsing ← GranskaRules ← GranskaReconciliation, GranskaMetrics
//               ← GranskaReports ← GranskaCLI ← granska (main.swift only)
// No package dependencies: Foundation, the standard library and the test frameworks only.
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "granska",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "granska", targets: ["granska"]),
        .library(name: "Granska", targets: [
            "GranskaCore", "GranskaParsing", "GranskaRules", "GranskaReconciliation",
            "GranskaMetrics", "GranskaReports", "GranskaCLI",
        ]),
    ],
    targets: [
        .target(name: "GranskaCore", swiftSettings: strict),
        .target(name: "GranskaParsing", dependencies: ["GranskaCore"], swiftSettings: strict),
        .target(name: "GranskaRules", dependencies: ["GranskaCore", "GranskaParsing"], swiftSettings: strict),
        .target(name: "GranskaReconciliation", dependencies: ["GranskaCore", "GranskaRules"], swiftSettings: strict),
        .target(name: "GranskaMetrics", dependencies: ["GranskaCore", "GranskaRules"], swiftSettings: strict),
        .target(
            name: "GranskaReports",
            dependencies: ["GranskaCore", "GranskaParsing", "GranskaRules", "GranskaReconciliation", "GranskaMetrics"],
            swiftSettings: strict),
        .target(
            name: "GranskaCLI",
            dependencies: [
                "GranskaCore", "GranskaParsing", "GranskaRules", "GranskaReconciliation", "GranskaMetrics",
                "GranskaReports",
            ],
            swiftSettings: strict),
        .executableTarget(name: "granska", dependencies: ["GranskaCLI"], swiftSettings: strict),

        .target(
            name: "GranskaTestSupport",
            dependencies: ["GranskaCore", "GranskaParsing"],
            path: "Tests/GranskaTestSupport",
            swiftSettings: strict),
        .testTarget(name: "GranskaCoreTests", dependencies: ["GranskaCore", "GranskaTestSupport"], swiftSettings: strict),
        .testTarget(name: "GranskaParsingTests", dependencies: ["GranskaParsing", "GranskaTestSupport"], swiftSettings: strict),
        .testTarget(name: "GranskaRulesTests", dependencies: ["GranskaRules", "GranskaTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "GranskaReconciliationTests", dependencies: ["GranskaReconciliation", "GranskaTestSupport"],
            swiftSettings: strict),
        .testTarget(name: "GranskaMetricsTests", dependencies: ["GranskaMetrics", "GranskaTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "GranskaReportsTests", dependencies: ["GranskaReports", "GranskaTestSupport"], exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(name: "GranskaCLITests", dependencies: ["GranskaCLI", "GranskaTestSupport"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
