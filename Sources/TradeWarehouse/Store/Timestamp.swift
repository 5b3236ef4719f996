import Foundation

/// Timestamps stored in the database: UTC, ISO 8601, to the second.
enum Timestamp {
    static func nowUTC() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
