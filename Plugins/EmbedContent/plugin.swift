import Foundation
import PackagePlugin

/// Generates `EmbeddedContent.swift` from the package's `rubrics/` and
/// `questionnaires/` folders, so the shipped content travels inside the binary
/// and stays in step with the folders on every build.
@main
struct EmbedContent: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["rubrics", "questionnaires"].map { root.appending(path: $0) }
        var inputs: [URL] = []
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path())) ?? []
            for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                inputs.append(folder.appending(path: name))
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContent.swift")
        return [
            .buildCommand(
                displayName: "Embedding shipped rubrics and questionnaires",
                executable: try context.tool(named: "ContentEmbedder").url,
                arguments: [root.path(), output.path()] + folders.map { $0.path() },
                inputFiles: inputs + folders,
                outputFiles: [output]
            )
        ]
    }
}
