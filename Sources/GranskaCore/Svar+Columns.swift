extension Omgang {
    /// ``svar()`` for a round whose insatser are the rows of one ``InsatsColumns`` in order (as the
    /// loader reads them): the same answers, grouped by the stored name numbers instead of by
    /// hashing two `String`s and a time text per row.
    ///
    /// Exactly as ``svar()``: names and times that are equal as `String`s (canonical equivalence)
    /// group together, a group takes the spelling of its first row, and the order is the same.
    ///
    /// - Complexity: O(n) to group, plus O(a log a) to order the a answers and O(k log k) per
    ///   submission of k rows.
    func svarFromColumns(_ store: InsatsColumns, answersPerChunk: Int = Omgang.answersPerChunk) -> [Svar] {
        let n = insatser.count
        let rows = store.rows

        // One number per distinct name (canonical equivalence), and its rank in String order.
        var canonical = [UInt32](repeating: 0, count: store.names.count)
        var firstOf: [String: UInt32] = [:]
        var distinct: [UInt32] = []
        for (id, name) in store.names.enumerated() {
            if let first = firstOf[name] {
                canonical[id] = first
            } else {
                firstOf[name] = UInt32(id)
                canonical[id] = UInt32(id)
                distinct.append(UInt32(id))
            }
        }
        var rank = [UInt32](repeating: 0, count: store.names.count)
        for (r, id) in distinct.sorted(by: { store.names[Int($0)] < store.names[Int($1)] }).enumerated() {
            rank[Int(id)] = UInt32(r)
        }
        for id in rank.indices { rank[id] = rank[Int(canonical[id])] }

        // Group the rows by (enkät, respondent), in order of first row.
        var groupOf: [UInt64: Int] = [:]
        var groupFirst: [Int] = []
        var groupOfRow = [Int](repeating: 0, count: n)
        for r in 0..<n {
            let key = UInt64(canonical[Int(rows[r].enkat)]) << 32 | UInt64(canonical[Int(rows[r].respondent)])
            if let g = groupOf[key] {
                groupOfRow[r] = g
            } else {
                groupOf[key] = groupFirst.count
                groupOfRow[r] = groupFirst.count
                groupFirst.append(r)
            }
        }
        let groups = groupFirst.count
        var start = [Int](repeating: 0, count: groups + 1)
        for r in 0..<n { start[groupOfRow[r] + 1] += 1 }
        for g in 0..<groups { start[g + 1] += start[g] }
        var fill = start
        var members = [Int](repeating: 0, count: n)
        for r in 0..<n {
            members[fill[groupOfRow[r]]] = r
            fill[groupOfRow[r]] += 1
        }

        // Order: the enkät's place in omgang.csv (unknown ids last), then by enkät id and code.
        var order: [String: Int] = [:]
        for (i, e) in enkater.enumerated() where order[e.id] == nil { order[e.id] = i }
        var enkatOrder = [Int](repeating: Int.max, count: store.names.count)
        for id in enkatOrder.indices { enkatOrder[id] = order[store.names[id]] ?? Int.max }
        let sortedGroups = (0..<groups).sorted { a, b in
            let ra = rows[groupFirst[a]]
            let rb = rows[groupFirst[b]]
            let oa = enkatOrder[Int(ra.enkat)]
            let ob = enkatOrder[Int(rb.enkat)]
            if oa != ob { return oa < ob }
            let ea = rank[Int(ra.enkat)]
            let eb = rank[Int(rb.enkat)]
            if ea != eb { return ea < eb }
            return rank[Int(ra.respondent)] < rank[Int(rb.respondent)]
        }

        // Each answer is made on its own: ranges of answers on separate cores, joined in order.
        let firstRowOf = groupFirst
        let membersOf = members
        let startOf = start
        let answers = sortedGroups.count
        let ranges = Parallel.ranges(count: answers, perChunk: answersPerChunk)
        let parts = Parallel.map(ranges.indices) { chunk -> [Svar] in
            sortedGroups[ranges[chunk]].map { g -> Svar in
                let first = rows[firstRowOf[g]]
                let key = SvarKey(enkat: store.names[Int(first.enkat)], respondent: store.names[Int(first.respondent)])
                let submissions = Omgang.submissions(
                    membersOf[startOf[g]..<startOf[g + 1]], key: key, store: store
                ).sorted(by: Inskickning.submittedBefore)
                return Svar(key: key, inskickningar: submissions)
            }
        }
        return parts.count == 1 ? parts[0] : parts.flatMap { $0 }
    }

    /// Answers per range below which one core makes them all.
    static let answersPerChunk = 4096

    /// The rows of one answer (in file order) split by their trimmed `inskickad` text, each
    /// submission's rows in `insats_nr` order (unreadable numbers last, then file order).
    private static func submissions(_ rows: ArraySlice<Int>, key: SvarKey, store: InsatsColumns) -> [Inskickning] {
        var firsts: [Int] = []
        var byText: [[Int]] = []
        for r in rows {
            if let k = firsts.firstIndex(where: { sameTrimmedText(store, $0, r, .inskickad) }) {
                byText[k].append(r)
            } else {
                firsts.append(r)
                byText.append([r])
            }
        }
        return byText.map { members in
            let text = store.withUTF8(members[0], .inskickad) { String(decoding: SpaceTrimming.trimmed($0), as: UTF8.self) }
            let ordered = members.sorted { a, b in
                let na = store.rows[a].insatsNr ?? Int.max
                let nb = store.rows[b].insatsNr ?? Int.max
                return na != nb ? na < nb : a < b
            }
            // The time the loader already read from these bytes (FuzzRound checks it equals
            // Tidpunkt(iso:) of the text).
            return Inskickning(key: key, inskickad: store.inskickad(members[0]), inskickadText: text, insatser: ordered)
        }
    }

    /// True when two rows' cells are equal as `String`s once trimmed: equal bytes, or (for text
    /// that is not ASCII) canonically equivalent.
    private static func sameTrimmedText(_ store: InsatsColumns, _ a: Int, _ b: Int, _ field: Insats.Field) -> Bool {
        store.withUTF8(a, field) { x in
            store.withUTF8(b, field) { y in
                let tx = SpaceTrimming.trimmed(x)
                let ty = SpaceTrimming.trimmed(y)
                if tx.elementsEqual(ty) { return true }
                guard tx.contains(where: { $0 >= 0x80 }) || ty.contains(where: { $0 >= 0x80 }) else { return false }
                return String(decoding: tx, as: UTF8.self) == String(decoding: ty, as: UTF8.self)
            }
        }
    }
}
