/// Bytes of output being gathered, in memory of its own: appending a byte is a capacity check and a
/// store. (Appending to an `Array` also checks that it is not shared, each time: on a 263,000-row
/// listing that was a fifth of the time spent writing rows.)
///
/// It owns its memory, so it is used in one place only, never copied: `RowStreamWriter` keeps one
/// and frees it.
struct ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// The bytes gathered, valid until the next change.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    mutating func append(contentsOf bytes: some Collection<UInt8>) {
        let done = bytes.withContiguousStorageIfAvailable { storage -> Bool in
            guard let start = storage.baseAddress else { return true }
            if count + storage.count > capacity { grow(toHold: count + storage.count) }
            if storage.count <= 16 {  // most cells: a loop beats a call to memmove
                for offset in 0..<storage.count { base[count + offset] = start[offset] }
            } else {
                (base + count).update(from: start, count: storage.count)
            }
            count += storage.count
            return true
        }
        if done == nil { for byte in bytes { append(byte) } }
    }

    static func += (buffer: inout ByteBuffer, bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    mutating func removeAll() { count = 0 }

    func free() { base.deallocate() }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = newCapacity
    }
}
