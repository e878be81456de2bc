import GranskaCore

/// Respondent codes whose leading zero a spreadsheet dropped.
///
/// Excel reads `0114` as the number 114 and `01` as 1, and saves them so. granska restores the zero
/// only when that is certain: the code is all digits, exactly one digit shorter than the register's
/// codes of the enkät's population type, not itself a code of that register, and with one `0` in
/// front it is one. Then the restored code is used and the change is reported
/// (`data.kod-utan-nolla`, a note) — never made silently. Anything else is left as typed (an
/// unknown respondent is the rules' finding).
enum RespondentCode {
    /// The stable id of the note that reports a restored zero.
    static let rule = "data.kod-utan-nolla"

    /// The register's code that `code` is, with its leading zero dropped; `nil` when it is not one.
    ///
    /// - Parameters:
    ///   - code: the trimmed respondent code as typed.
    ///   - typ: the population type of the code's enkät.
    ///   - register: the register of the round.
    /// - Complexity: O(length of the code).
    static func restoringLeadingZero(_ code: String, typ: PopulationTyp, register: Register) -> String? {
        guard let width = width(typ, register), code.utf8.count == width - 1,
            code.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), register.unit(typ, kod: code) == nil
        else { return nil }
        let padded = "0" + code
        return register.unit(typ, kod: padded) == nil ? nil : padded
    }

    /// The length of the register's codes for `typ` (4 for kommuner, 2 for län and regioner);
    /// `nil` for an empty register.
    static func width(_ typ: PopulationTyp, _ register: Register) -> Int? {
        register.units(typ).first?.kod.utf8.count
    }

    /// The note for a restored code: Swedish, quoting the code as typed and as read.
    ///
    /// - Parameters:
    ///   - rows: how many rows carried the code (shown when more than one).
    static func note(
        typed: String, restored: String, enkat: String, typ: PopulationTyp, register: Register,
        location: SourceLocation, rows: Int = 1
    ) -> Finding {
        let what = typ == .kommun ? "kommunkoden" : "länskoden"
        let name = register.displayName(typ, kod: restored).map { " (\($0))" } ?? ""
        let count = rows > 1 ? " (\(rows) rader)" : ""
        return Finding(
            regel: rule, feltyp: nil, allvarlighet: .info, enkat: enkat, respondent: restored, insatsNr: nil,
            location: location,
            meddelande: "\(what) '\(typed)' saknar den inledande nollan (som Excel tar bort); "
                + "läst som '\(restored)'\(name)\(count)")
    }
}
