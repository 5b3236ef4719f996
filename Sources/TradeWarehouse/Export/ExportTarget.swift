import Foundation

/// Where an export may write: never over the warehouse it reads, nor the files SQLite keeps beside
/// it (`export facts --out w.sqlite --db w.sqlite` replaced the warehouse with a CSV and exited 0).
public enum ExportTarget {
    /// Throws `ExportError.isTheWarehouse` when `out` is the file at `database` (by device and
    /// inode, so another spelling or a hard link counts), or its `-wal`, `-shm` or `-journal` file.
    public static func check(_ out: String, database: String) throws {
        guard let target = fileID(out) else { return }
        for suffix in ["", "-wal", "-shm", "-journal"] where fileID(database + suffix) == target {
            throw ExportError.isTheWarehouse(path: out, database: database)
        }
    }

    /// The device and inode of the file at `path` (links followed), or nil when there is none.
    private static func fileID(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
