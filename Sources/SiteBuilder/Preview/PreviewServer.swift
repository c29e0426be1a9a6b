import FlyingFox
import FlyingSocks
import Foundation

/// `build-site serve`: builds the site into its preview folder, serves it over HTTP on one
/// address — loopback unless told otherwise — and rebuilds, incrementally, whenever anything in
/// `content/` or `templates/` changes; open pages reload by themselves or show the errors.
///
/// Start it once and stop it once, from one task.
public final class PreviewServer: @unchecked Sendable {
    /// Told about every build: the paths whose change caused it (none for the first build)
    /// and what it gave. Called on the thread that built.
    public typealias BuildHandler = @Sendable (_ changes: [String], _ result: Result<BuildReport, BuildFailure>) -> Void

    public let session: PreviewSession
    public let host: String
    private let port: UInt16
    private let onBuild: BuildHandler
    private var watcher: FileWatcher?
    private var http: HTTPServer?
    private var listening: Task<Void, Never>?

    /// `port` 0 lets the system choose a free port; `start()` says which.
    public init(
        root: URL, host: String = "127.0.0.1", port: UInt16 = 1313, output: URL? = nil, language: Language = .vi,
        onWaiting: (@Sendable (LocalizedMessage) -> Void)? = nil, onBuild: @escaping BuildHandler = { _, _ in }
    ) {
        session = PreviewSession(root: root, output: output, language: language, onWaiting: onWaiting)
        self.host = host
        self.port = port
        self.onBuild = onBuild
    }

    public enum Failure: Error, CustomStringConvertible {
        case invalidHost(String)
        case cannotListen(host: String, port: UInt16, reason: LocalizedMessage)
        case cannotWatch(IOFailure)

        /// What to tell the editor, in either language.
        public var message: LocalizedMessage {
            switch self {
            case .invalidHost(let host): LocalizedMessage(.previewInvalidHost, ["host": .text(host)])
            case .cannotListen(let host, let port, let reason):
                LocalizedMessage(.previewCannotListen, ["host": .text(host), "port": .text(String(port)), "reason": .phrase(reason)])
            case .cannotWatch(let failure): LocalizedMessage(.previewCannotWatch, ["reason": .phrase(failure.message)])
            }
        }

        public var description: String { message.text(in: .en) }
    }

    /// Starts watching and listening, builds once, and returns the address the site is served
    /// at. A first build that fails still serves: the browser shows its errors.
    public func start() async throws -> URL {
        let address = try Self.socketAddress(host: host, port: port)
        let watcher = FileWatcher(root: session.configuration.root, folders: InputInventory.folders) { [session, onBuild] changes in
            onBuild(changes, session.rebuild())
        }
        do {
            // Before the first build, so that no edit made while it runs is missed.
            try watcher.start()
        } catch let FileWatcher.Failure.cannotWatch(code) {
            throw Failure.cannotWatch(IOFailure(errno: code))
        }
        self.watcher = watcher

        // Listening before building, so that a port in use is said at once, not after a build.
        let http = HTTPServer(
            config: HTTPServer.Configuration(address: address, logger: .disabled), handler: PreviewResponder(session: session))
        self.http = http
        do {
            try await listen(http)
        } catch {
            await stop()
            throw Failure.cannotListen(host: host, port: port, reason: Self.reason(error))
        }
        await Self.offThread { [session, onBuild] in onBuild([], session.rebuild()) }
        let actualPort = await http.listeningAddress.flatMap(Self.port(of:)) ?? port
        return Self.url(host: host, port: actualPort)
    }

    /// Stops watching (after the build in progress, if any, has finished) and listening.
    public func stop() async {
        if let watcher { await Self.offThread { watcher.stop() } }
        watcher = nil
        if let http { await http.stop(timeout: 1) }
        listening?.cancel()
        await listening?.value
        listening = nil
        http = nil
    }

    /// Runs `work` on a thread of its own: a build blocks for as long as it runs, which must
    /// not hold up one of the few threads that Swift's tasks share.
    private static func offThread(_ work: @escaping @Sendable () -> Void) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            Thread.detachNewThread {
                work()
                continuation.resume()
            }
        }
    }

    /// Runs the server in the background and returns once it listens, or throws why it cannot.
    private func listen(_ http: HTTPServer) async throws {
        let (events, outcome) = AsyncStream<Result<Void, any Error>>.makeStream()
        listening = Task {
            do {
                try await http.run()
            } catch {
                outcome.yield(.failure(error))
            }
            outcome.finish()
        }
        let waiting = Task {
            do {
                try await http.waitUntilListening(timeout: 30)
                outcome.yield(.success(()))
            } catch {
                outcome.yield(.failure(error))
            }
        }
        defer { waiting.cancel() }
        for await event in events {
            try event.get()
            return
        }
        throw CancellationError()
    }

    private static func socketAddress(host: String, port: UInt16) throws -> any SocketAddress {
        if host == "localhost" { return try socketAddress(host: "127.0.0.1", port: port) }
        do {
            return host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw Failure.invalidHost(host)
        }
    }

    private static func port(of address: Socket.Address) -> UInt16? {
        switch address {
        case .ip4(_, let port), .ip6(_, let port): port
        case .unix: nil
        }
    }

    private static func url(host: String, port: UInt16) -> URL {
        let name = host.contains(":") ? "[\(host)]" : host
        return URL(string: "http://\(name):\(port)/")!
    }

    private static func reason(_ error: any Error) -> LocalizedMessage {
        if let error = error as? SocketError, case .failed(_, let errno, let message) = error {
            return errno == EADDRINUSE ? LocalizedMessage(.previewPortInUse) : IOFailure.other(message).message
        }
        return IOFailure(error).message
    }
}
