import GranskaCore
import GranskaMetrics
import GranskaReconciliation

/// The user-settable parts of the analysis, declared once: the reconciliation's tolerances and
/// level (`run`, `check`, `reconcile`, `declare`) and the response rates' base (`rates`, `run`,
/// `declare`). Every default is the data contract's.
extension CommonOptions {
    /// `--level respondent|enkat`: where the justeringsfaktor J is taken.
    static let level = OptionSpec(
        long: "--level", kind: .value, valueName: "NIVÅ", allowed: ["respondent", "enkat"], defaultValue: "respondent",
        help: "Var justeringsfaktorn J = T/S tas vid viktningen. respondent: en J per svarande och enkät, så "
            + "att varje respondents T fördelas på dess egna insatser. enkat: en J per enkät, ΣT/ΣS över "
            + "enkätens svarande, så att pengar kan flyttas mellan respondenter.")

    /// `--thousands-tolerance KRONOR`: the margin per amount of the klass `tusental`.
    static let thousandsTolerance = OptionSpec(
        long: "--thousands-tolerance", kind: .value, valueName: "KRONOR",
        defaultValue: String(ReconciliationSettings.contractDefaults.tusentalTolerans),
        help: "Marginalen i hela kronor per belopp när granska prövar om belopp skrivits i tusental kronor "
            + "(klassen tusental): alla belopp när |1000·S−T| ≤ tolerans·n, där n är antalet belopp, ett "
            + "enskilt belopp x när |S+999·x−T| ≤ tolerans. Ett heltal ≥ 0; 0 kräver exakt träff, ett "
            + "större värde rättar fler svar.")

    /// `--rounding-steps LISTA`: the steps of the klass `avrundning`.
    static let roundingSteps = OptionSpec(
        long: "--rounding-steps", kind: .value, valueName: "LISTA",
        defaultValue: ReconciliationSettings.contractDefaults.avrundningSteg.map(String.init).joined(separator: ","),
        help: "Avrundningsstegen i hela kronor, kommaseparerade positiva heltal. Är alla belopp jämna "
            + "multipler av ett steg (det största som går jämnt upp används) och |S−T| ≤ n·steg/2 klassas "
            + "svaret som avrundning i stället för över- eller underrapportering.")

    /// `--denominator survey|register`: the base of the response rates.
    static let denominator = OptionSpec(
        long: "--denominator", kind: .value, valueName: "BAS", allowed: ["survey", "register"], defaultValue: "survey",
        help: "Basen (nämnaren) för svarsfrekvens och bortfall. survey: undersökningspopulationen, de enheter "
            + "som rekvirerat medel för enkäten (en svarsfrekvens i egentlig mening). register: hela "
            + "registerpopulationen (alla kommuner, regioner eller län), där enheter utan rekvisition räknas "
            + "som bortfall.")

    /// The three reconciliation options, in help order.
    static let reconciliationOptions = [level, thousandsTolerance, roundingSteps]

    /// The reconciliation settings the command line asks for; the contract's defaults where an
    /// option is not given.
    ///
    /// - Throws: ``UsageError`` (exit code 2) with a Swedish message when a tolerance is not a whole
    ///   number of kronor ≥ 0 or a step list is not comma-separated positive whole kronor.
    static func reconciliationSettings(_ a: ParsedArguments, command: String) throws(UsageError) -> ReconciliationSettings {
        var settings = ReconciliationSettings.contractDefaults
        if let value = a.value(level.long) {
            settings.level = value == "enkat" ? .perEnkat : .perRespondent
        }
        if let text = a.value(thousandsTolerance.long) {
            guard let kronor = wholeKronor(text), kronor >= 0 else {
                throw UsageError(
                    "'\(text)' är ingen giltig tusentalstolerans för '\(thousandsTolerance.long)'\(tooLarge(text)): "
                        + "ange hela kronor, ett heltal som är 0 eller större (till exempel 500)", command: command)
            }
            settings.tusentalTolerans = kronor
        }
        if let text = a.value(roundingSteps.long) {
            settings.avrundningSteg = try steps(text, command: command)
        }
        return settings
    }

    /// The rate settings the command line asks for; the survey population by default.
    static func rateSettings(_ a: ParsedArguments) -> RateSettings {
        RateSettings(denominator: a.value(denominator.long) == "register" ? .registerpopulation : .undersokningspopulation)
    }

    /// `100000,10000,1000` as whole kronor, in the order given (spaces around a step are allowed).
    static func steps(_ text: String, command: String) throws(UsageError) -> [Kronor] {
        let hint = "ange positiva heltal i hela kronor, kommaseparerade (till exempel 100000,10000,1000)"
        var out: [Kronor] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let step = item.trimmingWhitespace()
            guard !step.isEmpty else {
                throw UsageError("'\(text)' är ingen giltig lista för '\(roundingSteps.long)': ett steg saknas; \(hint)", command: command)
            }
            guard let kronor = wholeKronor(step), kronor > 0 else {
                throw UsageError(
                    "'\(step)' är inget giltigt avrundningssteg för '\(roundingSteps.long)'\(tooLarge(step)): \(hint)", command: command)
            }
            out.append(kronor)
        }
        return out
    }

    /// ASCII digits with an optional leading minus, as whole kronor; `nil` for anything else
    /// (decimals, units, spaces inside, a value beyond the 64-bit range).
    static func wholeKronor(_ text: String) -> Kronor? {
        isInteger(text) ? Kronor(text) : nil
    }

    /// True for ASCII digits with an optional leading minus, whatever their size.
    static func isInteger(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// ` (talet är för stort)` for an integer beyond the 64-bit range, else nothing.
    static func tooLarge(_ text: String) -> String {
        isInteger(text) && Kronor(text) == nil ? " (talet är för stort)" : ""
    }
}
