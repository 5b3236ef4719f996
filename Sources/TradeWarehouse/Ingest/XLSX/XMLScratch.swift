/// A growable run of bytes, cheaper to fill and to empty than an `[UInt8]`: the tokenizer's scratch.
struct XMLScratch: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity = 64
    private(set) var count = 0

    init() {
        start = .allocate(capacity: capacity)
    }

    deinit {
        start.deallocate()
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// The bytes as a string (the tokenizer copies only valid UTF-8 in).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress else { return }
        reserve(source.count)
        (start + count).initialize(from: base, count: source.count)
        count += source.count
    }

    mutating func removeAll() {
        count = 0
    }

    mutating func removeLast(_ dropped: Int) {
        count -= dropped
    }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        capacity = max(capacity * 2, count + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.initialize(from: start, count: count)
        start.deallocate()
        start = grown
    }
}
