import Foundation

/// Number formatting for the report: grouped integers, durations, sizes, ratios.
enum Format {
    /// 1234567 → "1,234,567".
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// Seconds for long times, milliseconds (one decimal under 100 ms) for short ones.
    static func duration(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%.2f s", seconds) }
        let milliseconds = seconds * 1_000
        return milliseconds >= 100 ? String(format: "%.0f ms", milliseconds) : String(format: "%.1f ms", milliseconds)
    }

    static func rate(rows: Int, seconds: Double) -> String {
        grouped(Int((Double(rows) / max(seconds, 1e-9)).rounded())) + " rows/s"
    }

    /// Bytes as MB (decimal), or kB under 1 MB.
    static func megabytes(_ bytes: Int) -> String {
        bytes < 1_000_000 ? String(format: "%.0f kB", Double(bytes) / 1_000) : String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }

    /// "1 row", "2 rows".
    static func count(_ value: Int, _ noun: String) -> String {
        grouped(value) + " " + noun + (value == 1 ? "" : "s")
    }

    static func kibibytesAsMegabytes(_ kibibytes: Int) -> String {
        megabytes(kibibytes * 1_024)
    }

    static func ratio(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : (value >= 0.01 ? String(format: "%.2f", value) : String(format: "%.4f", value))
    }
}
