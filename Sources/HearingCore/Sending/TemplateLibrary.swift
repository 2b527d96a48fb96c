import Foundation

/// Finds the letter and e-mail templates: the workspace's own copies (`maler/`, made when the workspace is created,
/// for the secretariat to edit), else the ones built into the program.
public enum TemplateLibrary {
    /// The templates a workspace uses.
    public static let names = ["letter.md", "email.txt", "reminder.txt"]
    /// The workspace folder that holds them.
    public static let folder = "maler"

    /// The built-in text of a template, preferring the example's own version.
    public static func builtIn(_ name: String, example: String?) -> String? {
        let specific = example.flatMap { ExampleLibrary.file("\($0)/\(name)") }
        return (specific ?? ExampleLibrary.file(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The renderer for a template of a workspace.
    public static func renderer(_ name: String, in workspace: Workspace) throws -> TemplateRenderer {
        let path = (workspace.file(folder) as NSString).appendingPathComponent(name)
        if let data = FileManager.default.contents(atPath: path) {
            guard let text = String(data: data, encoding: .utf8) else {
                throw HearingError(.templateNotUTF8(path: path))
            }
            return TemplateRenderer(name: path, text: text)
        }
        guard let text = builtIn(name, example: nil) else {
            throw HearingError(.templateMissing(name: name, folder: workspace.file(folder)))
        }
        return TemplateRenderer(name: name, text: text)
    }
}
