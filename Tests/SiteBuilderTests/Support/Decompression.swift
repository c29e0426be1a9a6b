import CBrotliDecoder
import CZlib
import Foundation

/// Decompresses the build's `.gz` and `.br` copies, to prove each holds its file's bytes.
enum Decompression {
    /// The bytes of a gzip stream, or nil when it is not one, whole.
    static func gunzip(_ data: Data) -> Data? {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = [UInt8](data)
        var status = Z_OK
        input.withUnsafeMutableBufferPointer { input in
            stream.next_in = input.baseAddress
            stream.avail_in = uInt(input.count)
            while status == Z_OK {
                chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    output.append(buffer.baseAddress!, count: buffer.count - Int(stream.avail_out))
                }
            }
        }
        return status == Z_STREAM_END && stream.avail_in == 0 ? output : nil
    }

    /// The bytes of a brotli stream, or nil when it is not one, whole.
    static func unbrotli(_ data: Data) -> Data? {
        guard let state = BrotliDecoderCreateInstance(nil, nil, nil) else { return nil }
        defer { BrotliDecoderDestroyInstance(state) }
        var output = Data()
        var result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT
        [UInt8](data).withUnsafeBufferPointer { input in
            var next: UnsafePointer<UInt8>? = input.baseAddress
            var available = input.count
            while result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT {
                var size = 0
                result = BrotliDecoderDecompressStream(state, &available, &next, &size, nil, nil)
                while let piece = BrotliDecoderTakeOutput(state, &size), size > 0 {
                    output.append(piece, count: size)
                    size = 0
                }
            }
        }
        return result == BROTLI_DECODER_RESULT_SUCCESS ? output : nil
    }
}
