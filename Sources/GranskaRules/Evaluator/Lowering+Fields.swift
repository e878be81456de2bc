import GranskaCore

extension Lowering {
    /// The closure that reads a field for the context's current insats, answer or enkät.
    ///
    /// Text fields are never missing when their row exists (an empty cell is the text "");
    /// amounts are missing when empty or unreadable, rekvisition figures when there is no
    /// rekvisition, enkät fields when the enkät is not in `omgang.csv`.
    static func field(_ f: Field) -> Eval {
        switch f.level {
        case .insats: insatsField(f)
        case .svar: svarField(f)
        default: enkatField(f)
        }
    }

    private static func insatsField(_ f: Field) -> Eval {
        func text(_ read: @escaping @Sendable (Insats) -> String) -> Eval {
            { c in c.insats >= 0 ? .text(read(c.data.insatser[c.insats])) : .missing }
        }
        switch f {
        case .insatsNr:
            return { c in
                guard c.insats >= 0, let n = c.data.insatser[c.insats].insatsNr else { return .missing }
                return .int(Int64(n))
            }
        case .titel: return text { $0.titel }
        case .aktiviteter: return text { $0.aktiviteter }
        case .mal: return text { $0.mal }
        case .prestationer: return text { $0.prestationer }
        case .effekter: return text { $0.effekter }
        case .status: return text { $0.status }
        case .malgrupp: return text { $0.malgrupp }
        case .medelText: return text { $0.medel.text }
        case .medel:
            return { c in
                guard c.insats >= 0, let k = c.data.insatser[c.insats].medel.kronor else { return .missing }
                return .int(k)
            }
        case .medelTolkning:
            return text { $0.medel.tolkning.ruleText }
        case .medelNyckel:
            return text { i in i.medel.kronor.map { String($0) } ?? i.medel.text.trimmingSpaces() }
        default:
            return { _ in .missing }
        }
    }

    private static func svarField(_ f: Field) -> Eval {
        func read(_ get: @escaping @Sendable (RoundData.SvarInfo) -> Value) -> Eval {
            { c in c.svar >= 0 ? get(c.data.svarInfo[c.svar]) : .missing }
        }
        switch f {
        case .respondent: return read { .text($0.key.respondent) }
        case .inskickad: return read { Value(tidpunkt: $0.inskickad) }
        case .iRegistret: return { c in .bool(c.svar >= 0 && c.data.svarInfo[c.svar].iRegistret) }
        case .iPopulationen: return { c in .bool(c.svar >= 0 && c.data.svarInfo[c.svar].iPopulationen) }
        case .fordelat: return read { Value(kronor: $0.rekvisition?.fordelat) }
        case .rekvirerat: return read { Value(kronor: $0.rekvisition?.rekvirerat) }
        case .aterbetalt: return read { Value(kronor: $0.rekvisition?.aterbetalt) }
        case .folkmangd: return read { Value(int: $0.folkmangd) }
        case .antalInskickningar: return read { Value(int: $0.antalInskickningar) }
        case .antalInsatser: return read { Value(int: $0.counting.count) }
        default: return { _ in .missing }
        }
    }

    private static func enkatField(_ f: Field) -> Eval {
        func read(_ get: @escaping @Sendable (RoundData.EnkatGroup) -> Value) -> Eval {
            { c in c.group >= 0 ? get(c.data.enkatGroups[c.group]) : .missing }
        }
        switch f {
        case .enkat: return read { .text($0.id) }
        case .population: return read { g in g.enkat.map { .text($0.population.rawValue) } ?? .missing }
        case .omrade: return read { g in g.enkat.map { .text($0.omrade) } ?? .missing }
        case .referensar: return read { Value(int: $0.enkat?.referensar) }
        case .sistaSvarsdag: return read { Value(datum: $0.enkat?.sistaSvarsdag) }
        case .insamlingStart: return read { Value(datum: $0.enkat?.insamlingStart) }
        case .insamlingSlut: return read { Value(datum: $0.enkat?.insamlingSlut) }
        case .paminnelser: return read { Value(int: $0.enkat?.paminnelser) }
        case .antalPopulation: return read { Value(int: $0.antalPopulation) }
        case .antalRegister: return read { Value(int: $0.antalRegister) }
        default: return { _ in .missing }
        }
    }
}

extension Belopp.Tolkning {
    /// The value of `medel_tolkning`: `tom`, `siffror`, `text` or `oläslig`.
    var ruleText: String {
        switch self {
        case .tom: "tom"
        case .siffror: "siffror"
        case .text: "text"
        case .olaslig: "oläslig"
        }
    }
}

extension Value {
    init(int v: Int?) { self = v.map { .int(Int64($0)) } ?? .missing }
    init(kronor v: Kronor?) { self = v.map { .int($0) } ?? .missing }
    init(datum d: Datum?) { self = d.map { .date($0.dayNumber) } ?? .missing }
}
