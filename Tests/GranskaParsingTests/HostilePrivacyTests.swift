import Foundation
import GranskaCore
import Testing

@testable import GranskaParsing

/// Every string anywhere inside a value, found by reflection: stored properties, arrays,
/// dictionaries (keys too), optionals, enums with payloads. New fields are walked without a change
/// here, so a field added later that carries contact data is caught.
enum StringWalk {
    static func strings(in value: Any) -> [String] {
        var out: [String] = []
        walk(value, into: &out, depth: 0)
        return out
    }

    private static func walk(_ value: Any, into out: inout [String], depth: Int) {
        guard depth < 64 else { return }
        if let s = value as? String {
            out.append(s)
            return
        }
        if let s = value as? Substring {
            out.append(String(s))
            return
        }
        for child in Mirror(reflecting: value).children { walk(child.value, into: &out, depth: depth + 1) }
    }
}

/// A header spelling of the three contact columns, as survey tools write them.
struct ContactHeaders: CustomTestStringConvertible, Sendable {
    var namn: String
    var epost: String
    var telefon: String
    var testDescription: String { "\(namn) / \(epost) / \(telefon)" }
}

/// Survey exports carry the contact person's name, e-mail and phone. Unless the user asks for
/// them, no value of those columns may end up anywhere in the loaded round.
@Suite struct HostilePrivacyTests {
    static let spellings: [ContactHeaders] = [
        ContactHeaders(namn: "kontaktperson", epost: "epost", telefon: "telefon"),
        ContactHeaders(namn: "Namn", epost: "E-postadress", telefon: "Mobil"),
        ContactHeaders(namn: "Kontaktperson", epost: "E-post", telefon: "Tfn"),
        ContactHeaders(namn: "Uppgiftslämnare", epost: "Mejladress", telefon: "Telefonnummer"),
    ]

    /// Values no other cell contains, so finding one anywhere means it leaked.
    static let secrets = ["Hemliga Hedvig", "hedvig.hemlig@kommun.example.se", "070-555 12 34",
                          "Sekreta Sixten", "sixten@region.example.se", "+46 8 123 456"]

    /// A svar.csv whose rows also trip every note the loader makes (an unreadable time, a bad
    /// insats number, a dropped leading zero, an unknown enkät), with contact data in each.
    static func svar(_ h: ContactHeaders) -> String {
        """
        enkat;respondent;\(h.namn);\(h.epost);\(h.telefon);inskickad;insats_nr;titel;aktiviteter;mal;prestationer;effekter;status;malgrupp;medel;Kontaktpersonens e-post (arbete)
        R-BU;01;\(secrets[0]);\(secrets[1]);\(secrets[2]);2025-03-01T10:00;1;Titel;Akt;;;;genomförd;barn;1000;\(secrets[1])
        R-BU;01;\(secrets[0]);\(secrets[1]);\(secrets[2]);igår;ett;Titel;Akt;;;;genomförd;barn;se bilaga;\(secrets[1])
        K-KUN;114;\(secrets[3]);\(secrets[4]);\(secrets[5]);2025-03-02T11:00;1;Titel;Akt;;;;genomförd;barn;400;\(secrets[4])
        X-NY;02;"\(secrets[3])";"\(secrets[4])";"\(secrets[5])";;1;Titel;Akt;;;;genomförd;barn;5;

        """
    }

    @Test(arguments: spellings)
    func noContactValueIsLoadedUnlessAsked(_ h: ContactHeaders) throws {
        let folder = try SmallRound.folder(svar: Self.svar(h))
        let omgang = try RoundLoader.load(directory: folder)
        #expect(omgang.insatser.count == 4)
        #expect(omgang.notes.map(\.regel).sorted() == [
            "data.insats-nr", "data.inskickad", "data.inskickad", "data.kod-utan-nolla", "data.okand-enkat",
        ])
        #expect(omgang.insatser.allSatisfy { $0.kontakt == nil })
        let everything = StringWalk.strings(in: omgang)
        #expect(everything.contains("se bilaga") && everything.contains { $0.contains("igår") })  // the walk sees inside
        for secret in Self.secrets {
            let leaks = everything.filter { $0.contains(secret) }
            #expect(leaks.isEmpty, "'\(secret)' found in \(leaks.prefix(3))")
        }
    }

    /// The same walk finds the values once the user asks for them: the test above can fail.
    @Test(arguments: spellings)
    func theContactValuesAreThereWhenAsked(_ h: ContactHeaders) throws {
        let folder = try SmallRound.folder(svar: Self.svar(h))
        let omgang = try RoundLoader.load(directory: folder, options: LoadOptions(keepPersonalData: true))
        let everything = StringWalk.strings(in: omgang)
        for secret in Self.secrets { #expect(everything.contains(secret), "\(secret)") }
        #expect(omgang.insatser[0].kontakt == Kontakt(namn: Self.secrets[0], epost: Self.secrets[1], telefon: Self.secrets[2]))
        // A column granska does not know is never read, asked or not.
        #expect(!everything.contains { $0.contains("Kontaktpersonens") })
    }

    /// `granska inspect` masks contact columns, also under headings no alias lists.
    @Test(arguments: [
        "Kontaktpersonens e-post (arbete)", "Förnamn", "Efternamn", "Kontaktpersonens namn", "Mobiltelefonnummer",
        "E-mail", "Personnummer", "Telefon arbete",
    ])
    func inspectionMasksUnlistedContactHeadings(heading: String) throws {
        let text = "enkat;respondent;\(heading);medel\nR-BU;01;\(Self.secrets[0]);1000\n"
        let table = try CSVTable.parse(bytes: Array(text.utf8), path: "svar.csv")
        let inspection = FileInspection.inspect(table: table, showPersonal: false)
        #expect(inspection.columns[2].personal)
        #expect(inspection.records == [["R-BU", "01", FileInspection.mask, "1000"]])
        #expect(!StringWalk.strings(in: inspection).contains(Self.secrets[0]))
        #expect(!StringWalk.strings(in: inspection.json).contains(Self.secrets[0]))
    }

    @Test(arguments: ["Titel", "Medel", "Insatsnummer", "Enkät", "Status", "Målgrupp", "Kommentar"])
    func ordinaryHeadingsAreNotPersonal(heading: String) {
        #expect(!FileKind.isPersonal(header: heading))
    }
}
