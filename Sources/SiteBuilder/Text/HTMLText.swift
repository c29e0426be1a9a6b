/// Text as HTML writes it, the one HTML escaper of the build (template values and table
/// captions): `<`, `>`, `&`, `"` and `'` become entities, and a text without any of them is
/// returned as it is. Done on UTF-8 bytes: escaping character by character was a sixth of a
/// large build.
enum HTMLText {
    static func escaped(_ text: String) -> String {
        let utf8 = text.utf8
        func isSpecial(_ byte: UInt8) -> Bool { byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27 }
        // Scanned as one buffer where the text has one (native strings do): far faster than
        // going through the view byte by byte.
        let needsEscaping = utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) } ?? utf8.contains(where: isSpecial)
        guard needsEscaping else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case 0x3C: escaped += Array("&lt;".utf8)
            case 0x3E: escaped += Array("&gt;".utf8)
            case 0x26: escaped += Array("&amp;".utf8)
            case 0x22: escaped += Array("&quot;".utf8)
            case 0x27: escaped += Array("&#39;".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}
