import CSQLite

/// A prepared statement: bind, step, reset — prepared once and reused in loops.
public final class Statement {
    let handle: OpaquePointer
    let database: Database
    /// The SQL text, for error messages.
    public let sql: String

    init(database: Database, sql: String) throws {
        var pointer: OpaquePointer?
        let code = sqlite3_prepare_v2(database.handle, sql, -1, &pointer, nil)
        guard code == SQLITE_OK, let pointer else {
            throw StoreError.sqlite(code: code, message: database.lastErrorMessage, sql: sql)
        }
        handle = pointer
        self.database = database
        self.sql = sql
    }

    /// Wraps a statement already prepared on `database`.
    init(database: Database, handle: OpaquePointer, sql: String) {
        self.handle = handle
        self.database = database
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// True when the statement returns rows (a SELECT, or a PRAGMA that reads).
    public var returnsRows: Bool { sqlite3_column_count(handle) > 0 }

    /// Binds named arguments (`:name`, `@name` or `$name` in the SQL; keys may omit the sigil).
    public func bind(_ arguments: [String: CellValue]) throws {
        for (name, value) in arguments {
            let index = parameterIndex(name)
            guard index > 0 else { throw StoreError.unknownParameter(name: name, sql: sql) }
            try bind(value, at: index)
        }
    }

    /// Binds a value to the 1-based parameter `index`.
    public func bind(_ value: CellValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null: code = sqlite3_bind_null(handle, index)
        case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
        case .real(let number): code = sqlite3_bind_double(handle, index, number)
        case .text(let text): code = sqlite3_bind_text(handle, index, text, -1, transientDestructor)
        case .bool(let flag): code = sqlite3_bind_int64(handle, index, flag ? 1 : 0)
        }
        try check(code)
    }

    /// Binds an integer to the 1-based parameter `index` (the hot path of bulk inserts: no `CellValue`).
    public func bind(integer: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, integer))
    }

    /// Binds an integer, or NULL, to the 1-based parameter `index`.
    public func bind(integer: Int64?, at index: Int32) throws {
        try check(integer.map { sqlite3_bind_int64(handle, index, $0) } ?? sqlite3_bind_null(handle, index))
    }

    /// Binds a number, or NULL, to the 1-based parameter `index`.
    public func bind(real: Double?, at index: Int32) throws {
        try check(real.map { sqlite3_bind_double(handle, index, $0) } ?? sqlite3_bind_null(handle, index))
    }

    /// Binds a text, or NULL, to the 1-based parameter `index`.
    public func bind(text: String?, at index: Int32) throws {
        try check(text.map { sqlite3_bind_text(handle, index, $0, -1, transientDestructor) } ?? sqlite3_bind_null(handle, index))
    }

    /// Binds a string literal, or NULL. A literal lives as long as the process, so SQLite need not
    /// copy it, as it must a `String` (in a loop over millions of figures, that copy counts).
    func bind(literal: StaticString?, at index: Int32) throws {
        guard let literal else { return try check(sqlite3_bind_null(handle, index)) }
        let text = UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: CChar.self)
        try check(sqlite3_bind_text(handle, index, text, Int32(literal.utf8CodeUnitCount), nil))
    }

    /// How many parameters the statement has, named or not.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// The names of the statement's parameters, without their sigils, in order.
    public var parameterNames: [String] {
        (0..<sqlite3_bind_parameter_count(handle)).compactMap { index in
            sqlite3_bind_parameter_name(handle, index + 1).map { String(String(cString: $0).dropFirst()) }
        }
    }

    /// Runs a statement that returns no rows, then resets it for reuse.
    public func run() throws {
        defer { sqlite3_reset(handle) }
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW { code = sqlite3_step(handle) }
        try check(code, expecting: SQLITE_DONE)
    }

    /// Runs the statement and returns the first column of the first row, then resets it.
    public func scalar() throws -> CellValue? {
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return nil }
        try check(code, expecting: SQLITE_ROW)
        return CurrentRow(handle: handle, count: Int(sqlite3_column_count(handle))).cell(0)
    }

    /// Runs the statement and returns every row, then resets it.
    public func fetchAll() throws -> ResultTable {
        let columns = columnNames
        var rows: [[CellValue]] = []
        try forEachRow { row in rows.append((0..<row.count).map(row.cell)) }
        return ResultTable(columns: columns, rows: rows)
    }

    /// Clears every binding to NULL.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    private func parameterIndex(_ name: String) -> Int32 {
        if let sigil = name.first, ":@$".contains(sigil) {
            return sqlite3_bind_parameter_index(handle, name)
        }
        for sigil in [":", "@", "$"] {
            let index = sqlite3_bind_parameter_index(handle, sigil + name)
            if index > 0 { return index }
        }
        return 0
    }

    private func check(_ code: Int32, expecting expected: Int32 = SQLITE_OK) throws {
        guard code != expected else { return }
        throw StoreError.sqlite(code: code, message: database.lastErrorMessage, sql: sql)
    }
}

/// SQLITE_TRANSIENT: SQLite copies the bound bytes. The C macro is not imported into Swift.
let transientDestructor = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension Statement {
    /// The names of the columns the statement returns.
    public var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// Steps through the rows, handing each to `body` as it comes (nothing is collected), then resets.
    public func forEachRow(_ body: (CurrentRow) throws -> Void) throws {
        defer { sqlite3_reset(handle) }
        let row = CurrentRow(handle: handle, count: Int(sqlite3_column_count(handle)))
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW {
            try body(row)
            code = sqlite3_step(handle)
        }
        try check(code, expecting: SQLITE_DONE)
    }
}
