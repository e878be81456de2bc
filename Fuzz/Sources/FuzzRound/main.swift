import FuzzDriver
import GranskaCore
import GranskaParsing

/// A small valid round (three enkäter, one of each population type) that stands in for the files
/// an input does not replace.
enum DefaultRound {
    static let omgang = Array("""
        enkat;population;omrade;referensar;sista_svarsdag;insamling_start;insamling_slut;paminnelser
        R-BU;region;Barn och unga;2024;2025-03-14;2025-01-20;2025-04-30;2
        L-BU;lan;Sammanhållen vård;2024;2025-03-31;;;
        K-KUN;kommun;Kunskap;2024;2025-04-04;2025-01-20;2025-04-30;1

        """.utf8)
    static let rekvisitioner = Array("""
        enkat;respondent;fordelat;rekvirerat;aterbetalt
        R-BU;01;1000;1000;0
        L-BU;1;250 000;250 000;0
        K-KUN;0114;500;500;100
        K-KUN;180;1 250 tkr;1 250 000;0

        """.utf8)
    static let svar = Array("""
        Enkät;Respondent;Namn;E-post;Tfn;inskickad;insats_nr;titel;aktiviteter;mal;prestationer;effekter;status;malgrupp;medel
        R-BU;01;Anna A;anna@example.se;070-1;2025-03-01T10:00;1;Titel;"Akt; ""x""
        y";;;;genomförd;barn|unga;1 000 kr
        K-KUN;114;Bo B;bo@example.se;070-2;2025-03-02 11:00;1;Titel;Akt;;;;delvis genomförd;vuxna;-400
        K-KUN;0180;;;;igår;ett;;;;;;ej genomförd;;se bilaga

        """.utf8)
}

/// Splits the input: the first byte chooses what it replaces (0 `omgang.csv`, 1 `rekvisitioner.csv`,
/// 2 `svar.csv`, 3 all three, separated by a line `===`), and whether personal data is kept (bit 2).
func files(_ bytes: [UInt8]) -> (omgang: [UInt8], rekvisitioner: [UInt8], svar: [UInt8], keepPersonal: Bool) {
    guard let mode = bytes.first else { return (DefaultRound.omgang, DefaultRound.rekvisitioner, DefaultRound.svar, false) }
    let rest = Array(bytes.dropFirst())
    let keep = mode & 4 != 0
    switch mode % 4 {
    case 0: return (rest, DefaultRound.rekvisitioner, DefaultRound.svar, keep)
    case 1: return (DefaultRound.omgang, rest, DefaultRound.svar, keep)
    case 2: return (DefaultRound.omgang, DefaultRound.rekvisitioner, rest, keep)
    default:
        var parts: [[UInt8]] = [[]]
        let marker = Array("\n===\n".utf8)
        var i = 0
        while i < rest.count {
            if parts.count < 3 && rest[i...].starts(with: marker) {
                parts[parts.count - 1].append(0x0A)
                parts.append([])
                i += marker.count
            } else {
                parts[parts.count - 1].append(rest[i])
                i += 1
            }
        }
        while parts.count < 3 { parts.append(parts.count == 1 ? DefaultRound.rekvisitioner : DefaultRound.svar) }
        return (parts[0], parts[1], parts[2], keep)
    }
}

/// libFuzzer entry: a round whose files come from the input. Loading either gives an `Omgang`
/// that keeps the loader's promises or throws an `InputError` naming one of the files; never a trap.
func fuzzRound(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let (o, r, s, keepPersonal) = files(input)
    let paths = ["runda/omgang.csv", "runda/rekvisitioner.csv", "runda/svar.csv"]
    let omgang: Omgang
    var svarRecords = 0
    do {
        let tables = (
            try CSVTable.parse(bytes: o, path: paths[0]), try CSVTable.parse(bytes: r, path: paths[1]),
            try CSVTable.parse(bytes: s, path: paths[2])
        )
        svarRecords = tables.2.recordCount
        omgang = try RoundLoader.load(
            omgang: tables.0, rekvisitioner: tables.1, svar: tables.2, directory: "runda",
            options: LoadOptions(keepPersonalData: keepPersonal))
    } catch let error as InputError {
        precondition(!error.id.isEmpty && !error.message.isEmpty, "an input error without id or message")
        precondition(error.file.map(paths.contains) ?? false, "an input error must name its file")
        if let at = error.location { precondition(at.line >= 1 && at.column >= 1, "positions are 1-based") }
        return 0
    } catch {
        preconditionFailure("only InputError may be thrown, not \(error)")
    }

    precondition(omgang.insatser.count == svarRecords, "every svar.csv record must become one insats")
    precondition(!omgang.enkater.isEmpty && !omgang.rekvisitioner.isEmpty)
    for insats in omgang.insatser {
        precondition(insats.location.file == paths[2] && insats.location.line >= 2)
        precondition(keepPersonal || insats.kontakt == nil, "personal data read without being asked for")
        // Every cell's location lies in the record: on its line or a later one, column from 1.
        for column in ["inskickad", "insats_nr", "titel", "aktiviteter", "mal", "prestationer", "effekter", "status",
            "malgrupp", "medel"]
        {
            let at = insats.location(ofColumn: column)
            precondition(at.file == insats.location.file && at.line >= insats.location.line && at.column >= 1)
        }
        if let e = omgang.enkat(insats.enkat) {
            // A restored leading zero is applied once, and only towards a register code.
            let reg = omgang.register
            let padded = "0" + insats.respondent
            precondition(
                reg.unit(e.population, kod: insats.respondent) != nil || reg.unit(e.population, kod: padded) == nil
                    || insats.respondent.utf8.count != (e.population == .kommun ? 3 : 1)
                    || !insats.respondent.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 },
                "a code that lost its leading zero was left unrestored")
        }
    }
    for rek in omgang.rekvisitioner {
        precondition(rek.fordelat >= 0 && rek.rekvirerat >= 0 && rek.aterbetalt >= 0, "negative Kammarkollegiet amount")
        precondition(rek.location.file == paths[1])
    }
    for note in omgang.notes {
        precondition(!note.regel.isEmpty && !note.meddelande.isEmpty)
        precondition(note.location.map { paths.contains($0.file) && $0.line >= 1 && $0.column >= 1 } ?? false)
        if note.regel == "data.kod-utan-nolla", let e = note.enkat.flatMap(omgang.enkat), let code = note.respondent {
            precondition(omgang.register.unit(e.population, kod: code) != nil, "restored to a code not in the register")
        }
    }
    // Grouping into answers and submissions must hold for whatever was read.
    let svar = omgang.svar()
    precondition(svar.reduce(0) { $0 + $1.inskickningar.reduce(0) { $0 + $1.insatser.count } } == omgang.insatser.count)
    for answer in svar {
        for submission in answer.inskickningar {
            // The loader's fast timestamp path and Tidpunkt(iso:) must read a time the same way.
            for i in submission.insatser {
                precondition(omgang.insatser[i].inskickad == submission.inskickad, "two readings of one time differ")
            }
        }
    }
    return 0
}

@_cdecl("FuzzRound_main")
func fuzzRoundMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzRound($0, $1) }
}
