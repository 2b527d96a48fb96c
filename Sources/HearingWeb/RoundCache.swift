import Foundation
import HearingCore

/// The round as last analysed, kept while nothing it is made from has changed: the stored messages, corrections and
/// outgoing messages (only ever added to, or marked sent) and the hand-editable definition and recipients files. A page
/// after a correction, an import or an edit of `hearing.json` is made from a fresh analysis; a page after nothing new
/// is made at once.
final class RoundCache: @unchecked Sendable {
    private let lock = NSLock()
    private var key: String?
    private var state: RoundState?

    /// The current round of a workspace.
    func state(of workspace: Workspace) throws -> RoundState {
        let store = try workspace.openStore()
        let files = [Workspace.definitionFile, Workspace.recipientsFile].map { name -> String in
            let attributes = try? FileManager.default.attributesOfItem(atPath: workspace.file(name))
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(modified):\(attributes?[.size] as? Int ?? -1)"
        }
        let current = try store.changeCounts().map(String.init) + files
        let joined = current.joined(separator: "|")
        lock.lock()
        defer { lock.unlock() }
        if joined == key, let state { return state }
        let fresh = try RoundAnalysis.run(workspace)
        key = joined
        state = fresh
        return fresh
    }
}
