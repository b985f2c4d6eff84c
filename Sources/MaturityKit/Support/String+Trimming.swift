extension String {
    /// The text without leading and trailing white space and newlines.
    ///
    /// Foundation's `trimmingCharacters(in:)` goes through NSString on Linux,
    /// which made it most of the cost of a row in a million-row import; this
    /// returns `self` untouched in the common case of nothing to trim.
    public var trimmedWhitespace: String {
        let bytes = utf8
        guard let firstByte = bytes.first, let lastByte = bytes.last else { return self }
        // Plain ASCII at both ends that is not white space: nothing to trim.
        if firstByte > 0x20 && firstByte < 0x80 && lastByte > 0x20 && lastByte < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return self }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}
