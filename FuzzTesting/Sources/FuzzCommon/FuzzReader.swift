// Shared by the fuzz targets of FuzzTesting/ and by the replay test
// Tests/MaturityKitTests/FuzzFailCaseTests.swift, where this file is a
// symbolic link: both run exactly the same code on an input.

import MaturityKit

/// A reader of MaturityKit that a fuzz target feeds, named as its target is.
public enum FuzzReader: String, CaseIterable, Sendable {
    /// `ContentLoader.load`: any content file, its kind chosen by `format:`.
    case contentYAML = "FuzzContentYAML"
    /// `ContentLoader.loadAnswers`.
    case answersYAML = "FuzzAnswersYAML"
    /// `AnswersCSVLoader.load`: answers in the long CSV form.
    case longCSV = "FuzzLongCSV"
    /// `WideCSVLoader.load` against `FuzzCheck.questionnaire` and `FuzzCheck.mapping`.
    case wideCSV = "FuzzWideCSV"
    /// `ContentLoader.loadMapping`.
    case mapping = "FuzzMapping"
    /// `SurveyExport.read` in every layout (and detected), then `SurveyImport`
    /// for one organisation and for a population, against `FuzzCheck.questionnaire`.
    case surveyCSV = "FuzzSurveyCSV"

    /// The display path the input is read under; every diagnostic must name it.
    public var path: String {
        switch self {
        case .contentYAML, .answersYAML, .mapping: "fuzz.yaml"
        case .longCSV, .wideCSV, .surveyCSV: "fuzz.csv"
        }
    }
}
