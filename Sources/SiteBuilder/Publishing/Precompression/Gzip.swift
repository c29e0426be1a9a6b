import CZlib
import Foundation

/// gzip (RFC 1952) through Debian's zlib, at its best compression: what nginx's `gzip_static`
/// sends as it is, so the compression is paid once per build, not once per request.
///
/// The header names no file and carries no time (mtime 0): zlib writes such a header when a
/// gzip stream (window bits 15 + 16) is given none, so two builds write the same bytes.
enum Gzip {
    /// The gzip stream of `data`, or nil when zlib fails (out of memory, or 4 GB or more).
    static func compress(_ data: Data) -> Data? {
        guard data.count < Int(UInt32.max) else { return nil }
        var stream = z_stream()
        // `deflateInit2` is a C macro, which Swift does not import: it calls `deflateInit2_`.
        let started = deflateInit2_(
            &stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        guard started == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        // Room for the whole stream, so that one call with Z_FINISH writes it all; left
        // uninitialized, so only the pages the stream fills are touched.
        let capacity = Int(deflateBound(&stream, uLong(data.count)))
        var result = Z_STREAM_ERROR
        let output = data.withUnsafeBytes { input in
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(buffer.count)
                result = deflate(&stream, Z_FINISH)
                count = result == Z_STREAM_END ? Int(stream.total_out) : 0
            }
        }
        return result == Z_STREAM_END ? Data(output) : nil
    }
}
