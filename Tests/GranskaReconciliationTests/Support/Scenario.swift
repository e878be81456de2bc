import GranskaCore
import GranskaReconciliation

/// A hand-built round with one answer per situation the reconciliation must handle.
///
/// R-BU (regioner):
/// - 01 tusental in one amount (insats 2: 1 455 for 1 455 000), the example's S and T;
/// - 03 exakt; 04 underrapportering with one unreadable amount; 05 everything repaid (T = 0);
/// - 06 avrundning to 100 000; 07 tusental in all amounts;
/// - 08 an amount as text (`1 250 tkr`) and a sign error, exakt after correction;
/// - 09 a duplicate (struck, not in S) and an incomplete insats (in S, not reweighted);
/// - 10 two submissions, the later counts; 13 nothing usable (the only insats excluded);
/// - 14 no readable amount at all; 17 an answer set aside by a rule (late);
/// - 18 no rekvisition (ej_rekvirerat); 99 an unknown code (as are 02, 11, 15 and 16).
/// K-KUN: 0114 overrapportering, 0115 rekvirerat = 0 (ej_rekvirerat).
/// X-YZ: an enkät missing from omgang.csv.
enum Scenario {
    static var builder: RoundBuilder {
        var b = RoundBuilder()
        b.rekvisition("R-BU", "01", rekvirerat: 114_143_863)
        b.answer("R-BU", "01", [112_689_167, 1_455])

        b.rekvisition("R-BU", "03", rekvirerat: 22_147_068)
        b.answer("R-BU", "03", [10_000_000, 12_147_068])

        b.rekvisition("R-BU", "04", rekvirerat: 17_265_702)
        b.insats("R-BU", "04", nr: 1, .digits(5_000_000))
        b.insats("R-BU", "04", nr: 2, .unreadable("se bilaga"))

        b.rekvisition("R-BU", "05", rekvirerat: 1_000_000, aterbetalt: 1_000_000)
        b.answer("R-BU", "05", [300_000])

        b.rekvisition("R-BU", "06", rekvirerat: 20_336_500)
        b.answer("R-BU", "06", [10_400_000, 10_000_000])

        b.rekvisition("R-BU", "07", rekvirerat: 4_004_990)
        b.answer("R-BU", "07", [3_000, 1_005])

        b.rekvisition("R-BU", "08", rekvirerat: 2_000_000)
        b.insats("R-BU", "08", nr: 1, .text("1 250 tkr", 1_250_000))
        b.insats("R-BU", "08", nr: 2, .digits(-750_000))

        b.rekvisition("R-BU", "09", rekvirerat: 800_000)
        b.insats("R-BU", "09", nr: 1, .digits(500_000), titel: "Samma")
        let dup = b.insats("R-BU", "09", nr: 2, .digits(500_000), titel: "Samma")
        let incomplete = b.insats("R-BU", "09", nr: 3, .digits(300_000))
        b.rensning.strukna[dup] = "std.dubblett"
        b.rensning.uteslutna[incomplete] = "std.ofullstandig"

        b.rekvisition("R-BU", "10", rekvirerat: 2_000_000)
        b.answer("R-BU", "10", [1, 2], inskickad: "2025-02-01T09:00")
        b.answer("R-BU", "10", [2_000_000], inskickad: "2025-03-01T09:00")

        b.rekvisition("R-BU", "17", rekvirerat: 1_500_000)
        b.answer("R-BU", "17", [1_000_000], inskickad: "2025-04-20T09:00")
        b.rensning.uteslutnaSvar[SvarKey(enkat: "R-BU", respondent: "17")] = "lokal.sen"

        b.answer("R-BU", "18", [250_000])

        b.rekvisition("R-BU", "13", rekvirerat: 400_000)
        let only = b.insats("R-BU", "13", nr: 1, .digits(400_000))
        b.rensning.uteslutna[only] = "std.ofullstandig"

        b.rekvisition("R-BU", "14", rekvirerat: 100_000)
        b.insats("R-BU", "14", nr: 1, .unreadable("ca 500 000"))

        b.answer("R-BU", "99", [1_000])

        b.rekvisition("K-KUN", "0114", rekvirerat: 324_095)
        b.answer("K-KUN", "0114", [343_145])
        b.rekvisition("K-KUN", "0115", rekvirerat: 0)
        b.answer("K-KUN", "0115", [5_000])

        b.answer("X-YZ", "01", [1_000])
        return b
    }

    /// The klass each reconciled pair must get.
    static let klasser: [(String, String, Klass)] = [
        ("R-BU", "01", .tusental), ("R-BU", "03", .exakt), ("R-BU", "04", .underrapportering),
        ("R-BU", "05", .overrapportering), ("R-BU", "06", .avrundning), ("R-BU", "07", .tusental),
        ("R-BU", "08", .exakt), ("R-BU", "09", .exakt), ("R-BU", "10", .exakt), ("R-BU", "13", .exakt),
        ("R-BU", "14", .underrapportering), ("R-BU", "17", .underrapportering), ("R-BU", "18", .ejRekvirerat),
        ("K-KUN", "0114", .overrapportering), ("K-KUN", "0115", .ejRekvirerat),
    ]
}
