// swift-tools-version: 6.0
import PackageDescription

/// `scripts/release` builds the downloadable program with every library linked statically.
/// Debian ships no static mimalloc, so that program keeps the C library's own allocator.
let isReleaseArchive = Context.environment["BUILD_SITE_RELEASE"] != nil

/// The commit `build-site --version` names: the one checked out when the package was built. The
/// package manager reads it again only when this file changes; `scripts/release` touches it.
let commit =
    (Context.gitInformation?.currentCommit ?? "unknown")
    + (Context.gitInformation?.hasUncommittedChanges == true ? "-modified" : "")

let package = Package(
    name: "disclosure-site",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "build-site", targets: ["build-site"]),
        .library(name: "SiteBuilder", targets: ["SiteBuilder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // gzip and brotli, for the compressed copies nginx sends as they are (`Precompressor`).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CBrotliEncoder", pkgConfig: "libbrotlienc", providers: [.apt(["libbrotli-dev"])]),
        // The tests' check that every copy decompresses to its file.
        .systemLibrary(name: "CBrotliDecoder", pkgConfig: "libbrotlidec", providers: [.apt(["libbrotli-dev"])]),
        .target(name: "CSystem"),
        .target(name: "CBuildInfo", cSettings: [.define("BUILD_SITE_COMMIT", to: "\"\(commit)\"")]),
        .target(
            name: "SiteBuilder",
            dependencies: [
                "CCmarkGFM",
                "CSystem",
                "CZlib",
                "CBrotliEncoder",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            exclude: ["OpenData/Schemas", "Scaffolding/Starter"],
            plugins: ["EmbedDefaultFiles"]
        ),
        .executableTarget(name: "embed-files"),
        .plugin(name: "EmbedDefaultFiles", capability: .buildTool(), dependencies: ["embed-files"]),
        .target(
            name: "SyntheticCorpus",
            dependencies: []
        ),
        .executableTarget(
            name: "build-site",
            dependencies: [
                "SiteBuilder",
                "CBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Debian's mimalloc (libmimalloc-dev) replaces glibc's malloc in the whole process:
            // Swift allocates and frees small objects all the time, and a full build of 10,000
            // procedures is a twentieth faster with it, one of 50,000 an eighth.
            linkerSettings: isReleaseArchive ? [] : [.linkedLibrary("mimalloc")]
        ),
        .executableTarget(
            name: "make-corpus",
            dependencies: [
                "SyntheticCorpus",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SiteBuilderTests",
            dependencies: ["SiteBuilder", "SyntheticCorpus", "CZlib", "CBrotliDecoder"],
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
