import MaturityKit

/// A population benchmark as a table for a terminal, or as JSON for scripts.
/// Neither names an organisation of the population.
public enum BenchmarkText {
    public static func render(_ benchmark: PopulationBenchmark) -> String {
        var lines = ["\(benchmark.organisation) against a population of \(benchmark.size) organisations", ""]
        let header = ["Module / dimension", "Client", "Percentile", "Q1", "Median", "Q3", "n"]
        let rows = benchmark.rows.map { row -> [String] in
            [(row.dimension == nil ? "" : "  ") + row.title, Fmt.score(row.client),
             row.percentile.map { "\(Int($0.rounded()))th" } ?? (row.size < PopulationBenchmark.minimumSize ? "too few" : "—"),
             Fmt.score(row.lowerQuartile), Fmt.score(row.median), Fmt.score(row.upperQuartile), String(row.size)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { Fmt.pad($1, widths[$0], right: $0 > 0) }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        lines.append(line(header))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += rows.map(line)
        lines.append("")
        lines.append("Percentile: the share of the population below the client, counting those level with it as half. Quartiles need at least \(PopulationBenchmark.minimumSize) scores.")
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ benchmark: PopulationBenchmark) throws -> String {
        struct Row: Encodable {
            let module: String, dimension: String?, title: String, client: Double?, percentile: Double?
            let q1: Double?, median: Double?, q3: Double?, n: Int
        }
        struct Document: Encodable { let organisation: String; let population: Int; let rows: [Row] }
        return try JSONOutput.encode(Document(organisation: benchmark.organisation, population: benchmark.size, rows: benchmark.rows.map {
            Row(module: $0.module, dimension: $0.dimension, title: $0.title, client: $0.client, percentile: $0.percentile,
                q1: $0.lowerQuartile, median: $0.median, q3: $0.upperQuartile, n: $0.size)
        }))
    }
}
