import Foundation
import Testing

@testable import SiteBuilder

/// News items and their images: each mistake is an error with file and line, and a build
/// with one leaves the published site as it was.
@Suite("news: images and references")
struct NewsImageTests {
    /// The first bytes of a PNG of `width` × `height`, padded to `size` bytes.
    static func png(width: Int, height: Int, size: Int = 64) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        for value in [width, height] { bytes += [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        bytes += [8, 6, 0, 0, 0]
        return Data(bytes + [UInt8](repeating: 0, count: max(0, size - bytes.count)))
    }

    static func news(_ slug: String, _ keys: String) -> String {
        """

        -- content/news/\(slug).md --
        ---
        title: Tin \(slug)
        date: 2026-03-01
        summary: Tóm tắt.
        \(keys)
        ---
        Nội dung.
        """
    }

    @Test(
        "an image without image_alt, too large, with script, referring outside, not an image; unknown procedure and document: each an error at its line, public/ untouched"
    )
    func imageAndReferenceErrors() throws {
        let site = try SiteFixture(Fixtures.smallSite.replacingOccurrences(of: "language: vi\n", with: "language: vi\nimage_max_kb: 1\n"))
        defer { site.delete() }
        try site.build()
        let before = try SiteFixture.snapshot(of: site.root.appendingPathComponent("public"))

        try site.write(Self.png(width: 1200, height: 630), to: "content/files/tin/anh.png")
        try site.write(Self.png(width: 1200, height: 630, size: 1500), to: "content/files/tin/lon.png")
        try site.write(
            Data("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><script>alert(1)</script></svg>".utf8),
            to: "content/files/tin/ma.svg")
        try site.write(
            Data("<svg viewBox=\"0 0 10 10\"><image href=\"https://example.com/a.png\"/></svg>".utf8), to: "content/files/tin/ngoai.svg")
        try site.write(Data("GIF89a....".utf8), to: "content/files/tin/anh.gif")
        let news =
            Self.news("khong-mo-ta", "image: tin/anh.png")
            + Self.news("qua-lon", "image: tin/lon.png\nimage_alt: Ảnh lớn")
            + Self.news("co-ma", "image: tin/ma.svg\nimage_alt: Ảnh có mã")
            + Self.news("tham-chieu", "image: tin/ngoai.svg\nimage_alt: Ảnh tham chiếu")
            + Self.news("khong-phai-anh", "image: tin/anh.gif\nimage_alt: Ảnh GIF")
            + Self.news("khong-co-tep", "image: tin/mat.png\nimage_alt: Ảnh mất")
            + Self.news("sai-tham-chieu", "procedures: [2.000693, 1.999999]\ndocuments: [115/2015/NĐ-CP]")
        for (path, text) in SiteFixture.parse(news) { try site.write(text, to: path) }

        #expect(
            site.diagnostics() == [
                "content/news/co-ma.md:5:1: error: the SVG image 'tin/ma.svg' contains script (a '<script>' tag, an 'on…' attribute or a 'javascript:' address), so it is not published; export it again without script, or use a PNG",
                "content/news/khong-co-tep.md:5:1: error: 'image' names 'tin/mat.png', but there is no 'content/files/tin/mat.png'",
                "content/news/khong-mo-ta.md:5:1: error: the image 'tin/anh.png' has no 'image_alt'; add a sentence describing it for readers who cannot see it, e.g. 'image_alt: An officer helps a citizen submit a dossier online'",
                "content/news/khong-phai-anh.md:5:1: error: 'tin/anh.gif' is not a JPEG, PNG, WebP or SVG image (judged by its content, not its name); save the image again in one of these formats",
                "content/news/qua-lon.md:5:1: error: the image 'tin/lon.png' is 2 KB, over the limit of 1 KB ('image_max_kb' in 'content/site.yml'); make it smaller (e.g. 1200 pixels wide, JPEG quality 80) and replace the file",
                "content/news/sai-tham-chieu.md:5:24: error: 'procedures' names procedure '1.999999', but there is no 'content/procedures/1.999999.md'",
                "content/news/sai-tham-chieu.md:6:13: error: 'documents' names document '115/2015/NĐ-CP', but no file in 'content/documents/' has that 'number'; write the document's number as signed, or create it with 'build-site new document'",
                "content/news/tham-chieu.md:5:1: error: the SVG image 'tin/ngoai.svg' refers to 'https://example.com/a.png' outside the file, so it is not published; embed every part of the image in the file itself, or use a PNG",
            ])
        #expect(try SiteFixture.snapshot(of: site.root.appendingPathComponent("public")) == before)
    }

    @Test("the size of a PNG, JPEG, WebP and SVG is read from its bytes")
    func imageSizes() throws {
        #expect(ImageFormat.of(Self.png(width: 1200, height: 630)) == .png)
        #expect(RasterImageSize.of(Self.png(width: 1200, height: 630), format: .png).map { [$0.width, $0.height] } == [1200, 630])
        // SOI, an APP0 segment of 16 bytes, then SOF0 with height 480 and width 640.
        let jpeg = Data(
            [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + [UInt8](repeating: 0, count: 14)
                + [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03] + [UInt8](repeating: 0, count: 12))
        #expect(ImageFormat.of(jpeg) == .jpeg)
        #expect(RasterImageSize.of(jpeg, format: .jpeg).map { [$0.width, $0.height] } == [640, 480])
        // An extended WebP: canvas width and height less one, 24 bits each.
        let webp = Data(
            Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0, 0, 0, 0, 0]
                + [0x1F, 0x03, 0x00, 0xDF, 0x01, 0x00])
        #expect(ImageFormat.of(webp) == .webp)
        #expect(RasterImageSize.of(webp, format: .webp).map { [$0.width, $0.height] } == [800, 480])
        let svg = Data("<?xml version=\"1.0\"?>\n<!-- vẽ -->\n<svg width=\"300px\" height=\"150\" viewBox=\"0 0 30 15\"></svg>".utf8)
        #expect(ImageFormat.of(svg) == .svg)
        #expect(SVGImage(text: String(decoding: svg, as: UTF8.self)).size.map { [$0.width, $0.height] } == [300, 150])
        #expect(SVGImage(text: "<svg viewBox=\"0 0 64 32\"><a href=\"#x\"/></svg>").size.map { [$0.width, $0.height] } == [64, 32])
        #expect(SVGImage(text: "<svg viewBox=\"0 0 64 32\"><a href=\"#x\"/></svg>").refusal == nil)
        #expect(SVGImage(text: "<svg viewBox=\"0 0 1 1\" onload=\"x()\"></svg>").refusal == .script)
        #expect(
            SVGImage(text: "<svg><style>@import url(https://a.b/c.css);</style></svg>").refusal == .externalReference("https://a.b/c.css"))
        #expect(ImageFormat.of(Data("<html><svg></svg></html>".utf8)) == nil)
    }
}
