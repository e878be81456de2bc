import Foundation

/// Paths of the repository's own fixtures, found from this source file so tests pass from any
/// working directory and on a clone that has only this repository.
public enum Fixtures {
    /// The repository root.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/GranskaTestSupport/Fixtures.swift
        return url
    }()

    /// The embedded example round, `Examples/omgang-2024`.
    public static var exampleRound: URL { root.appendingPathComponent("Examples/omgang-2024") }

    /// The example's answer key.
    public static var facit: URL { exampleRound.appendingPathComponent("facit.csv") }

    /// A copy of the register files (`kommuner.csv`, `lan.csv`).
    public static var registers: URL { root.appendingPathComponent("Tests/Fixtures/registers") }

    /// `Tests/Fixtures/<name>`.
    public static func file(_ name: String) -> URL { root.appendingPathComponent("Tests/Fixtures/\(name)") }

    /// A fresh, empty temporary folder, removed by the caller (or left to the OS).
    public static func temporaryDirectory(_ label: String = "granska") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
