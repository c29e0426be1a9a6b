/// Proves cheaply that a text is already in Unicode Normalization Form C, so that the costly
/// normalization runs only on the few lines that need it.
///
/// A text is NFC when each of its scalars has canonical combining class 0 and
/// `NFC_Quick_Check=Yes`: it never changes under NFC on its own and never composes with the
/// scalar before it. The `ranges` hold only such scalars (a test checks each one against
/// Foundation's normalization) and cover what Vietnamese text uses: ASCII and the Latin
/// letters below the combining marks at U+0300, the precomposed Vietnamese letters of Latin
/// Extended Additional, and typographic punctuation (not U+2000 and U+2001, which NFC
/// replaces). Any other scalar answers "not proved", and the caller normalizes.
enum NFCQuickCheck {
    static let ranges: [ClosedRange<UInt32>] = [0x0000...0x02FF, 0x1E00...0x1EFF, 0x2002...0x20CF]

    /// Whether every scalar of `text` lies in `ranges`.
    static func isNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isNFC)
    }

    /// Whether every scalar of the valid UTF-8 `bytes` lies in `ranges`.
    ///
    /// Reads bytes, as this runs over every byte of every content file: a byte below 0xCC is
    /// ASCII, a continuation byte, or the first of two bytes of a scalar below U+0300; the
    /// other two ranges are three-byte scalars, told apart by their first two bytes.
    static func isNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0xCC {
                index += 1
                continue
            }
            guard byte == 0xE1 || byte == 0xE2, index + 2 < bytes.count else { return false }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            switch (byte, second) {
            case (0xE1, 0xB8...0xBB): break  // U+1E00...U+1EFF
            case (0xE2, 0x80): if third < 0x82 { return false }  // U+2000...U+203F, from U+2002
            case (0xE2, 0x81...0x82): break  // U+2040...U+20BF
            case (0xE2, 0x83): if third > 0x8F { return false }  // U+20C0...U+20FF, to U+20CF
            default: return false
            }
            index += 3
        }
        return true
    }
}
