import Foundation
import GranskaTestSupport

/// A tiny hand-made round in a temporary folder: one enkät over regioner (`R-X`), two requisitioned
/// regioner (01 and 03) that both answer completely, in time, reporting exactly what they requisitioned.
/// Tests add defect rows to `svar.csv`.
struct TestRound {
    let directory: URL

    static let omgang = """
        enkat;population;omrade;referensar;sista_svarsdag;insamling_start;insamling_slut;paminnelser
        R-X;region;Provområde;2024;2025-03-14;2025-01-20;2025-04-30;2

        """
    static let rekvisitioner = """
        enkat;respondent;fordelat;rekvirerat;aterbetalt
        R-X;01;300000;300000;0
        R-X;03;200000;200000;0

        """
    static let svarHeader =
        "enkat;respondent;kontaktperson;epost;telefon;inskickad;insats_nr;titel;aktiviteter;mal;prestationer;effekter;status;malgrupp;medel\n"
    static let cleanRows = [
        "R-X;01;Test Testsson;test.testsson@example.se;070-0000001;2025-03-01T10:00;1;Utbildning;Kurser för personal;Mer kunskap;Tre kurser;Bättre bemötande;genomförd;vuxna;300000",
        "R-X;03;Prov Provsson;prov.provsson@example.se;070-0000002;2025-03-02T11:00;1;Samverkan;Möten med kommunerna;Bättre samverkan;Fyra möten;Färre missar;genomförd;barn och unga;200000",
    ]

    /// A row for an enkät that is not in `omgang.csv`: an error-level reading note.
    static let unknownEnkatRow =
        "X-YZ;01;Test Testsson;test.testsson@example.se;070-0000001;2025-03-01T10:00;1;Okänd;Okänd;;;;genomförd;vuxna;1000"

    init(extraRows: [String] = [], replaceClean: Bool = false) throws {
        directory = try Fixtures.temporaryDirectory("granska-round")
        try Data(Self.omgang.utf8).write(to: directory.appendingPathComponent("omgang.csv"))
        try Data(Self.rekvisitioner.utf8).write(to: directory.appendingPathComponent("rekvisitioner.csv"))
        let rows = (replaceClean ? [] : Self.cleanRows) + extraRows
        try Data((Self.svarHeader + rows.map { $0 + "\n" }.joined()).utf8).write(to: directory.appendingPathComponent("svar.csv"))
    }

    var path: String { directory.path }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}
