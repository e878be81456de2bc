import GranskaCore

/// Why an answer was not reweighted, in Swedish: the reconciliation states the reason instead of
/// dividing by zero or spreading money that is not there.
enum EjViktadOrsak {
    static let ejRekvirerat =
        "Enheten har inte rekvirerat medel för enkäten (ingen rekvisition eller rekvirerat = 0 kr); svaret viktas inte."

    static func svarUteslutet(regel: String, level: ReconciliationSettings.Level) -> String {
        switch level {
        case .perRespondent:
            "Svaret är satt åt sidan av regel \(regel) och viktas inte."
        case .perEnkat:
            "Svaret är satt åt sidan av regel \(regel) och viktas inte; enhetens T fördelas på enkätens övriga svar."
        }
    }

    static let tNoll = "T = 0 kr (allt rekvirerat har återbetalats): det finns inget att fördela."

    static func tNegativ(_ t: Kronor) -> String {
        "T = \(SwedishNumber.kronor(t)) är negativt (mer återbetalt än rekvirerat): det går inte att vikta."
    }

    static func ingaAnvandbara(level: ReconciliationSettings.Level) -> String {
        switch level {
        case .perRespondent:
            "Inga användbara belopp att vikta (S_användbar = 0 kr): T kan inte fördelas på svarets insatser."
        case .perEnkat:
            "Inga användbara belopp att vikta (S_användbar = 0 kr); enhetens T fördelas på enkätens övriga svar."
        }
    }

    static let forStorSumma =
        "Beloppen är för stora för att summeras exakt (över \(SwedishNumber.kronor(.max))); svaret viktas inte."

    // The per-enkät level: the reasons for a whole enkät.

    static let enkatTNoll = "Enkätens T = 0 kr (summan över de svarande): det finns inget att fördela."

    static func enkatTNegativ(_ t: Kronor) -> String {
        "Enkätens T = \(SwedishNumber.kronor(t)) är negativt: det går inte att vikta."
    }

    static let enkatIngaAnvandbara =
        "Enkäten har inga användbara belopp (S_användbar = 0 kr): T kan inte fördelas."

    static let enkatForStorSumma =
        "Enkätens summor är för stora för att räknas exakt (över \(SwedishNumber.kronor(.max))); inget viktas."
}
