import Testing
import Digest

@Suite struct SHA256Tests {
    // MARK: NIST FIPS 180-4 example vectors

    @Test func emptyMessage() {
        #expect(SHA256.hexDigest(of: [UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abc() {
        #expect(SHA256.hexDigest(of: "abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlockMessage448Bits() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(message.utf8.count == 56)
        #expect(SHA256.hexDigest(of: message.utf8) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func message896Bits() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(message.utf8.count == 112)
        #expect(SHA256.hexDigest(of: message.utf8) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func oneMillionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(of: message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func utf8Text() {
        #expect(SHA256.hexDigest(of: "Hoa Kỳ".utf8) == "6dd9396694f09f1f7d9426d79b80bc03664e5918972e2efebb568f18a554104c")
    }

    // MARK: Padding boundaries

    /// Lengths around the 55/56-byte padding boundary and the 64-byte block size, for n × "a".
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (111, "6374f73208854473827f6f6a3f43b1f53eaa3b82c21c1a6d69a2110b2a79baad"),
        (112, "f54353008a2553262ecdc4a34749563ba0950e8b0fc8652780b0a614b99683c1"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (127, "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a"),
        (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
        (129, "c12cb024a2e5551cca0e08fce8f1c5e314555cc3fef6329ee994a3db752166ae"),
    ])
    func lengthsAroundBlockBoundaries(count: Int, digest: String) {
        #expect(SHA256.hexDigest(of: [UInt8](repeating: UInt8(ascii: "a"), count: count)) == digest)
    }

    // MARK: Incremental updates

    /// 1,000 bytes of a fixed pattern; its digest was computed independently (Python's hashlib).
    static let pattern: [UInt8] = (0..<1000).map { UInt8(($0 * 31 + 7) % 256) }
    static let patternDigest = "5097e7d587352f5097062ae679f37bda5802d9f875aba14c8cb4d1a188ada179"

    @Test func patternInOneCall() {
        #expect(SHA256.hexDigest(of: Self.pattern) == Self.patternDigest)
    }

    /// Feeding the same bytes in chunks of any size gives the digest of one call.
    @Test(arguments: [1, 2, 3, 7, 55, 56, 63, 64, 65, 127, 128, 129, 999, 1000, 4096])
    func chunked(size: Int) {
        var hasher = SHA256()
        var start = 0
        while start < Self.pattern.count {
            let end = min(start + size, Self.pattern.count)
            hasher.update(Array(Self.pattern[start..<end]))
            start = end
        }
        #expect(hasher.finalizeHex() == Self.patternDigest)
    }

    /// Chunks of varying, odd sizes (cycling through 1, 63, 64, 65, 0, 130, 17).
    @Test func unevenChunks() {
        let sizes = [1, 63, 64, 65, 0, 130, 17]
        var hasher = SHA256()
        var start = 0, turn = 0
        while start < Self.pattern.count {
            let end = min(start + sizes[turn % sizes.count], Self.pattern.count)
            hasher.update(Array(Self.pattern[start..<end]))
            start = end
            turn += 1
        }
        #expect(hasher.finalizeHex() == Self.patternDigest)
    }

    @Test func emptyUpdatesChangeNothing() {
        var hasher = SHA256()
        hasher.update([])
        hasher.update(Array("ab".utf8))
        hasher.update([])
        hasher.update(Array("c".utf8))
        #expect(hasher.finalizeHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func rawBufferUpdate() {
        var hasher = SHA256()
        Self.pattern.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<500])) }
        Self.pattern.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[500...])) }
        #expect(hasher.finalizeHex() == Self.patternDigest)
    }

    @Test func oneMillionAInOddChunks() {
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 999)
        var hasher = SHA256()
        var remaining = 1_000_000
        while remaining > 0 {
            let take = min(chunk.count, remaining)
            hasher.update(Array(chunk[0..<take]))
            remaining -= take
        }
        #expect(hasher.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func digestIsLowercaseHexOf64Digits() {
        let digest = SHA256.hexDigest(of: "tradewh".utf8)
        #expect(digest.count == 64)
        #expect(digest.allSatisfy { "0123456789abcdef".contains($0) })
    }
}
