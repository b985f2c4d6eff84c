import MaturityKit
import MaturityReports
import MaturityStore

/// What `ospo org list` and `ospo org show` print, from the workspace.
public enum OrganisationQueries {
    /// Every organisation with its number of assessments.
    public static func list(_ workspace: any WorkspaceStore) throws -> [OrganisationListing] {
        try workspace.organisations().map { record in
            OrganisationListing(slug: record.slug, name: record.name, sector: record.sector,
                                assessments: try workspace.assessments(organisation: record.slug).count)
        }
    }

    /// The organisation named by `reference` (short name, name or number),
    /// its assessments scored, and its plans.
    public static func overview(_ workspace: any WorkspaceStore, organisation reference: String) throws -> OrganisationOverview {
        let record = try workspace.organisation(reference)
        let assessments = try workspace.assessments(organisation: record.slug).map { assessment in
            var listing = AssessmentQueries.listing(assessment, organisation: record.slug)
            listing.overall = try workspace.scorecard(of: listing.id).overall
            return listing
        }
        let plans = try workspace.plans(organisation: record.slug)
        let current = plans.last.flatMap { plan in
            plan.supersededAt == nil ? OrganisationOverview.CurrentPlan(id: plan.id ?? 0, acceptedAt: plan.acceptedAt) : nil
        }
        let listing = OrganisationListing(slug: record.slug, name: record.name, sector: record.sector, assessments: assessments.count)
        return OrganisationOverview(organisation: listing, assessments: assessments, plans: plans.count, currentPlan: current)
    }
}
