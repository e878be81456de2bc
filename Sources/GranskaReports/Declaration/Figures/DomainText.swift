/// Swedish descriptions of the contract's feltyper, for the declaration's tables.
enum FeltypText {
    /// A short description of `feltyp` (the raw value); an unknown type is described by its name,
    /// the empty string as findings without a type.
    static func beskrivning(_ feltyp: String) -> String {
        switch feltyp {
        case "ofullstandig": "ofullständig insats: titel, aktiviteter, status eller medel saknas"
        case "negativt": "negativt belopp, räknat som positivt (teckenfel)"
        case "format": "belopp skrivet som text, eller som inte gick att läsa"
        case "dubblett": "samma insats inlagd två gånger i en inskickning"
        case "okand_respondent": "svar från en kod som inte finns i registret"
        case "ej_rekvirerat": "svar från en enhet som inte rekvirerat medel"
        case "dubbel_inskickning": "flera inskickningar; den senaste räknas"
        case "sen": "svar efter sista svarsdag"
        case "tusental": "belopp skrivna i tusental kronor"
        case "avrundning": "avrundade belopp"
        case "overrapportering": "mer redovisat än rekvirerat"
        case "underrapportering": "mindre redovisat än rekvirerat"
        case "": "fynd utan feltyp"
        default: feltyp
        }
    }
}

/// Swedish descriptions of the reconciliation's klasser, and the order they are listed in.
enum KlassText {
    static let order = ["exakt", "avrundning", "tusental", "overrapportering", "underrapportering", "ej_rekvirerat"]

    static func beskrivning(_ klass: String) -> String {
        switch klass {
        case "exakt": "redovisat belopp lika med rekvirerat minus återbetalt (S = T)"
        case "avrundning": "skillnaden förklaras av avrundade belopp"
        case "tusental": "belopp skrivna i tusental kronor, rättade"
        case "overrapportering": "mer redovisat än rekvirerat (S > T)"
        case "underrapportering": "mindre redovisat än rekvirerat (S < T)"
        case "ej_rekvirerat": "svarade utan att ha rekvirerat medel"
        default: klass
        }
    }
}
