import GranskaTestSupport
import Testing

@testable import GranskaCore
@testable import GranskaParsing

/// The loader's column storage of `svar.csv` against the obvious way: every value of every insats
/// equals what decoding its cells as `String`s gives, and grouping the stored rows into answers
/// (``Omgang/svar()``'s fast path) equals grouping plain copies of them.
@Suite struct InsatsStorageTests {
    /// A copy of the insats made from its values (one-row storage of its own).
    static func plain(_ i: Insats) -> Insats {
        Insats(
            enkat: i.enkat, respondent: i.respondent, inskickad: i.inskickad, inskickadText: i.inskickadText,
            insatsNr: i.insatsNr, insatsNrText: i.insatsNrText, titel: i.titel, aktiviteter: i.aktiviteter, mal: i.mal,
            prestationer: i.prestationer, effekter: i.effekter, status: i.status, malgrupp: i.malgrupp, medel: i.medel,
            kontakt: i.kontakt, location: i.location)
    }

    /// The round with its insatser replaced by plain copies: ``Omgang/svar()`` takes its general path.
    static func plainRound(_ o: Omgang) -> Omgang {
        Omgang(
            directory: o.directory, enkater: o.enkater, insatser: o.insatser.map(plain), rekvisitioner: o.rekvisitioner,
            register: o.register, notes: o.notes, files: o.files)
    }

    @Test(arguments: [false, true])
    func everyValueIsTheCellAsRead(keepPersonalData: Bool) throws {
        let omgang = try RoundLoader.load(
            directory: Fixtures.exampleRound.path, options: LoadOptions(keepPersonalData: keepPersonalData))
        let table = try CSVTable.read(path: Fixtures.exampleRound.appendingPathComponent("svar.csv").path)
        let map = try ColumnMapping(table: table, kind: .svar)
        #expect(omgang.insatser.count == table.recordCount)
        for (r, insats) in omgang.insatser.enumerated() {
            func cell(_ name: String) throws -> String { table.field(r, try map.requiredColumn(name)) }
            #expect(insats.enkat == (try cell("enkat")).trimmingSpaces())
            #expect(insats.respondent == (try cell("respondent")).trimmingSpaces())
            #expect(insats.inskickadText == (try cell("inskickad")))
            #expect(insats.inskickad == Tidpunkt(iso: try cell("inskickad")))
            #expect(insats.insatsNrText == (try cell("insats_nr")))
            #expect(insats.titel == (try cell("titel")))
            #expect(insats.aktiviteter == (try cell("aktiviteter")))
            #expect(insats.mal == (try cell("mal")))
            #expect(insats.prestationer == (try cell("prestationer")))
            #expect(insats.effekter == (try cell("effekter")))
            #expect(insats.status == (try cell("status")))
            #expect(insats.malgrupp == (try cell("malgrupp")))
            #expect(insats.medel == AmountReader.read(try cell("medel")))
            #expect(insats.medelKronor == insats.medel.kronor && insats.medelTolkning == insats.medel.tolkning)
            #expect(insats.location == table.recordLocation(r))
            if keepPersonalData {
                #expect(
                    insats.kontakt
                        == Kontakt(namn: try cell("kontaktperson"), epost: try cell("epost"), telefon: try cell("telefon")))
            } else {
                #expect(insats.kontakt == nil)
            }
            for field in Insats.Field.allCases {
                #expect(insats.isBlank(field) == insats.text(field).isBlank, "\(field) of row \(r)")
                #expect(insats.withUTF8(field) { Array($0) } == Array(insats.text(field).utf8))
            }
            #expect(insats == Self.plain(insats))
            #expect(insats.hashValue == Self.plain(insats).hashValue)
        }
    }

    @Test func rawCellsAreTheCellsAsTheyStandWhenAdjacent() throws {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let table = try CSVTable.read(path: Fixtures.exampleRound.appendingPathComponent("svar.csv").path)
        let map = try ColumnMapping(table: table, kind: .svar)
        let first = try map.requiredColumn("inskickad")
        for (r, insats) in omgang.insatser.enumerated() {
            let raw = insats.withRawCells(.inskickad, through: .medel) { String(decoding: $0, as: UTF8.self) }
            let (start, _) = table.bounds(row: r + 1, column: first)
            let (_, end) = table.bounds(row: r + 1, column: try map.requiredColumn("medel"))
            let expected = table.text.withUnsafeBufferPointer { String(decoding: $0[start..<end], as: UTF8.self) }
            #expect(raw == expected)
        }
        #expect(Self.plain(omgang.insatser[0]).withRawCells(.inskickad, through: .medel) { _ in 1 } == nil)
    }

    /// Not in one piece: columns in another order, or another delimiter.
    @Test(arguments: [
        "enkat;respondent;insats_nr;inskickad;titel;aktiviteter;mal;prestationer;effekter;status;malgrupp;medel\nR-BU;01;1;2025-03-01T10:00;T;A;;;;s;b;5\n",
        "enkat,respondent,inskickad,insats_nr,titel,aktiviteter,mal,prestationer,effekter,status,malgrupp,medel\nR-BU,01,2025-03-01T10:00,1,T,A,,,,s,b,5\n",
    ])
    func rawCellsNeedAdjacentColumnsAndSemicolons(svar: String) throws {
        let omgang = try RoundLoader.load(directory: try SmallRound.folder(svar: svar))
        #expect(omgang.insatser.count == 1)
        #expect(omgang.insatser[0].withRawCells(.inskickad, through: .medel) { _ in 1 } == nil)
        #expect(omgang.insatser[0].withRawCells(.titel, through: .medel) { String(decoding: $0, as: UTF8.self) }
            == (svar.contains(",") ? nil : "T;A;;;;s;b;5"))
    }

    @Test func settingAValueChangesOnlyThatInsats() throws {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        var changed = omgang.insatser[0]
        changed.titel = "Ny titel"
        changed.medel = Belopp(text: "5 kr", kronor: 5, tolkning: .text)
        #expect(changed.titel == "Ny titel" && changed.medel.kronor == 5 && changed.medelTolkning == .text)
        #expect(changed.aktiviteter == omgang.insatser[0].aktiviteter)
        #expect(omgang.insatser[0].titel != "Ny titel")
        #expect(changed != omgang.insatser[0])
        #expect(!changed.isBlank(.titel) && changed.isBlank(.kontaktperson))
    }

    @Test func groupingTheExampleEqualsGroupingPlainCopies() throws {
        let omgang = try RoundLoader.load(directory: Fixtures.exampleRound.path)
        let fast = omgang.svar()
        #expect(fast.count > 300)
        #expect(fast == Self.plainRound(omgang).svar())
        // Made over ranges of answers on several cores: the same answers for any split.
        let store = try #require(omgang.insatser.first?.columns)
        for size in [1, 7, 100] { #expect(omgang.svarFromColumns(store, answersPerChunk: size) == fast) }
    }

    /// Keys and times written in ways that group together as `String`s but not as bytes (NFC and
    /// NFD, spaces around a time), unreadable times and numbers, quoted cells, unknown enkät ids.
    @Test func groupingAwkwardSpellingsEqualsGroupingPlainCopies() throws {
        var random = SeededGenerator(seed: 7)
        let enkater = ["R-BU", "K-KUN", "X-\u{F6}", "X-o\u{308}", " K-KUN "]
        let respondents = ["01", "0114", "\"01\"", "01 ", "\u{F6}", "o\u{308}", ""]
        let times = [
            "2025-03-01T10:00", " 2025-03-01T10:00", "2025-03-01 10:00", "2025-03-01T10:00:00", "2025-03-02T09:00",
            "igår", "ig\u{E5}r", "iga\u{30A}r", "", "\"2025-03-01T10:00\"",
        ]
        var text = SmallRound.svarHeader
        for i in 0..<600 {
            let e = enkater[Int(random.next() % UInt64(enkater.count))]
            let r = respondents[Int(random.next() % UInt64(respondents.count))]
            let t = times[Int(random.next() % UInt64(times.count))]
            let nr = random.next() % 7 == 0 ? "x" : String(random.next() % 4 + 1)
            let titel = random.next() % 5 == 0 ? "\"Titel \"\"\(i % 3)\"\"\"" : "Titel \(i % 4)"
            text += "\(e);\(r);;;;\(t);\(nr);\(titel);A;;;;genomförd;barn;\(random.next() % 3 * 500)\n"
        }
        let folder = try SmallRound.folder(svar: text)
        let omgang = try RoundLoader.load(directory: folder)
        let fast = omgang.svar()
        let plain = Self.plainRound(omgang).svar()
        #expect(fast == plain)
        // Byte for byte too: a group takes the spelling of its first row.
        func spellings(_ s: [Svar]) -> [[UInt8]] {
            s.flatMap { svar in [Array(svar.key.description.utf8)] + svar.inskickningar.map { Array($0.inskickadText.utf8) } }
        }
        #expect(spellings(fast) == spellings(plain))
        #expect(fast.contains { $0.inskickningar.count > 1 })
    }
}
