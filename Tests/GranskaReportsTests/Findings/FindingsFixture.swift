import GranskaCore
import GranskaReports

/// An edge-case-rich set of findings for the renderer tests: every severity, findings with and
/// without enkät, respondent, insats and location, hostile text (`<&"'`, `;`, `%`, `:`, `,`,
/// line breaks) in messages and file names, and a rule with statistics but no findings.
enum FindingsFixture {
    static let findings: [Finding] = [
        Finding(
            regel: "std.ofullstandig", feltyp: "ofullstandig", allvarlighet: .fel, enkat: "R-BU", respondent: "04",
            insatsNr: 1, location: SourceLocation(file: "omgang/svar.csv", line: 14, column: 1),
            meddelande: "fältet status är tomt"),
        Finding(
            regel: "std.negativt", feltyp: "negativt", allvarlighet: .varning, enkat: "K-KUN", respondent: "0180",
            insatsNr: 3, location: SourceLocation(file: "omgang/svar.csv", line: 7, column: 15),
            meddelande: "beloppet \"-24062\" är negativt; räknas som 24062 kr"),
        Finding(
            regel: "avstamning.tusental", feltyp: "tusental", allvarlighet: .varning, enkat: "R-BU", respondent: "01",
            insatsNr: 9, location: nil, meddelande: "S=112690622 T=114143863: insats 9 verkar angiven i tusental"),
        Finding(
            regel: "std.format", feltyp: "format", allvarlighet: .info, enkat: "K-KUN", respondent: "0180",
            insatsNr: 2, location: SourceLocation(file: "data, 2024: <&\"'>.csv", line: 3, column: 120),
            meddelande: "100% <&\"'> läst som 1250000 kr;\nrad två\r"),
        Finding(
            regel: "data.okand-enkat", feltyp: nil, allvarlighet: .fel, enkat: nil, respondent: nil, insatsNr: nil,
            location: SourceLocation(file: "omgang/svar.csv", line: 99, column: 1),
            meddelande: "enkäten 'X-YZ' finns inte i omgang.csv"),
        Finding(
            regel: "avstamning.ej_rekvirerat", feltyp: "ej_rekvirerat", allvarlighet: .varning, enkat: "L-SAM",
            respondent: nil, insatsNr: nil, location: nil, meddelande: "enkäten saknar rekvisitioner"),
    ]

    static let ruleStats: [FindingRuleStat] = [
        FindingRuleStat(id: "std.ofullstandig", feltyp: "ofullstandig", allvarlighet: .fel, file: "standard.regler", line: 3, evaluated: 1412, flagged: 1),
        FindingRuleStat(id: "std.negativt", feltyp: "negativt", allvarlighet: .varning, file: "standard.regler", line: 9, evaluated: 1412, flagged: 1),
        FindingRuleStat(id: "std.format", feltyp: "format", allvarlighet: .info, file: "standard.regler", line: 12, evaluated: 1412, flagged: 1),
        FindingRuleStat(id: "std.sen", feltyp: "sen", allvarlighet: .varning, file: "standard.regler", line: 20, evaluated: 180, flagged: 0),
    ]

    static func report(threshold: Allvarlighet? = .fel, accepted: Int = 0, findings: [Finding] = findings) -> FindingsReport {
        FindingsReport(findings: findings, ruleStats: ruleStats, acceptedByBaseline: accepted, threshold: threshold, toolVersion: "9.9.9")
    }
}
