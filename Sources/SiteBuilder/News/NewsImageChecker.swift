import Foundation

/// Stage 4, for news images: each must be a JPEG, PNG, WebP or SVG (by its bytes), no larger
/// than `image_max_kb`, with a size the page can state; an SVG that runs script or fetches
/// anything is refused. Paths that are unsafe or missing are `DocumentsAndNewsValidator`'s.
struct NewsImageChecker {
    let root: URL
    let fileSystem: any FileSystem

    func check(_ content: SiteContent) -> (images: [String: NewsImage], diagnostics: [Diagnostic]) {
        let attachments = Set(content.attachments)
        let limit = content.settings.imageMaxKB * 1024
        var images: [String: NewsImage] = [:]
        var diagnostics: [Diagnostic] = []
        for document in content.news {
            guard let path = document.metadata.image, AttachmentPath.isSafe(path), attachments.contains(path) else { continue }
            switch inspect(path, limit: limit) {
            case .success(let image): images[path] = image
            case .failure(let problem): diagnostics.append(Diagnostic(problem.problem, at: document.location(of: "image")))
            }
        }
        return (images, diagnostics)
    }

    /// A problem as an `Error`, so that `inspect` can return a `Result`.
    struct Refused: Error { let problem: Problem }

    private func inspect(_ path: String, limit: Int) -> Result<NewsImage, Refused> {
        let file = root.appendingPathComponent("content/files").appendingPathComponent(path)
        let data: Data
        do {
            guard let read = try fileSystem.contents(atPath: file.path, maximumSize: limit) else {
                let size = (try? fileSystem.size(of: file)) ?? limit + 1
                return .failure(Refused(problem: .imageTooLarge(path: path, kilobytes: (size + 1023) / 1024, limit: limit / 1024)))
            }
            data = read
        } catch {
            return .failure(Refused(problem: .unreadableFile(IOFailure(error))))
        }
        guard let format = ImageFormat.of(data) else { return .failure(Refused(problem: .imageFormat(path: path))) }
        if format == .svg {
            let svg = SVGImage(text: String(decoding: data, as: UTF8.self))
            switch svg.refusal {
            case .script: return .failure(Refused(problem: .svgScript(path: path)))
            case .externalReference(let reference):
                return .failure(Refused(problem: .svgExternalReference(path: path, reference: reference)))
            case nil: break
            }
            guard let size = svg.size else { return .failure(Refused(problem: .imageWithoutSize(path: path))) }
            return .success(NewsImage(format: format, width: size.width, height: size.height))
        }
        guard let size = RasterImageSize.of(data, format: format) else { return .failure(Refused(problem: .imageWithoutSize(path: path))) }
        return .success(NewsImage(format: format, width: size.width, height: size.height))
    }
}
