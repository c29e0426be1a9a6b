import Foundation

/// Addresses as RFC 3986 writes them: the UTF-8 bytes of NFC text, each byte an address may
/// not hold written `%XX`. A form named `TỜ KHAI.docx` is linked as `T%E1%BB%9C%20KHAI.docx`,
/// which browsers, checkers and open-data readers all accept; the file keeps its name.
enum PercentEncoding {
    /// `path`, a file's path as it is on disk, as the path of an address. Only unreserved
    /// letters, `/`, `:`, `@` and the sub-delimiters stay; `?`, `#` and `%` are letters of the name
    /// here, so they are encoded too: a file named `100%.pdf` is `100%25.pdf`.
    static func path(_ path: String) -> String {
        encode(path) { bytes, index in isPathByte(bytes[index]) }
    }

    /// `address`, an address an editor wrote (`online_url`, a menu link), as a valid one:
    /// what an address may hold stays, an `%XX` included, so an address written already
    /// encoded is not encoded twice; a space, a Vietnamese letter or a lone `%` is encoded.
    static func address(_ address: String) -> String {
        encode(address) { bytes, index in
            let byte = bytes[index]
            if isPathByte(byte) || "?#[]".utf8.contains(byte) { return true }
            return byte == UInt8(ascii: "%") && index + 2 < bytes.count && isHexDigit(bytes[index + 1])
                && isHexDigit(bytes[index + 2])
        }
    }

    /// `text`, composed, with every byte that `keeps` refuses written `%XX`; the composed text
    /// as it is when every byte stays, as nearly every address does.
    private static func encode(_ text: String, keeps: (_ bytes: [UInt8], _ index: Int) -> Bool) -> String {
        let composed = NFCQuickCheck.isNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        let bytes = Array(composed.utf8)
        guard !bytes.indices.allSatisfy({ keeps(bytes, $0) }) else { return composed }
        var encoded: [UInt8] = []
        encoded.reserveCapacity(bytes.count * 3)
        for index in bytes.indices {
            if keeps(bytes, index) {
                encoded.append(bytes[index])
            } else {
                encoded += [UInt8(ascii: "%"), hexDigits[Int(bytes[index] >> 4)], hexDigits[Int(bytes[index] & 0x0F)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// RFC 3986's unreserved letters, sub-delimiters, `:`, `@` and `/`: what a path holds as is.
    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: "-._~/!$&'()*+,;=:@".utf8.contains(byte)
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): true
        default: false
        }
    }
}
