import Foundation

/// Why the system refused a file operation, as data; `HearingError` says it in Norwegian.
public enum SystemReason: Sendable, Equatable {
    /// The disk is full.
    case diskFull
    /// No permission to write or read.
    case noPermission
    /// The path does not exist.
    case noSuchPath
    /// The disk is read-only.
    case readOnly
    /// Another POSIX error number.
    case posix(Int)
    /// Another Foundation file error code.
    case fileSystem(Int)

    /// The reason behind a Foundation or POSIX error.
    public init(_ error: Error) {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain {
            self = Self.posixReason(error.code)
            return
        }
        switch error.code {
        case NSFileWriteOutOfSpaceError: self = .diskFull
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: self = .noPermission
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError, NSFileWriteInvalidFileNameError: self = .noSuchPath
        case NSFileWriteVolumeReadOnlyError: self = .readOnly
        default:
            if let posix = error.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
                self = Self.posixReason(posix.code)
            } else {
                self = .fileSystem(error.code)
            }
        }
    }

    private static func posixReason(_ code: Int) -> SystemReason {
        switch Int32(code) {
        case ENOSPC: .diskFull
        case EACCES, EPERM: .noPermission
        case ENOENT, ENOTDIR: .noSuchPath
        case EROFS: .readOnly
        default: .posix(code)
        }
    }

    /// The reason in Norwegian, as the end of a sentence.
    var text: String {
        switch self {
        case .diskFull: "disken er full"
        case .noPermission: "mangler tilgang"
        case .noSuchPath: "stien finnes ikke"
        case .readOnly: "disken er skrivebeskyttet"
        case let .posix(code): "systemfeil \(code)"
        case let .fileSystem(code): "filsystemfeil \(code)"
        }
    }
}
