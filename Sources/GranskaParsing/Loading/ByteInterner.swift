/// Gives each distinct byte string a small number, without making a `String` per lookup.
///
/// The loader reads the enkät id and respondent code of every row of `svar.csv`: a round of 1.5
/// million rows has a few thousand distinct ones. Interning the bytes turns each row's keys into
/// two integers; the `String`s are made once per distinct value.
///
/// Open addressing with linear probing over a power-of-two table, kept at most half full.
struct ByteInterner {
    /// The distinct values, by number.
    private(set) var values: [[UInt8]] = []
    private var hashes: [UInt64] = []
    /// Slot → value number + 1 (0 = empty).
    private var slots: [UInt32]

    init() {
        slots = [UInt32](repeating: 0, count: 64)
    }

    /// The number of `bytes`, adding it when new.
    ///
    /// - Complexity: O(length of `bytes`) expected.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = ByteInterner.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let id = Int(entry - 1)
            if hashes[id] == hash && values[id].elementsEqual(bytes) { return UInt32(id) }
            slot = (slot + 1) & mask
        }
        let id = UInt32(values.count)
        values.append(Array(bytes))
        hashes.append(hash)
        slots[slot] = id + 1
        if values.count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        var bigger = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = UInt32(id + 1)
        }
        slots = bigger
    }

    /// The number of `bytes`, adding it when new.
    mutating func intern(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { intern($0) }
    }

    /// FNV-1a, 64 bits.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }
}
