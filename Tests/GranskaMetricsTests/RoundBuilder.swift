import GranskaCore

/// Builds small rounds by hand for the metrics tests.
struct RoundBuilder {
    var enkater: [Enkat] = []
    var insatser: [Insats] = []
    var rekvisitioner: [Rekvisition] = []
    var register: Register = .sverige

    static let loc = SourceLocation(file: "test.csv", line: 1)

    mutating func enkat(_ id: String, _ typ: PopulationTyp, sista: String? = "2025-03-14") {
        enkater.append(
            Enkat(
                id: id, population: typ, omrade: "Område", referensar: 2024,
                sistaSvarsdag: sista.flatMap { Datum(iso: $0) }, insamlingStart: nil, insamlingSlut: nil,
                paminnelser: nil, location: Self.loc))
    }

    mutating func rekvisition(_ enkat: String, _ respondent: String, fordelat: Kronor = 1_000, rekvirerat: Kronor = 1_000) {
        rekvisitioner.append(
            Rekvisition(
                enkat: enkat, respondent: respondent, fordelat: fordelat, rekvirerat: rekvirerat, aterbetalt: 0,
                location: Self.loc))
    }

    /// Appends one insats row and returns its index in `insatser`.
    @discardableResult
    mutating func insats(
        _ enkat: String, _ respondent: String, inskickad: String = "2025-03-01T10:00", nr: Int = 1,
        titel: String = "Titel", aktiviteter: String = "Aktivitet", mal: String = "Mål",
        prestationer: String = "Prestation", effekter: String = "Effekt", status: String = "genomförd",
        malgrupp: String = "vuxna", medel: String = "1000"
    ) -> Int {
        insatser.append(
            Insats(
                enkat: enkat, respondent: respondent, inskickad: Tidpunkt(iso: inskickad), inskickadText: inskickad,
                insatsNr: nr, insatsNrText: String(nr), titel: titel, aktiviteter: aktiviteter, mal: mal,
                prestationer: prestationer, effekter: effekter, status: status, malgrupp: malgrupp,
                medel: Belopp(text: medel, kronor: Kronor(medel), tolkning: medel.isEmpty ? .tom : .siffror),
                location: Self.loc))
        return insatser.count - 1
    }

    var omgang: Omgang {
        Omgang(
            directory: "test", enkater: enkater, insatser: insatser, rekvisitioner: rekvisitioner,
            register: register)
    }
}

/// A register of `n` kommuner in two län, each with the given folkmängd.
func smallRegister(folkmangd: [Int]) -> Register {
    let kommuner = folkmangd.enumerated().map { i, f in
        let lan = i % 2 == 0 ? "01" : "03"
        return RegisterEnhet(kod: lan + String(format2(10 + i)), namn: "Kommun \(i)", lanskod: lan, folkmangd: f)
    }
    let lan = [
        RegisterEnhet(kod: "01", namn: "Stockholms län", lanskod: "01", folkmangd: 0, region: "Region Stockholm"),
        RegisterEnhet(kod: "03", namn: "Uppsala län", lanskod: "03", folkmangd: 0, region: "Region Uppsala"),
    ]
    return Register(referensdatum: "2025-12-31", kommuner: kommuner, lan: lan)
}

private func format2(_ i: Int) -> String { i < 10 ? "0\(i)" : String(i) }
