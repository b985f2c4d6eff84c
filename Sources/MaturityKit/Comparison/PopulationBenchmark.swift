/// A client placed against a population of organisations, dimension by
/// dimension: its percentile rank and the population's quartiles. Never
/// names an organisation of the population.
public struct PopulationBenchmark: Sendable, Hashable {
    /// Below this many organisations a population is refused, so that no
    /// figure can be traced back to one organisation.
    public static let minimumSize = 5

    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        case populationTooSmall(size: Int, minimum: Int)

        public var description: String {
            switch self {
            case let .populationTooSmall(size, minimum):
                return "the population has \(size) organisation\(size == 1 ? "" : "s"); benchmarking needs at least \(minimum), so that no figure points at one of them"
            }
        }
    }

    /// One dimension (or a module's overall line, `dimension` nil).
    public struct Row: Sendable, Hashable {
        public var module: String
        public var dimension: String?
        public var title: String
        public var client: Double?
        /// 100 × (organisations below the client + half of those level with it) ÷ n.
        public var percentile: Double?
        public var lowerQuartile: Double?
        public var median: Double?
        public var upperQuartile: Double?
        /// Organisations of the population with a score here.
        public var size: Int
    }

    public var organisation: String
    /// Organisations in the population (the client left out if it is in it).
    public var size: Int
    public var rows: [Row]

    /// - Parameter population: one scorecard per organisation; one with the
    ///   client's organisation name is left out.
    public init(client: Scorecard, population: [Scorecard]) throws(Failure) {
        let others = population.filter { LooseText.key($0.organisation) != LooseText.key(client.organisation) }
        guard others.count >= Self.minimumSize else {
            throw .populationTooSmall(size: others.count, minimum: Self.minimumSize)
        }
        organisation = client.organisation
        size = others.count
        var rows: [Row] = []
        for module in client.modules {
            let moduleScores = others.compactMap { card in card.modules.first { $0.id == module.id }?.score }
            rows.append(Self.row(module: module.id, dimension: nil, title: module.title, client: module.score, scores: moduleScores))
            for dimension in module.dimensions {
                let scores = others.compactMap { $0.dimension(dimension.id)?.score }
                rows.append(Self.row(module: module.id, dimension: dimension.id, title: dimension.title, client: dimension.score, scores: scores))
            }
        }
        self.rows = rows
    }

    static func row(module: String, dimension: String?, title: String, client: Double?, scores: [Double]) -> Row {
        let sorted = scores.sorted()
        // Too few scores here would let a quartile be one organisation's score.
        guard sorted.count >= minimumSize else {
            return Row(module: module, dimension: dimension, title: title, client: client, size: sorted.count)
        }
        let percentile = client.map { value -> Double in
            let below = sorted.filter { $0 < value - 1e-9 }.count
            let level = sorted.filter { abs($0 - value) <= 1e-9 }.count
            return 100 * (Double(below) + 0.5 * Double(level)) / Double(sorted.count)
        }
        return Row(module: module, dimension: dimension, title: title, client: client, percentile: percentile,
                   lowerQuartile: quantile(sorted, 0.25), median: quantile(sorted, 0.5), upperQuartile: quantile(sorted, 0.75),
                   size: sorted.count)
    }

    /// The p-quantile of sorted values, interpolating between the two nearest
    /// ranks: h = (n − 1)p, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let low = Int(h.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
    }
}
