import Foundation
import MaturityKit

/// `ospo convert`: reads a public model's own files, converts them and
/// writes the rubric, questionnaire (and roles) into an output folder. Writes
/// nothing when the model has an error or a file would be replaced without
/// `force`.
public enum ModelConversion {
    public struct Result: Sendable {
        /// The paths written, in order.
        public var written: [String]
        /// What could not be carried over, as warnings.
        public var diagnostics: [Diagnostic]
        public var model: ConvertedModel
    }

    /// - Parameters:
    ///   - inputs: files, or folders read whole (every `*.yml`/`*.yaml`, or
    ///     every `*.json` for the JSON models).
    ///   - version: the model's version, where its files do not say it.
    public static func run(_ format: ModelFormat, inputs: [String], output: String, force: Bool,
                           version: String? = nil) throws -> Result {
        var files: [ModelFile] = []
        for path in try inputPaths(inputs, format: format) {
            files.append(ModelFile(path: path, text: try FileAccess.readText(path)))
        }
        let (converted, diagnostics) = ModelConverter.convert(format, files: files, version: version)
        guard let model = converted, !diagnostics.hasErrors else {
            throw ContentError(diagnostics.hasErrors ? diagnostics
                               : diagnostics + [.error(SourceLocation(file: inputs.first ?? "<input>"), "nothing could be converted")])
        }
        let targets = model.files.map { (path: (output as NSString).appendingPathComponent($0.name), text: $0.text) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw FileAccess.Failure(description: "\(output): error: this is a file; give a folder to write the converted content into")
        }
        // Every refusal before the first write, so a refusal writes nothing.
        if !force {
            for target in targets where FileManager.default.fileExists(atPath: target.path) {
                throw FileAccess.Failure(description: "\(target.path): error: the file exists; pass --force to replace it, or choose another --output folder")
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw FileAccess.Failure(description: "\(output): error: cannot create the folder; check the path and its permissions")
        }
        for target in targets { try FileAccess.write(target.text, to: target.path) }
        return Result(written: targets.map(\.path), diagnostics: diagnostics, model: model)
    }

    /// The files to read: each file given, and the model's files in each folder given.
    static func inputPaths(_ inputs: [String], format: ModelFormat) throws -> [String] {
        let json = format == .openchain || format == .ggi
        var paths: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw FileAccess.Failure(description: "\(input): error: no such file or folder")
            }
            if !isDirectory.boolValue {
                paths.append(input)
            } else if json {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
                paths += names.filter { $0.hasSuffix(".json") }.sorted().map { (input as NSString).appendingPathComponent($0) }
            } else {
                paths += try FileAccess.yamlFiles(at: input)
            }
        }
        guard !paths.isEmpty else {
            throw FileAccess.Failure(description: "\(inputs.joined(separator: ", ")): error: no model file found; expected \(format.layout)")
        }
        return paths
    }
}
