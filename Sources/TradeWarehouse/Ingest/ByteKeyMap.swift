/// A hash map from short byte strings to values, looked up with a borrowed buffer, so that finding
/// a field's meaning allocates nothing.
///
/// Swift's `Dictionary` needs a key value per lookup: an `[UInt8]` or a `String` made from the
/// field, an allocation and a copy each time. On 200k rows of five fields, building those keys cost
/// more than the lookups themselves; this map hashes the bytes in place (FNV-1a) and compares
/// them with the stored copy. Open addressing, linear probing, grown at half load. It holds at most
/// `capacityLimit` keys and ignores further `insert`s (callers then compute the value each time),
/// so a file of millions of distinct values cannot make it grow without bound.
struct ByteKeyMap<Value> {
    private struct Slot {
        var hash: UInt64
        var start: Int
        var count: Int
        var value: Value
    }

    static var capacityLimit: Int { 1 << 16 }

    private var slots: [Slot?] = Array(repeating: nil, count: 64)
    private var keyBytes: [UInt8] = []
    private(set) var count = 0

    /// The value stored for `key`, if any.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(key)
        var index = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while let slot = slots[index] {
            if slot.hash == hash, slot.count == key.count, matches(slot, key) { return slot.value }
            index = (index + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Stores `value` for `key` (a key not yet in the map), unless the map is full.
    mutating func insert(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        guard count < Self.capacityLimit else { return }
        if (count + 1) * 2 > slots.count { grow() }
        let slot = Slot(hash: Self.hash(key), start: keyBytes.count, count: key.count, value: value)
        keyBytes.append(contentsOf: key)
        place(slot)
        count += 1
    }

    private func matches(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        keyBytes.withUnsafeBufferPointer { stored in
            for offset in 0..<key.count where stored[slot.start + offset] != key[offset] { return false }
            return true
        }
    }

    private mutating func place(_ slot: Slot) {
        var index = Int(truncatingIfNeeded: slot.hash) & (slots.count - 1)
        while slots[index] != nil { index = (index + 1) & (slots.count - 1) }
        slots[index] = slot
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        for case let slot? in old { place(slot) }
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
