/// A streaming CSV tokenizer (RFC 4180) over UTF-8 bytes, for imports of
/// millions of rows: fields may be quoted, with doubled quotes inside and
/// embedded newlines; records end with LF, CRLF or CR; a UTF-8 byte order
/// mark at the start is skipped; the separator is `,`, `;` or a tab.
///
/// Written here rather than taken from CSV.swift because the bulk import
/// must stay within twice the time of `sqlite3 .import`: CSV.swift decodes
/// through a per-character iterator (about 400,000 rows a second here) and
/// reports a read error at the end of every file stream. The small, string-
/// based readers still use CSV.swift, and a test checks this tokenizer
/// against it on random input.
public struct CSVTokenizer: Sendable {
    public let separator: UInt8
    private var field: [UInt8] = []
    /// Any byte of the current field at 0x80 or above: not plain ASCII.
    private var fieldHighBits: UInt8 = 0
    private var record: [String] = []
    private var state = State.fieldStart
    private var atStart = true
    private var pendingCR = false
    private var invalidUTF8 = false

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    public init(separator: Unicode.Scalar = ",") {
        self.separator = UInt8(ascii: separator)
    }

    /// One complete record: its fields, and whether every field was valid UTF-8.
    public struct Record: Sendable, Equatable {
        public var fields: [String]
        public var validUTF8: Bool
    }

    /// Feeds bytes; calls `emit` for every record they complete.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (Record) throws -> Void) rethrows {
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
                    endField()
                } else if byte == 0x0A || byte == 0x0D {
                    pendingCR = byte == 0x0D
                    endField()
                    try endRecord(emit)
                } else {
                    field.append(byte)
                    state = .unquoted
                }
            case .unquoted:
                if byte == separator {
                    endField()
                    state = .fieldStart
                } else if byte == 0x0A || byte == 0x0D {
                    pendingCR = byte == 0x0D
                    endField()
                    state = .fieldStart
                    try endRecord(emit)
                } else {
                    field.append(byte)
                }
            case .quoted:
                if byte == 0x22 { state = .quoteInQuoted } else { field.append(byte) }
            case .quoteInQuoted:
                if byte == 0x22 {
                    field.append(0x22)
                    state = .quoted
                } else if byte == separator {
                    endField()
                    state = .fieldStart
                } else if byte == 0x0A || byte == 0x0D {
                    pendingCR = byte == 0x0D
                    endField()
                    state = .fieldStart
                    try endRecord(emit)
                } else {
                    // Text after a closing quote: kept, as spreadsheets do.
                    field.append(byte)
                    state = .unquoted
                }
            }
        }
    }

    /// Ends the input: the last record, when the text does not end with a newline.
    public mutating func finish(_ emit: (Record) throws -> Void) rethrows {
        if state != .fieldStart || !field.isEmpty || !record.isEmpty {
            endField()
            state = .fieldStart
            try endRecord(emit)
        }
    }

    private mutating func endField() {
        for byte in field { fieldHighBits |= byte }
        if fieldHighBits & 0x80 == 0 {
            // Plain ASCII is valid UTF-8: skip the general validation, which
            // was a tenth of a bulk import's time.
            record.append(String(decoding: field, as: UTF8.self))
        } else if let text = String(validating: field, as: UTF8.self) {
            record.append(text)
        } else {
            record.append(String(decoding: field, as: UTF8.self))
            invalidUTF8 = true
        }
        field.removeAll(keepingCapacity: true)
        fieldHighBits = 0
    }

    /// Hands the record over, then clears it; cleared after the hand-over so
    /// that its storage is unique again and reused for the next record.
    private mutating func endRecord(_ emit: (Record) throws -> Void) rethrows {
        defer {
            record.removeAll(keepingCapacity: true)
            invalidUTF8 = false
        }
        try emit(Record(fields: record, validUTF8: !invalidUTF8))
    }
}
