import CBrotliEncoder
import Foundation

/// Brotli (RFC 7932) through Debian's libbrotlienc: what nginx's `brotli_static` sends as it
/// is to browsers that accept it, a little smaller than gzip for pages and an eighth to a
/// third smaller for the open data files.
///
/// The encoder is deterministic: the same bytes, quality and library give the same stream.
enum Brotli {
    /// The brotli stream of `data` at `quality` (0 to 11; 11 is the smallest and by far the
    /// slowest), or nil when the encoder fails.
    static func compress(_ data: Data, quality: Int32) -> Data? {
        let capacity = BrotliEncoderMaxCompressedSize(data.count)
        guard capacity > 0 else { return nil }
        var succeeded = BROTLI_FALSE
        // Left uninitialized, so only the pages the stream fills are touched.
        let output = data.withUnsafeBytes { input in
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                var size = buffer.count
                succeeded = BrotliEncoderCompress(
                    quality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, input.count,
                    input.bindMemory(to: UInt8.self).baseAddress, &size, buffer.baseAddress)
                count = succeeded == BROTLI_TRUE ? size : 0
            }
        }
        return succeeded == BROTLI_TRUE ? Data(output) : nil
    }
}
