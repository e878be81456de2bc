/// One submission: all rows of one (enkät, respondent) with the same `inskickad`.
public struct Inskickning: Hashable, Sendable {
    public var key: SvarKey
    /// When it was submitted; `nil` when the cell was unreadable.
    public var inskickad: Tidpunkt?
    /// The `inskickad` text shared by its rows.
    public var inskickadText: String
    /// Indices into ``Omgang/insatser``, in `insats_nr` order (unreadable numbers last, then file order).
    public var insatser: [Int]

    public init(key: SvarKey, inskickad: Tidpunkt?, inskickadText: String, insatser: [Int]) {
        self.key = key
        self.inskickad = inskickad
        self.inskickadText = inskickadText
        self.insatser = insatser
    }
}

/// A respondent's answer to one enkät: its submissions, oldest first. The latest counts.
public struct Svar: Hashable, Sendable {
    public var key: SvarKey
    /// Oldest first; never empty.
    public var inskickningar: [Inskickning]

    public init(key: SvarKey, inskickningar: [Inskickning]) {
        self.key = key
        self.inskickningar = inskickningar
    }

    /// The counting submission: the latest. The earlier ones are set aside (`dubbel_inskickning`).
    public var raknande: Inskickning { inskickningar[inskickningar.count - 1] }

    /// The submissions set aside because a later one exists.
    public var ersatta: ArraySlice<Inskickning> { inskickningar.dropLast() }
}

extension Omgang {
    /// Groups the insatser into answers and submissions, by the data contract.
    ///
    /// Answers come in enkät order (as in `omgang.csv`, unknown enkät ids last by id), then by
    /// respondent code. Submissions are ordered by time; an unreadable time sorts before every
    /// readable one, and equal times by text, so the order never depends on the file's row order.
    ///
    /// - Complexity: O(n log n) in the number of insatser.
    public func svar() -> [Svar] {
        if let store = insatser.first?.columns, store.single == nil,
            insatser.indices.allSatisfy({ insatser[$0].columns === store && insatser[$0].row == $0 })
        {
            return svarFromColumns(store)
        }
        var groups: [SvarKey: [String: [Int]]] = [:]
        for (i, insats) in insatser.enumerated() {
            groups[insats.key, default: [:]][insats.inskickadText.trimmingSpaces(), default: []].append(i)
        }
        var order: [String: Int] = [:]
        for (i, e) in enkater.enumerated() where order[e.id] == nil { order[e.id] = i }
        let keys = groups.keys.sorted { a, b in
            let oa = order[a.enkat] ?? Int.max
            let ob = order[b.enkat] ?? Int.max
            return oa != ob ? oa < ob : a < b
        }
        return keys.map { key in
            let byTime = groups[key]!
            let submissions = byTime.map { text, rows -> Inskickning in
                let sortedRows = rows.sorted { a, b in
                    let na = insatser[a].insatsNr ?? Int.max
                    let nb = insatser[b].insatsNr ?? Int.max
                    return na != nb ? na < nb : a < b
                }
                return Inskickning(key: key, inskickad: Tidpunkt(iso: text), inskickadText: text, insatser: sortedRows)
            }.sorted(by: Inskickning.submittedBefore)
            return Svar(key: key, inskickningar: submissions)
        }
    }
}

extension Inskickning {
    /// The order of an answer's submissions: by time; one without a readable time before any
    /// with one; equal times (or none) by the text as typed.
    static func submittedBefore(_ a: Inskickning, _ b: Inskickning) -> Bool {
        switch (a.inskickad, b.inskickad) {
        case let (x?, y?) where x != y: x < y
        case (nil, _?): true
        case (_?, nil): false
        default: a.inskickadText < b.inskickadText
        }
    }
}
