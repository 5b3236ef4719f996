import CNettle

/// SHA-256 (FIPS 180-4), for release fingerprints and migration checksums: the system libnettle's,
/// which uses the processor's SHA instructions where it has them.
///
/// Every file ingested is hashed, on the thread that reads it: the hand-written Swift SHA-256 this
/// replaced took 0.91 of the 5.0 billion instructions of that thread on a 12.8 MB file (71 per
/// byte); libnettle hashes the same file in under 10 ms of CPU time on this machine's processor
/// (swift-crypto, the maintained Swift package, builds BoringSSL: 1-1.5 min more of every clean
/// build on this 2-core machine, for one function). Checked against the NIST test vectors in
/// SHA256Tests.
public struct SHA256 {
    private var context = sha256_ctx()

    public init() {
        nettle_sha256_init(&context)
    }

    /// Hex digest of `bytes` in one call.
    public static func hexDigest<Bytes: Sequence>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(Array(bytes))
        return hasher.finalizeHex()
    }

    /// Adds bytes to the message.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        nettle_sha256_update(&context, bytes.count, base.assumingMemoryBound(to: UInt8.self))
    }

    /// Adds bytes to the message.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Ends the message and returns the digest as 64 lowercase hex digits.
    public mutating func finalizeHex() -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        nettle_sha256_digest(&context, digest.count, &digest)
        let hexDigits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
