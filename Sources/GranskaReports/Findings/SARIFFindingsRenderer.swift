import GranskaCore

/// `granska check --format sarif`: SARIF 2.1.0, for GitHub code scanning and other viewers.
///
/// One run whose `tool.driver` lists every rule (`id`, `name`, `shortDescription`,
/// `defaultConfiguration.level`); one result per finding with `ruleId`, `level`
/// (`error`/`warning`/`note`), `message.text`, a physical location when the finding has one
/// (`artifactLocation.uri` = the file path as given, percent-encoded; `region.startLine` = the
/// 1-based physical line; `region.startColumn` = the 1-based column; a finding without a location
/// points at ``FindingsReport/fallbackLocation`` when set) and
/// `partialFingerprints["granska/v1"]` (see ``FindingFingerprint``). Columns count Unicode code
/// points: `columnKind` is `unicodeCodePoints`. Every level maps from ``Allvarlighet/english``.
public struct SARIFFindingsRenderer: FindingsRenderer {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    public init() {}

    public func render(_ report: FindingsReport) -> String {
        document(report).serialized() + "\n"
    }

    /// The SARIF log as a value.
    public func document(_ report: FindingsReport) -> JSONValue {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.ruleStats.enumerated().map { ($1.id, $0) })
        let rules: [JSONValue] = report.ruleStats.map { stat in
            var props: [String: JSONValue] = ["allvarlighet": .string(stat.allvarlighet.rawValue)]
            if let t = stat.feltyp { props["feltyp"] = .string(t) }
            if let e = stat.evaluated { props["granskade"] = .int(Int64(e)) }
            props["flaggade"] = .int(Int64(stat.flagged))
            let description = stat.feltyp.map { "Regeln \(stat.id) (feltyp \($0))" } ?? "Kontrollen \(stat.id)"
            return .object([
                "id": .string(stat.id),
                "name": .string(stat.id),
                "shortDescription": .object(["text": .string(description)]),
                "defaultConfiguration": .object(["level": .string(stat.allvarlighet.english)]),
                "properties": .object(props),
            ])
        }
        let results: [JSONValue] = report.findings.map { f in
            var r: [String: JSONValue] = [
                "ruleId": .string(f.regel),
                "level": .string(f.allvarlighet.english),
                "message": .object(["text": .string(f.meddelande)]),
                "partialFingerprints": .object(["granska/v1": .string(FindingFingerprint.of(f))]),
            ]
            if let i = ruleIndex[f.regel] { r["ruleIndex"] = .int(Int64(i)) }
            if let loc = f.location ?? report.fallbackLocation {
                r["locations"] = .array([
                    .object([
                        "physicalLocation": .object([
                            "artifactLocation": .object(["uri": .string(Self.uri(loc.file))]),
                            "region": .object([
                                "startLine": .int(Int64(max(1, loc.line))),
                                "startColumn": .int(Int64(max(1, loc.column))),
                            ]),
                        ])
                    ])
                ])
            }
            var props: [String: JSONValue] = ["allvarlighet": .string(f.allvarlighet.rawValue)]
            if let t = f.feltyp { props["feltyp"] = .string(t) }
            if let e = f.enkat { props["enkat"] = .string(e) }
            if let x = f.respondent { props["respondent"] = .string(x) }
            if let n = f.insatsNr { props["insats_nr"] = .int(Int64(n)) }
            r["properties"] = .object(props)
            return .object(r)
        }
        let run: JSONValue = .object([
            "tool": .object([
                "driver": .object([
                    "name": .string("granska"),
                    "version": .string(report.toolVersion),
                    "informationUri": .string("https://github.com/granska/granska"),
                    "rules": .array(rules),
                ])
            ]),
            "columnKind": .string("unicodeCodePoints"),
            "results": .array(results),
        ])
        return .object([
            "$schema": .string(Self.schema),
            "version": .string("2.1.0"),
            "runs": .array([run]),
        ])
    }

    /// A relative or absolute file path as a URI reference: unreserved characters and `/` as is,
    /// everything else percent-encoded as UTF-8 (Windows `\` becomes `/`). An absolute path
    /// becomes a `file://` URI.
    static func uri(_ path: String) -> String {
        var out = ""
        let p = path.replacing("\\", with: "/")
        for b in p.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return p.hasPrefix("/") ? "file://" + out : out
    }
}
