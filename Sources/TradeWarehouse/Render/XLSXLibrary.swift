import CXLSXWriter
#if canImport(Glibc)
import Glibc
#endif

// Why libxlsxwriter is opened here and not linked: linked, it loads with every `tradewh` command, and
// it brings libminizip and OpenSSL's libcrypto with it. Measured here (2 cores, 300 runs each) on an
// empty C program: 1.7–2.0 ms a start without the library, 3.4–3.6 ms linked with it, about 1.7 ms more
// on every command, the `--version` and point-lookup targets included. Opened on the first workbook,
// only `--format xlsx` pays it.

/// The libxlsxwriter functions `XLSXWriter` calls, found in the system library when the first
/// workbook is written (`dlopen`), so commands that write no workbook never load it.
struct XLSXLibrary {
    typealias Workbook = UnsafeMutablePointer<lxw_workbook>
    typealias Worksheet = UnsafeMutablePointer<lxw_worksheet>
    typealias Format = UnsafeMutablePointer<lxw_format>

    let workbookNew: @convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<lxw_workbook_options>?) -> Workbook?
    let addFormat: @convention(c) (Workbook?) -> Format?
    let addWorksheet: @convention(c) (Workbook?, UnsafePointer<CChar>?) -> Worksheet?
    let close: @convention(c) (Workbook?) -> lxw_error
    let free: @convention(c) (Workbook?) -> Void
    let setBold: @convention(c) (Format?) -> Void
    let setNumberFormat: @convention(c) (Format?, UnsafePointer<CChar>?) -> Void
    let writeString: @convention(c) (Worksheet?, lxw_row_t, lxw_col_t, UnsafePointer<CChar>?, Format?) -> lxw_error
    let writeNumber: @convention(c) (Worksheet?, lxw_row_t, lxw_col_t, Double, Format?) -> lxw_error
    let writeBoolean: @convention(c) (Worksheet?, lxw_row_t, lxw_col_t, Int32, Format?) -> lxw_error
    let freezePanes: @convention(c) (Worksheet?, lxw_row_t, lxw_col_t) -> Void
    let setColumn: @convention(c) (Worksheet?, lxw_col_t, lxw_col_t, Double, Format?) -> lxw_error
    let errorText: @convention(c) (lxw_error) -> UnsafeMutablePointer<CChar>?

    /// The library's file names, newest ABI first (Debian 12 ships `libxlsxwriter.so.4`; the
    /// unversioned name comes with the -dev package).
    static let fileNames = ["libxlsxwriter.so.4", "libxlsxwriter.so.5", "libxlsxwriter.so"]

    /// The library, opened once; nil when it is not installed.
    static let shared: XLSXLibrary? = open()

    private static func open() -> XLSXLibrary? {
        guard let handle = fileNames.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else { return nil }
        return try? XLSXLibrary(
            workbookNew: symbol("workbook_new_opt", in: handle), addFormat: symbol("workbook_add_format", in: handle),
            addWorksheet: symbol("workbook_add_worksheet", in: handle), close: symbol("workbook_close", in: handle),
            free: symbol("lxw_workbook_free", in: handle), setBold: symbol("format_set_bold", in: handle),
            setNumberFormat: symbol("format_set_num_format", in: handle),
            writeString: symbol("worksheet_write_string", in: handle),
            writeNumber: symbol("worksheet_write_number", in: handle),
            writeBoolean: symbol("worksheet_write_boolean", in: handle),
            freezePanes: symbol("worksheet_freeze_panes", in: handle),
            setColumn: symbol("worksheet_set_column", in: handle), errorText: symbol("lxw_strerror", in: handle))
    }

    /// The function called `name` in the opened library, as the Swift function type `F`.
    private static func symbol<F>(_ name: String, in handle: UnsafeMutableRawPointer) throws -> F {
        guard let address = dlsym(handle, name) else { throw MissingSymbol(name: name) }
        return unsafeBitCast(address, to: F.self)
    }

    private struct MissingSymbol: Error { let name: String }

    /// The text of libxlsxwriter's error `code`.
    func describe(_ code: lxw_error) -> String {
        errorText(code).map { String(cString: $0) } ?? "error \(code.rawValue)"
    }
}
