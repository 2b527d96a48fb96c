/// Finds functions, initializers and subscripts longer than a limit in one Swift source: a scan over its scalars that
/// skips comments and string literals (raw, multi-line and interpolated ones too) and counts braces in code.
struct FunctionLengthScan {
    /// An open string literal: its `#`s, whether multi-line, and the parenthesis depth of an interpolation inside it
    /// (nil while in the literal's text).
    private struct Literal {
        var hashes: Int
        var multiline: Bool
        var interpolation: Int?
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var depth = 0
    private var literals: [Literal] = []
    private var pendingLine: Int? = nil
    private var open: [(line: Int, depth: Int)] = []
    private var found: [(line: Int, lines: Int)] = []
    private var limit = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Where each function longer than `limit` lines starts, and its length in lines.
    func functions(longerThan limit: Int) -> [(line: Int, lines: Int)] {
        var scan = self
        scan.limit = limit
        while scan.index < scan.scalars.count {
            if let literal = scan.literals.last, literal.interpolation == nil {
                scan.stepInLiteral(literal)
            } else {
                scan.stepInCode()
            }
        }
        return scan.found
    }

    private func starts(_ word: String, at position: Int) -> Bool {
        var position = position
        for scalar in word.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" { line += 1 }
            index += 1
        }
    }

    private mutating func stepInLiteral(_ literal: Literal) {
        let hashes = String(repeating: "#", count: literal.hashes)
        if scalars[index] == "\\", starts(hashes + "(", at: index + 1) {
            literals[literals.count - 1].interpolation = 0
            advance(literal.hashes + 2)
        } else if scalars[index] == "\\", literal.hashes == 0 {
            advance(2)
        } else if starts((literal.multiline ? "\"\"\"" : "\"") + hashes, at: index) {
            literals.removeLast()
            advance((literal.multiline ? 3 : 1) + literal.hashes)
        } else {
            advance()
        }
    }

    private mutating func stepInCode() {
        if starts("//", at: index) {
            while index < scalars.count, scalars[index] != "\n" { advance() }
        } else if starts("/*", at: index) {
            skipBlockComment()
        } else if let literal = literalStart() {
            literals.append(literal)
            advance(literal.hashes + (literal.multiline ? 3 : 1))
        } else if scalars[index] == "#" {
            advance()
        } else if scalars[index] == "(" || scalars[index] == ")", let interpolation = literals.last?.interpolation {
            let inside = interpolation + (scalars[index] == "(" ? 1 : -1)
            literals[literals.count - 1].interpolation = inside < 0 ? nil : inside
            advance()
        } else {
            countBraceOrDeclaration()
            advance()
        }
    }

    private func literalStart() -> Literal? {
        var hashes = 0
        while index + hashes < scalars.count, scalars[index + hashes] == "#" { hashes += 1 }
        guard starts("\"", at: index + hashes) else { return nil }
        return Literal(hashes: hashes, multiline: starts("\"\"\"", at: index + hashes), interpolation: nil)
    }

    private mutating func skipBlockComment() {
        var nesting = 0
        repeat {
            if starts("/*", at: index) {
                nesting += 1
                advance(2)
            } else if starts("*/", at: index) {
                nesting -= 1
                advance(2)
            } else {
                advance()
            }
        } while index < scalars.count && nesting > 0
    }

    private mutating func countBraceOrDeclaration() {
        switch scalars[index] {
        case "{":
            depth += 1
            if let start = pendingLine {
                open.append((start, depth))
                pendingLine = nil
            }
        case "}":
            if let last = open.last, last.depth == depth {
                open.removeLast()
                if line - last.line + 1 > limit { found.append((last.line, line - last.line + 1)) }
            }
            depth -= 1
        default:
            let declarations = ["func ", "init(", "init?(", "init<", "subscript(", "subscript<"]
            if isWordStart, declarations.contains(where: { starts($0, at: index) }) { pendingLine = line }
        }
    }

    private var isWordStart: Bool {
        guard index > 0 else { return true }
        let before = scalars[index - 1]
        return !(before.properties.isAlphabetic || before == "_" || before == "." || ("0"..."9").contains(before))
    }
}
