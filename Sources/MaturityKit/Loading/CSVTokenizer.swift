/// A streaming CSV tokenizer (RFC 4180) over UTF-8 bytes, for imports of
/// millions of rows: fields may be quoted, with doubled quotes inside and
/// embedded newlines; records end with LF, CRLF or CR; a UTF-8 byte order
/// mark at the start is skipped; the separator is `,`, `;` or a tab.
///
/// Every CSV `ospo` reads goes through it (the long and wide forms, scored
/// or imported), so one bad file gets the same diagnostics either way.
/// Written here rather than taken from CSV.swift because the bulk import
/// must stay within twice the time of `sqlite3 .import`: CSV.swift decodes
/// through a per-character iterator (about 400,000 rows a second here) and
/// reports a read error at the end of every file stream. A test checks this
/// tokenizer against CSV.swift on random input.
///
/// Input is bounded: a field longer than `InputLimits.csvFieldBytes`, a cell
/// of the first record (the header) longer than
/// `InputLimits.csvHeaderCellBytes`, a record of more than
/// `InputLimits.csvColumns` fields, a field that is not UTF-8 or holds a NUL
/// byte, and a quote still open at the end of the input each throw one
/// `ContentError` located at `path:row:column` (the header is row 1, columns
/// count from 1), and nothing further is read. So memory never holds more
/// than one record of bounded fields, whatever the file.
///
/// Invalid UTF-8 is refused rather than read with replacement characters:
/// a replaced byte would silently change an answer, a note or a respondent
/// id, and such files (Excel's plain "CSV" in a Windows code page) are wrong
/// throughout, so the first bad cell is reported and the read stops.
public struct CSVTokenizer: Sendable {
    public let separator: UInt8
    /// The file's display path, for the located errors.
    public let path: String
    private let fieldLimit: Int
    private let headerCellLimit: Int
    private let columnLimit: Int
    /// The limit on the field being read: the header's, then the body's.
    private var limit: Int
    private var field: [UInt8] = []
    /// Any byte of the current field at 0x80 or above: not plain ASCII.
    private var fieldHighBits: UInt8 = 0
    private var record: [String] = []
    /// The record being read, counted from 1 (the header).
    private var row = 1
    private var state = State.fieldStart
    private var atStart = true
    private var pendingCR = false

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// - Parameters:
    ///   - separator: `,`, `;` or a tab (see `CSVDialect.detectDelimiter`).
    ///   - path: the display path the errors are located in.
    ///   - fieldLimit, headerCellLimit, columnLimit: the bounds, from
    ///     `InputLimits` unless a test needs small ones.
    public init(separator: Unicode.Scalar = ",", path: String = "<memory>",
                fieldLimit: Int = InputLimits.csvFieldBytes, headerCellLimit: Int = InputLimits.csvHeaderCellBytes,
                columnLimit: Int = InputLimits.csvColumns) {
        self.separator = UInt8(ascii: separator)
        self.path = path
        self.fieldLimit = fieldLimit
        self.headerCellLimit = headerCellLimit
        self.columnLimit = columnLimit
        limit = headerCellLimit
    }

    /// One complete record: its row (the header is row 1) and its fields.
    public struct Record: Sendable, Equatable {
        public var row: Int
        public var fields: [String]
    }

    /// Feeds bytes; calls `emit` for every record they complete. Throws a
    /// located `ContentError` at the first field past a limit or not UTF-8.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (Record) throws -> Void) throws {
        var index = 0
        if atStart {
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
            if !bytes.isEmpty { atStart = false }
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if pendingCR {
                pendingCR = false
                if byte == 0x0A { continue }
            }
            switch state {
            case .fieldStart:
                if byte == 0x22 {
                    state = .quoted
                } else if byte == separator {
                    try endField()
                } else if byte == 0x0A || byte == 0x0D {
                    pendingCR = byte == 0x0D
                    try endField()
                    try endRecord(emit)
                } else {
                    try append(byte)
                    state = .unquoted
                }
            case .unquoted:
                if byte == separator {
                    try endField()
                    state = .fieldStart
                } else if byte == 0x0A || byte == 0x0D {
                    pendingCR = byte == 0x0D
                    try endField()
                    state = .fieldStart
                    try endRecord(emit)
                } else {
                    try append(byte)
                }
            case .quoted:
                if byte == 0x22 { state = .quoteInQuoted } else { try append(byte) }
            case .quoteInQuoted:
                if byte == 0x22 {
                    try append(0x22)
                    state = .quoted
                } else if byte == separator {
                    try endField()
                    state = .fieldStart
                } else if byte == 0x0A || byte == 0x0D {
                    pendingCR = byte == 0x0D
                    try endField()
                    state = .fieldStart
                    try endRecord(emit)
                } else {
                    // Text after a closing quote: kept, as spreadsheets do.
                    try append(byte)
                    state = .unquoted
                }
            }
        }
    }

    /// Ends the input: the last record, when the text does not end with a
    /// newline. A quote still open here is an error: it swallowed the rest
    /// of the file into one cell.
    public mutating func finish(_ emit: (Record) throws -> Void) throws {
        if state == .quoted {
            throw error("the quote that opens this cell is never closed; close it, and write a quote inside a quoted cell as two (\"\")")
        }
        if state != .fieldStart || !field.isEmpty || !record.isEmpty {
            try endField()
            state = .fieldStart
            try endRecord(emit)
        }
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) throws {
        guard field.count < limit else { throw tooLong() }
        field.append(byte)
    }

    private func tooLong() -> ContentError {
        // A quote left open takes in everything after it: say so when the
        // field is quoted, as that is the likelier cause of a huge cell.
        let open = state == .quoted ? " (is a quote left open?)" : ""
        if row == 1 {
            return error("this header cell is longer than \(limit) bytes\(open); a header names its column in a few words: shorten it")
        }
        return error("this cell is longer than \(limit) bytes\(open); shorten it, or keep long texts outside the CSV")
    }

    /// A located error at the field being read.
    private func error(_ message: String) -> ContentError {
        ContentError([.error(SourceLocation(file: path, line: row, column: record.count + 1), message)])
    }

    private mutating func endField() throws {
        guard record.count < columnLimit else {
            throw error("this row has more than \(columnLimit) columns; check the separator, or split the file")
        }
        if field.contains(0) {
            throw error("this cell holds a NUL byte, which text never has (is the file UTF-16?); save the file as 'CSV UTF-8' and try again")
        }
        for byte in field { fieldHighBits |= byte }
        if fieldHighBits & 0x80 == 0 {
            // Plain ASCII is valid UTF-8: skip the general validation, which
            // was a tenth of a bulk import's time.
            record.append(String(decoding: field, as: UTF8.self))
        } else if let text = String(validating: field, as: UTF8.self) {
            record.append(text)
        } else {
            throw error("this cell is not UTF-8 text (Excel's plain 'CSV' format writes another encoding); save the file as 'CSV UTF-8' and try again")
        }
        field.removeAll(keepingCapacity: true)
        fieldHighBits = 0
    }

    /// Hands the record over, then clears it; cleared after the hand-over so
    /// that its storage is unique again and reused for the next record.
    private mutating func endRecord(_ emit: (Record) throws -> Void) throws {
        defer {
            record.removeAll(keepingCapacity: true)
            row += 1
            limit = fieldLimit
        }
        try emit(Record(row: row, fields: record))
    }
}
