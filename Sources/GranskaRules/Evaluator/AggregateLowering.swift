import GranskaCore

/// Aggregates as closures. A group's result is computed the first time an item of the group
/// asks and kept in the context's cache, so an insats rule with `summa(medel) över enkät` costs
/// one pass over each enkät, not one per insats.
enum AggregateLowering {
    /// - Complexity: per group, O(k) evaluations of the argument for k insatser in it (plus
    ///   O(k log k) for `dubblett` over a widened group, which is sorted by insats_nr).
    static func lower(_ a: Aggregate, _ args: [Eval], group: RuleScope, slot: Int, argumentType: ValueType?) -> Eval {
        if a == .dubblett { return duplicate(args, group: group, slot: slot) }
        let compute = reducer(a, args.first, argumentType: argumentType)
        return { c in
            let (gid, members) = Self.members(c, group)
            let cache = c.caches[slot]
            if let v = cache.values[gid] { return v }
            let saved = (c.insats, c.svar, c.group)
            let v = compute(c, members)
            (c.insats, c.svar, c.group) = saved
            cache.values[gid] = v
            return v
        }
    }

    /// The id and insatser of the group the context's current item belongs to.
    static func members(_ c: EvalContext, _ group: RuleScope) -> (Int, [Int]) {
        switch group {
        case .insats, .svar:
            return c.svar >= 0 ? (c.svar, c.data.svarInfo[c.svar].counting) : (-1, [])
        case .enkat:
            return c.group >= 0 ? (c.group, c.data.enkatGroups[c.group].insatser) : (-1, [])
        case .omgang:
            return (0, c.data.allCounting)
        }
    }

    private typealias Reducer = @Sendable (EvalContext, [Int]) -> Value

    private static func reducer(_ a: Aggregate, _ arg: Eval?, argumentType: ValueType?) -> Reducer {
        switch a {
        case .antal:
            guard let arg else { return { _, m in .int(Int64(m.count)) } }
            let condition = argumentType == .sanning
            return { c, m in
                var n: Int64 = 0
                for i in m {
                    c.focus(insats: i)
                    let v = arg(c)
                    if condition ? v.bool : !Lowering.isEmpty(v) { n += 1 }
                }
                return .int(n)
            }
        case .antalUnika:
            return { c, m in
                guard let arg else { return .missing }
                var seen = Set<Value>()
                for i in m {
                    c.focus(insats: i)
                    let v = arg(c)
                    if !Lowering.isEmpty(v) { seen.insert(v) }
                }
                return .int(Int64(seen.count))
            }
        case .summa:
            return { c, m in
                guard let arg else { return .missing }
                var sum: Int64 = 0
                for i in m {
                    c.focus(insats: i)
                    guard case .int(let x) = arg(c) else { continue }
                    let (s, o) = sum.addingReportingOverflow(x)
                    if o { return .missing }
                    sum = s
                }
                return .int(sum)
            }
        case .min, .max:
            let wantMax = a == .max
            return { c, m in
                guard let arg else { return .missing }
                var best: Value = .missing
                for i in m {
                    c.focus(insats: i)
                    let v = arg(c)
                    if v.isMissing { continue }
                    if best.isMissing || (wantMax ? best < v : v < best) { best = v }
                }
                return best
            }
        case .dubblett:
            return { _, _ in .missing }
        }
    }

    /// `dubblett(k1, …)`: sant for an insats whose key equals the key of an insats earlier in
    /// the group, by insats_nr (unreadable numbers last, then file order).
    private static func duplicate(_ keys: [Eval], group: RuleScope, slot: Int) -> Eval {
        { c in
            let current = c.insats
            guard current >= 0 else { return .bool(false) }
            let (gid, members) = Self.members(c, group)
            let cache = c.caches[slot]
            if !cache.scanned.contains(gid) {
                cache.scanned.insert(gid)
                let saved = (c.insats, c.svar, c.group)
                var ordered = members
                if group != .svar && group != .insats {
                    let insatser = c.data.insatser
                    ordered.sort { a, b in
                        let na = insatser[a].insatsNr ?? Int.max
                        let nb = insatser[b].insatsNr ?? Int.max
                        return na != nb ? na < nb : a < b
                    }
                }
                var seen = Set<[Value]>()
                for i in ordered {
                    c.focus(insats: i)
                    let key = keys.map { $0(c) }
                    if !seen.insert(key).inserted { cache.flagged.insert(i) }
                }
                (c.insats, c.svar, c.group) = saved
            }
            return .bool(cache.flagged.contains(current))
        }
    }
}
