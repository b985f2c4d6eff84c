/// SipHash-2-4 (Aumasson and Bernstein, 2012): a keyed hash of bytes to 64
/// bits. Without the key nobody can tell from two hashes which input gave
/// which, nor order inputs by their hashes, which is what an anonymised
/// portfolio needs to letter organisations in an order that reveals nothing
/// about their names.
public struct KeyedHash: Sendable, Hashable {
    var k0: UInt64
    var k1: UInt64

    /// A hash keyed with 16 bytes (`k0` the first eight, little-endian).
    public init(k0: UInt64, k1: UInt64) {
        self.k0 = k0
        self.k1 = k1
    }

    /// A hash keyed by a passphrase of any length: its 128-bit key is the
    /// SipHash of the passphrase under two fixed keys.
    public init(passphrase: String) {
        let bytes = Array(passphrase.utf8)
        self.init(k0: KeyedHash(k0: 0x6f73_706f_2d6b_6579, k1: 0).hash(bytes),
                  k1: KeyedHash(k0: 0, k1: 0x6f73_706f_2d6b_6579).hash(bytes))
    }

    /// A hash with a key drawn at random.
    public static func random() -> KeyedHash {
        var generator = SystemRandomNumberGenerator()
        return KeyedHash(k0: generator.next(), k1: generator.next())
    }

    /// The 64-bit SipHash-2-4 of `bytes`.
    public func hash(_ bytes: [UInt8]) -> UInt64 {
        var v0: UInt64 = 0x736f_6d65_7073_6575 ^ k0
        var v1: UInt64 = 0x646f_7261_6e64_6f6d ^ k1
        var v2: UInt64 = 0x6c79_6765_6e65_7261 ^ k0
        var v3: UInt64 = 0x7465_6462_7974_6573 ^ k1
        func round() {
            v0 = v0 &+ v1; v1 = rotate(v1, 13); v1 ^= v0; v0 = rotate(v0, 32)
            v2 = v2 &+ v3; v3 = rotate(v3, 16); v3 ^= v2
            v0 = v0 &+ v3; v3 = rotate(v3, 21); v3 ^= v0
            v2 = v2 &+ v1; v1 = rotate(v1, 17); v1 ^= v2; v2 = rotate(v2, 32)
        }
        let whole = bytes.count / 8 * 8
        var index = 0
        while index < whole {
            var m: UInt64 = 0
            for byte in 0..<8 { m |= UInt64(bytes[index + byte]) << (8 * UInt64(byte)) }
            v3 ^= m; round(); round(); v0 ^= m
            index += 8
        }
        var last = UInt64(bytes.count & 0xff) << 56
        for byte in 0..<(bytes.count - whole) { last |= UInt64(bytes[whole + byte]) << (8 * UInt64(byte)) }
        v3 ^= last; round(); round(); v0 ^= last
        v2 ^= 0xff
        round(); round(); round(); round()
        return v0 ^ v1 ^ v2 ^ v3
    }

    private func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 { (value << bits) | (value >> (64 - bits)) }
}
