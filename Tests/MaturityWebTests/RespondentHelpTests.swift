import Foundation
import Hummingbird
import HummingbirdTesting
import MaturityKit
import Testing
@testable import MaturityUseCases
@testable import MaturityWeb

/// The respondent's pages show each question's help, written for them, and
/// never the notes for the interviewer (red flags, what to probe).
@Suite struct RespondentHelpTests {
    /// Text as the pages' templates escape it.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test func everySectionPageShowsTheHelpAndNoInterviewersNote() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone", role: "executive")
        let pages = try await fixture.application().test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            var pages: [String] = []
            // The executive's sections, until the first number past the last.
            for number in 1...40 {
                let (status, page) = try await client.execute(uri: browser.home + "/section/\(number)", method: .get,
                                                              headers: browser.headers) { ($0.status, $0.body.text) }
                guard status == .ok else { break }
                pages.append(page)
            }
            return pages
        }
        let interview = try #require(ContentSources.shippedLibrary.questionnaire("ospo-interview"))
        let asked = interview.questions.filter { $0.isAsked(of: "executive") }
        let text = pages.joined(separator: "\n")
        #expect(pages.count > 5)
        // The shipped interview gives an executive's questions both fields.
        #expect(asked.contains { $0.help != nil && $0.interviewerNotes != nil })
        for question in asked {
            if let help = question.help {
                #expect(text.contains(Self.escaped(FormLine.first(help))), "\(question.id)'s help is not on its page")
            }
            if let notes = question.interviewerNotes {
                #expect(!text.contains(Self.escaped(FormLine.first(notes))), "\(question.id)'s note for the interviewer is on a respondent's page")
            }
        }
        #expect(!text.contains("Red flag"))
    }

    @Test func theRespondentsQuestionCarriesNoInterviewersNote() throws {
        let question = Question(id: "Q-1", text: "Is there a policy?", dimension: "policy", scale: "yesno",
                                help: "Count a published policy.", interviewerNotes: "Red flag: a draft nobody approved.")
        let shown = RespondentQuestion(question: question, options: [], isAsked: true, isFollowUp: false)
        #expect(shown.question.help == "Count a published policy.")
        #expect(shown.question.interviewerNotes == nil)
    }
}

/// The start of a text up to its first line break, as the pages show it on one line.
enum FormLine {
    static func first(_ text: String) -> String {
        String(text.split(whereSeparator: \.isNewline).first ?? "")
    }
}
