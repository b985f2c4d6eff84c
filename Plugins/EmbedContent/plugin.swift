import Foundation
import PackagePlugin

/// Generates `EmbeddedContent.swift` from the package's `rubrics/` and
/// `questionnaires/` folders (the shipped content) and from the folders in
/// `samples/` (the sample clients and archetype profiles `ospo demo` uses),
/// so both travel inside the binary and stay in step with the folders on
/// every build.
@main
struct EmbedContent: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let manager = FileManager.default
        let content = ["rubrics", "questionnaires"].map { root.appending(path: $0) }
        let samplesRoot = root.appending(path: "samples")
        let samples = ((try? manager.contentsOfDirectory(atPath: samplesRoot.path())) ?? []).sorted().compactMap { name -> URL? in
            var isDirectory: ObjCBool = false
            let folder = samplesRoot.appending(path: name)
            return manager.fileExists(atPath: folder.path(), isDirectory: &isDirectory) && isDirectory.boolValue ? folder : nil
        }
        var inputs: [URL] = []
        for folder in content + samples {
            let names = (try? manager.contentsOfDirectory(atPath: folder.path())) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                inputs.append(folder.appending(path: name))
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContent.swift")
        return [
            .buildCommand(
                displayName: "Embedding shipped rubrics, questionnaires and samples",
                executable: try context.tool(named: "ContentEmbedder").url,
                arguments: [root.path(), output.path()] + content.map { $0.path() } + ["--samples"] + samples.map { $0.path() },
                inputFiles: inputs + content + [samplesRoot] + samples,
                outputFiles: [output]
            )
        ]
    }
}
