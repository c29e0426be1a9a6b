import Foundation

/// Why the system refused to read or write a file, in words an editor can act on: the common
/// reasons are declared messages; any other keeps the system's own text.
public enum IOFailure: Sendable, Hashable {
    case permissionDenied, notFound, noSpace, readOnly, isFolder
    case other(String)

    /// The reason behind `error`, from its POSIX error number where it has one.
    public init(_ error: any Error) {
        let code: Int32? =
            if let posix = error as? POSIXError {
                posix.code.rawValue
            } else if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
                underlying.domain == NSPOSIXErrorDomain
            { Int32(underlying.code) } else if (error as NSError).domain == NSPOSIXErrorDomain { Int32((error as NSError).code) } else {
                nil
            }
        if let code {
            self.init(errno: code)
            if case .other = self { self = .other(error.localizedDescription) }
            return
        }
        switch CocoaError.Code(rawValue: (error as NSError).code) {
        case .fileReadNoPermission, .fileWriteNoPermission: self = .permissionDenied
        case .fileReadNoSuchFile, .fileNoSuchFile: self = .notFound
        case .fileWriteOutOfSpace: self = .noSpace
        case .fileWriteVolumeReadOnly: self = .readOnly
        default: self = .other(error.localizedDescription)
        }
    }

    /// The reason behind a C call's `errno`.
    public init(errno code: Int32) {
        switch code {
        case EACCES, EPERM: self = .permissionDenied
        case ENOENT: self = .notFound
        case ENOSPC, EDQUOT: self = .noSpace
        case EROFS: self = .readOnly
        case EISDIR: self = .isFolder
        default: self = .other(String(cString: strerror(code)))
        }
    }

    var message: LocalizedMessage {
        switch self {
        case .permissionDenied: LocalizedMessage(.failurePermission)
        case .notFound: LocalizedMessage(.failureNotFound)
        case .noSpace: LocalizedMessage(.failureNoSpace)
        case .readOnly: LocalizedMessage(.failureReadOnly)
        case .isFolder: LocalizedMessage(.failureIsFolder)
        case .other(let detail): LocalizedMessage(.failureOther, ["detail": .text(detail)])
        }
    }
}
