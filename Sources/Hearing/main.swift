import Foundation

let code = HearingCLI.run(Array(CommandLine.arguments.dropFirst()))
exit(code)
