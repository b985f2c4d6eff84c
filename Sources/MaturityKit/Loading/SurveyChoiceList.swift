/// Multiple-choice answers held in one cell, as Google Forms (`A, B`),
/// Microsoft Forms (`A;B;`) and Qualtrics (`A,B`) write them, split into one
/// yes/no answer per option, as a SurveyMonkey export spreads them over one
/// column per option.
///
/// A column is split when its header names no question, and every answer in
/// it is a list of options each of which is a question's text or id, or a
/// header the mapping lists under `questions`: the options are the questions.
/// Each option becomes a column of its own, added after the file's last
/// column so that no column of the file moves, holding `yes` when the
/// respondent chose it and `no` when the respondent chose others; a
/// respondent who left the cell empty answers none of them. The joined
/// column itself is then never read as an answer.
enum SurveyChoiceList {
    /// What splitting adds to an export: the headers of the added columns,
    /// the joined columns' headers (to ignore), and the rows with the added cells.
    struct Split {
        var header: [String]
        var joined: [String]
        var rows: [SurveyExport.Row]
    }

    /// The characters a layout joins the chosen options with; nil for a
    /// layout that gives each option a column of its own.
    static func separator(_ layout: SurveyLayout) -> Character? {
        switch layout {
        case .googleForms, .qualtrics: return ","
        case .msForms: return ";"
        case .surveymonkey, .limesurvey: return nil
        }
    }

    /// Splits every joined multiple-choice column of `header`/`rows`.
    /// - Parameters:
    ///   - options: the texts an option may be (loose key → the text to write
    ///     as the added column's header): question texts and ids, mapped headers.
    ///   - claimed: loose keys of the headers that already name a question,
    ///     metadata or an ignored column; such a column is never split.
    static func split(header: [String], rows: [SurveyExport.Row], separator: Character,
                      options: [String: String], claimed: Set<String>) -> Split {
        var result = Split(header: header, joined: [], rows: rows)
        for column in header.indices where !claimed.contains(LooseText.key(header[column])) {
            var lists: [Int: [String]] = [:]
            var splits = true
            for (index, row) in rows.enumerated() {
                let cell = column < row.fields.count ? row.fields[column].trimmedWhitespace : ""
                if cell.isEmpty { continue }
                guard let chosen = choices(cell, separator: separator, options: options) else { splits = false; break }
                lists[index] = chosen
            }
            guard splits, !lists.isEmpty else { continue }
            // The options in the order they are first chosen, each once.
            var added: [String] = []
            for index in lists.keys.sorted() {
                for option in lists[index] ?? [] where !added.contains(option) { added.append(option) }
            }
            let first = result.header.count
            result.header += added.map { options[$0] ?? $0 }
            result.joined.append(header[column])
            for index in result.rows.indices {
                while result.rows[index].fields.count < first { result.rows[index].fields.append("") }
                let chosen = lists[index]
                result.rows[index].fields += added.map { option in chosen.map { $0.contains(option) ? "yes" : "no" } ?? "" }
            }
        }
        return result
    }

    /// The options (loose keys) a cell lists, or nil when some part of it
    /// names no option. An option whose own text holds the separator
    /// ("Yes, always") is found by trying the longest run of parts first.
    static func choices(_ cell: String, separator: Character, options: [String: String]) -> [String]? {
        let parts = cell.split(separator: separator, omittingEmptySubsequences: false).map { String($0).trimmedWhitespace }
        var chosen: [String] = []
        var start = 0
        while start < parts.count {
            if parts[start].isEmpty { start += 1; continue }
            var end = parts.count
            var found: String?
            while end > start {
                let key = LooseText.key(parts[start..<end].joined(separator: "\(separator) "))
                if options[key] != nil { found = key; break }
                end -= 1
            }
            guard let found else { return nil }
            if !chosen.contains(found) { chosen.append(found) }
            start = end
        }
        return chosen.isEmpty ? nil : chosen
    }
}
