/// How a command prints its result rows.
///
/// Every command renders its `ResultTable` through `TableRenderer`, so the
/// same format means the same output everywhere. The raw values are the
/// names users type after `--format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for a terminal: numbers right-aligned with thousands
    /// separators, text left-aligned, NULL blank.
    case table
    /// RFC 4180 comma-separated values with a header line; NULL is an empty
    /// field and an empty string is `""`.
    case csv
    /// Tab-separated values with a header line; tabs, newlines, carriage
    /// returns and backslashes inside values are escaped as `\t`, `\n`, `\r`, `\\`.
    case tsv
    /// A JSON array holding one object per row (keys in column order), one
    /// object per line.
    case json
    /// Newline-delimited JSON: one object per row per line, with no enclosing array.
    case ndjson
    /// A GitHub-flavoured Markdown table, numeric columns right-aligned.
    case markdown
    /// An Excel workbook, one sheet per table (see `XLSXWriter`): binary, so written to a file and
    /// never rendered as text by `TableRenderer`.
    case xlsx
}
