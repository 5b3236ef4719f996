#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file on disk as the file system knows it: what `ingest --replace` matches a release by, so
/// that `./A/data.csv`, `A/data.csv` and a link to it are one file, and `B/data.csv` another.
public struct FileIdentity: Sendable, Equatable {
    /// The absolute path with symbolic links, `.` and `..` resolved.
    public let realPath: String
    /// The size in bytes.
    public let size: Int64
    /// The last modification, in nanoseconds since 1970.
    public let modifiedNanoseconds: Int64

    /// An identity from its parts (`of(path:)` reads one from the file system).
    public init(realPath: String, size: Int64, modifiedNanoseconds: Int64) {
        self.realPath = realPath
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    /// The identity of the regular file at `path`, or nil when there is none (missing, or not a
    /// regular file).
    public static func of(path: String) -> FileIdentity? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        var info = stat()
        guard stat(resolved, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return FileIdentity(realPath: String(cString: resolved), size: Int64(info.st_size),
                            modifiedNanoseconds: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec))
    }
}
