import FlyingFox
import Foundation

/// Answers every request of the preview: the build's state and the reload script at their
/// own addresses, and otherwise the files of the preview folder as a plain static host
/// serves `public/` — `index.html` for a folder, the site's `/404.html` for an unknown
/// address — with the reload script added to HTML on its way out.
struct PreviewResponder: HTTPHandler {
    let session: PreviewSession
    let resolver: PreviewFileResolver

    init(session: PreviewSession) {
        self.session = session
        resolver = PreviewFileResolver(root: session.output)
    }

    /// The headers the published site is served with (`add_header` in
    /// docs/nginx/build-site.conf, which a test holds them to), so that the preview breaks
    /// where the real site would. Not its caching: the preview sends `no-store`.
    static let securityHeaders: [(name: String, value: String)] = [
        ("Content-Security-Policy", "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ]

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            var response = Self.text(.methodNotAllowed, "only GET and HEAD are answered\n")
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        let response = respond(to: request.target.path(percentEncoded: true))
        guard request.method == .HEAD else { return response }
        return HTTPResponse(statusCode: response.statusCode, headers: response.headers)
    }

    /// The answer to a GET of `rawPath`, the path as the browser sent it (still percent-encoded).
    func respond(to rawPath: String) -> HTTPResponse {
        switch rawPath {
        case PreviewScript.statePath:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return Self.response(.ok, type: "application/json; charset=utf-8", body: (try? encoder.encode(session.state)) ?? Data())
        case PreviewScript.path:
            return Self.response(.ok, type: "text/javascript; charset=utf-8", body: Data(PreviewScript.source.utf8))
        default:
            break
        }
        // Read before the file: a build finishing in between then costs one extra reload,
        // never a missed one.
        let generation = session.state.generation
        switch resolver.resolve(rawPath) {
        case .file(let url):
            if let response = file(url, status: .ok, generation: generation) { return response }
            return notFound(generation: generation)
        case .redirect(let location):
            var response = Self.text(.movedPermanently, "moved to \(location)\n")
            response.headers[.location] = location
            return response
        case .refused:
            return Self.text(.forbidden, "refused: this address is outside the site\n")
        case .notFound:
            return notFound(generation: generation)
        }
    }

    /// The site's own not-found page; before any build succeeded there is none, and a
    /// placeholder carries the reload script, which shows the build's errors.
    private func notFound(generation: Int) -> HTTPResponse {
        if case .file(let url) = resolver.resolve("/404.html"), let response = file(url, status: .notFound, generation: generation) {
            return response
        }
        return Self.response(
            .serviceUnavailable, type: "text/html; charset=utf-8",
            body: PreviewInjector.inject(into: Data(Self.noSiteYet.utf8), generation: generation))
    }

    private func file(_ url: URL, status: HTTPStatusCode, generation: Int) -> HTTPResponse? {
        // Unreadable here means a build swapped the folder just now: answer as if absent.
        guard let data = try? Data(contentsOf: url) else { return nil }
        let type = PreviewMediaType.of(fileName: url.lastPathComponent)
        let body = type.hasPrefix("text/html") ? PreviewInjector.inject(into: data, generation: generation) : data
        return Self.response(status, type: type, body: body)
    }

    private static func text(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        response(status, type: "text/plain; charset=utf-8", body: Data(text.utf8))
    }

    private static func response(_ status: HTTPStatusCode, type: String, body: Data) -> HTTPResponse {
        var headers: [HTTPHeader: String] = [
            .contentType: type,
            // Always the latest build: a reload must never show a cached page.
            .cacheControl: "no-store",
        ]
        for (name, value) in securityHeaders { headers[HTTPHeader(name)] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    private static let noSiteYet = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Chưa có bản xem trước</title>
        </head>
        <body>
        <main>
        <h1>Chưa có bản xem trước</h1>
        <p>Chưa lần dựng nào thành công. Sửa các lỗi được liệt kê; trang sẽ tự tải lại.</p>
        <p lang="en">No build has succeeded yet. Fix the errors listed; the page reloads by itself.</p>
        </main>
        </body>
        </html>

        """
}
