import GranskaCore
import GranskaTestSupport
import Testing

@testable import GranskaReports

/// `deklaration.txt`: what it reads, and every error with its position.
@Suite("deklaration.txt")
struct MetadataReaderTests {
    struct ErrorCase: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        /// (id, line, column), in order.
        let errors: [(String, Int, Int)]
        var testDescription: String { label }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(label: "rad utan kolon", text: "syfte: a\nbara text\n", errors: [("deklaration.saknar-kolon", 2, 1)]),
        ErrorCase(label: "tom nyckel", text: ": värde\n", errors: [("deklaration.tom-nyckel", 1, 1)]),
        ErrorCase(label: "okänd nyckel", text: "# k\nsyftet: x\n", errors: [("deklaration.okand-nyckel", 2, 1)]),
        ErrorCase(label: "tomt värde", text: "syfte:   \n", errors: [("deklaration.tomt-varde", 1, 7)]),
        ErrorCase(
            label: "dubblett i samma del", text: "syfte: a\nkontakt: b\nsyfte: c\n",
            errors: [("deklaration.dubblett", 3, 1)]),
        ErrorCase(label: "sektion utan ]", text: "[K-KUN\nsyfte: a\n", errors: [("deklaration.ogiltig-sektion", 1, 7)]),
        ErrorCase(label: "tom sektion", text: "[  ]\n", errors: [("deklaration.ogiltig-sektion", 1, 4)]),
        ErrorCase(label: "text efter ]", text: "[K-KUN] x\n", errors: [("deklaration.ogiltig-sektion", 1, 9)]),
        ErrorCase(label: "ogiltigt tecken i id", text: "[K/KUN]\n", errors: [("deklaration.ogiltig-sektion", 1, 3)]),
        ErrorCase(
            label: "dubbel sektion", text: "[K-KUN]\nsyfte: a\n[K-KUN]\nsyfte: b\n",
            errors: [("deklaration.dubbel-sektion", 3, 1), ("deklaration.dubblett", 4, 1)]),
        ErrorCase(label: "okänd enkät", text: "[K-KUM]\n", errors: [("deklaration.okand-enkat", 1, 2)]),
        ErrorCase(
            label: "indragen rad utan nyckel", text: "  fortsättning\n", errors: [("deklaration.indragen-rad", 1, 1)]),
        ErrorCase(
            label: "indrag efter tom rad", text: "syfte: a\n\n  mer\n", errors: [("deklaration.indragen-rad", 3, 1)]),
        ErrorCase(label: "styrtecken", text: "syfte: a\u{07}b\n", errors: [("deklaration.styrtecken", 1, 9)]),
        ErrorCase(
            label: "flera fel i en fil", text: "syftet: a\nx\nsyfte:\n[K-KUN\n",
            errors: [
                ("deklaration.okand-nyckel", 1, 1), ("deklaration.saknar-kolon", 2, 1), ("deklaration.tomt-varde", 3, 7),
                ("deklaration.ogiltig-sektion", 4, 7),
            ]),
        ErrorCase(
            label: "kolumn räknas i tecken", text: "[K-KUN]\nkontakt: åäö\u{07}\n",
            errors: [("deklaration.styrtecken", 2, 13)]),
        ErrorCase(label: "CRLF", text: "syfte: a\r\nfel\r\n", errors: [("deklaration.saknar-kolon", 2, 1)]),
    ]

    @Test("Fel med position", arguments: errorCases)
    func errors(_ c: ErrorCase) {
        let result = MetadataReader.parse(Array(c.text.utf8), file: "deklaration.txt", knownEnkater: ["K-KUN", "R-BU"])
        let got = result.errors.map { ($0.id, $0.location?.line ?? 0, $0.location?.column ?? 0) }
        #expect(got.map(\.0) == c.errors.map(\.0))
        #expect(got.map(\.1) == c.errors.map(\.1))
        #expect(got.map(\.2) == c.errors.map(\.2))
        for e in result.errors {
            #expect(e.location?.file == "deklaration.txt")
            #expect(!e.message.isEmpty)
        }
    }

    @Test("Felmeddelanden föreslår närliggande namn")
    func suggestions() {
        let key = MetadataReader.parse(Array("syftet: x\n".utf8), file: "d.txt")
        #expect(key.errors.first?.message.contains("Menade du 'syfte'?") == true)
        let section = MetadataReader.parse(Array("[K-KUM]\n".utf8), file: "d.txt", knownEnkater: ["K-KUN"])
        #expect(section.errors.first?.message.contains("Menade du 'K-KUN'?") == true)
        #expect(section.errors.first?.description == "d.txt:1:2: error: Okänd enkät 'K-KUM': omgången har ingen enkät med det id:t. Menade du 'K-KUN'? [deklaration.okand-enkat]")
    }

    @Test("Ogiltig UTF-8 pekas ut")
    func invalidUTF8() {
        var bytes = Array("syfte: a\nkontakt: ä".utf8)
        bytes.append(0xFF)
        let result = MetadataReader.parse(bytes, file: "d.txt")
        #expect(result.errors.map(\.id) == ["deklaration.ogiltig-utf8"])
        #expect(result.errors.first?.location?.line == 2)
        #expect(result.errors.first?.location?.column == 11)
    }

    @Test("För stor fil")
    func tooLarge() {
        let result = MetadataReader.parse([UInt8](repeating: 0x61, count: MetadataReader.maxBytes + 1), file: "d.txt")
        #expect(result.errors.map(\.id) == ["deklaration.for-stor"])
    }

    @Test("För många sektioner")
    func tooManySections() {
        let text = (0...MetadataReader.maxSections).map { "[E\($0)]\n" }.joined()
        let result = MetadataReader.parse(Array(text.utf8), file: "d.txt")
        #expect(result.errors.map(\.id) == ["deklaration.for-manga-sektioner"])
        #expect(result.errors.first?.location?.line == MetadataReader.maxSections + 1)
    }

    @Test("För långt värde")
    func tooLong() {
        let long = String(repeating: "a", count: MetadataReader.maxValueLength / 2)
        let result = MetadataReader.parse(Array("syfte: \(long)\n  \(long)\n  mer\n".utf8), file: "d.txt")
        #expect(result.errors.map(\.id) == ["deklaration.for-langt-varde"])
        #expect(result.errors.first?.location?.line == 1)
    }

    @Test("Läser värden, sektioner, fortsättningsrader och kommentarer")
    func reads() {
        let text = """
            \u{FEFF}# Uppgifter för kvalitetsdeklarationen
            Syfte: Att följa upp # inte en kommentar
            Ansvarig:   Myndigheten  
            insamlingssätt: Webbenkät med
              inbjudan via e-post
            \toch två påminnelser.

            [K-KUN]
            syfte: Eget syfte för K-KUN
            Frågor: Frågorna prövades i förväg.
            [R-BU]   # regioner
            publicering: Rapport

            """
        let result = MetadataReader.parse(Array(text.utf8), file: "d.txt", knownEnkater: ["K-KUN", "R-BU"])
        #expect(result.errors.isEmpty, "\(result.errors)")
        let m = result.metadata
        #expect(m.common[.syfte] == "Att följa upp # inte en kommentar")
        #expect(m.common[.ansvarig] == "Myndigheten")
        #expect(m.common[.insamlingssatt] == "Webbenkät med inbjudan via e-post och två påminnelser.")
        let k = m.values(for: "K-KUN")
        #expect(k[.syfte] == "Eget syfte för K-KUN")
        #expect(k[.fragor] == "Frågorna prövades i förväg.")
        #expect(k[.ansvarig] == "Myndigheten")
        #expect(k[.publicering] == nil)
        let r = m.values(for: "R-BU")
        #expect(r[.syfte] == "Att följa upp # inte en kommentar")
        #expect(r[.publicering] == "Rapport")
        #expect(m.values(for: "L-BU") == m.common)
    }

    @Test("Värde på raderna under nyckeln")
    func valueOnFollowingLines() {
        let result = MetadataReader.parse(Array("syfte:\n  Första delen\n  andra delen.\n".utf8), file: "d.txt")
        #expect(result.errors.isEmpty)
        #expect(result.metadata.common[.syfte] == "Första delen andra delen.")
    }

    @Test("Nycklar skrivs med eller utan å, ä, ö", arguments: [
        ("ämne", MetadataKey.amne), ("Frågor", .fragor), ("insamlings-sätt", .insamlingssatt), ("JÄMFÖRBARHET", .jamforbarhet),
        ("kodning", .kodning),
    ])
    func keySpellings(written: String, key: MetadataKey) {
        #expect(MetadataKey(normalizing: written) == key)
    }

    @Test("En fil som saknas är inget fel")
    func missingFile() throws {
        let dir = try Fixtures.temporaryDirectory("deklaration")
        let result = DeclarationMetadata.load(directory: dir)
        #expect(result.errors.isEmpty)
        #expect(result.metadata == .empty)
    }
}
