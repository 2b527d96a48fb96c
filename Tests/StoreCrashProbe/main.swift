// A test helper, never shipped: imports a mailbox into a workspace as `hearing import` does, with every commit
// stalled after it has begun, so that a test can kill the process inside the commit and check that the store comes
// back as it was. Usage: StoreCrashProbe WORKSPACE MAILBOX MARKER
import Foundation
@_spi(Testing) import HearingCore

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: StoreCrashProbe WORKSPACE MAILBOX MARKER\n".utf8))
    exit(2)
}
Store.stallCommits(writingTo: arguments[3])
do {
    let store = try Workspace.open(arguments[1]).openStore()
    _ = try Importer(store: store).run(paths: [arguments[2]], startedAt: "2024-05-20T10:00:00Z") { _, _ in }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
