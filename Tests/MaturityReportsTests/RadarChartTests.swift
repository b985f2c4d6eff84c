import Testing
@testable import MaturityReports

/// The radar places its labels so that none overlaps another, whatever the
/// number of dimensions and the length of their titles.
struct RadarChartTests {
    /// The thirteen dimension titles of the shipped rubrics, and longer ones.
    static let titles = [
        "OSS solution assessment", "Business needs and value", "Open source strategy", "OSPO design and build",
        "Process and policy", "Licence compliance", "Supply-chain security", "Skills and resourcing",
        "Training and coaching", "Collaboration and enablement", "Community engagement and contribution",
        "Metrics and value reporting", "Digital sovereignty and public value",
    ]

    static func chart(_ count: Int, long: Bool = false) -> RadarChart {
        let spokes = (0..<count).map { index in
            let title = titles[index % titles.count] + (long ? " across every business unit and region" : "")
            return RadarChart.Spoke(label: title, current: index % 4 == 3 ? nil : Double(index % 5) * 0.8, target: 2, maxLevel: 4)
        }
        return RadarChart(title: "t", spokes: spokes, palette: ChartPalette())
    }

    @Test(arguments: [3, 5, 8, 13, 20, 30])
    func noTwoLabelsOverlap(count: Int) {
        for long in [false, true] {
            let labels = Self.chart(count, long: long).labels()
            #expect(labels.count == count)
            for i in labels.indices {
                for j in labels.indices where j > i {
                    #expect(!labels[i].overlaps(labels[j], gap: 0), "\(count) spokes: '\(labels[i].lines)' and '\(labels[j].lines)'")
                }
            }
        }
    }

    @Test func labelsStayOutsideTheOuterRingAndInsideTheDrawingWidth() {
        let labels = Self.chart(13).labels()
        for label in labels {
            #expect(label.left >= 0)
            #expect(label.left + label.width <= RadarChart.width)
            // No label box reaches into the circle the rings are drawn in.
            let nearestX = min(max(RadarChart.centreX, label.left), label.left + label.width)
            let nearestY = min(max(RadarChart.centreY, label.top), label.bottom)
            let distance = ((nearestX - RadarChart.centreX) * (nearestX - RadarChart.centreX)
                + (nearestY - RadarChart.centreY) * (nearestY - RadarChart.centreY)).squareRoot()
            #expect(distance >= RadarChart.radius * 0.9, "\(label.lines)")
        }
    }

    @Test func theDrawingGrowsToHoldLabelsPushedUp() {
        // 30 long labels push some above the first planned row; the view box starts above 0.
        let svg = Self.chart(30, long: true).render()
        let labels = Self.chart(30, long: true).labels()
        let highest = labels.map(\.top).min() ?? 0
        if highest < RadarChart.legendHeight {
            #expect(!svg.contains("viewBox=\"0 0 "))
        }
        #expect(svg.contains("<title>t</title>"))
    }
}
