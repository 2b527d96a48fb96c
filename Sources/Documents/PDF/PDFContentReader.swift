/// A piece of text placed on a page: where it starts and ends on the baseline, and how large it is.
struct PDFTextPiece {
    var x: Double
    var y: Double
    var endX: Double
    var size: Double
    var text: String
}

/// Interprets page content streams (ISO 32000-1 §9.4) and collects the text with its positions. Graphics are ignored;
/// form XObjects are followed; images are counted so a page without text can be told from a scan.
struct PDFContentReader {
    let file: PDFFile
    var pieces: [PDFTextPiece] = []
    var imageCount = 0
    var missingUnicode = false
    private var fonts: [String: PDFFont] = [:]
    private var operationCount = 0
    private let maximumOperations = 5_000_000

    init(file: PDFFile) {
        self.file = file
    }

    /// The graphics and text state that `q` saves and `Q` restores (ISO 32000-1 §8.4, §9.3).
    private struct State {
        var ctm = PDFMatrix.identity
        var charSpacing = 0.0
        var wordSpacing = 0.0
        var scale = 1.0
        var leading = 0.0
        var rise = 0.0
        var fontKey = ""
        var fontSize = 0.0
    }

    /// Where the next glyph goes in one content stream: the state, its saved copies, and the text and line matrices.
    private struct Cursor {
        var state = State()
        var stack: [State] = []
        var textMatrix = PDFMatrix.identity
        var lineMatrix = PDFMatrix.identity

        /// Starts a new line offset from the start of the current one.
        mutating func moveLine(_ x: Double, _ y: Double) {
            lineMatrix = PDFMatrix.translation(x, y).concatenating(lineMatrix)
            textMatrix = lineMatrix
        }

        /// Moves the text position along the baseline, in text space.
        mutating func advance(_ x: Double) {
            textMatrix = PDFMatrix.translation(x, 0).concatenating(textMatrix)
        }
    }

    /// What one content stream can refer to: its fonts and XObjects, and how deep in forms it is.
    private struct Scope {
        let resources: [String: PDFObject]
        let fonts: [String: PDFObject]
        let xObjects: [String: PDFObject]
        let depth: Int
    }

    /// Reads one content stream with its resources; forms it draws are read in turn, at most eight deep.
    mutating func read(content: [UInt8], resources: [String: PDFObject], depth: Int = 0) {
        guard depth < 8 else { return }
        let scope = Scope(
            resources: resources, fonts: resources["Font"].flatMap { file.resolve($0).dictionary } ?? [:],
            xObjects: resources["XObject"].flatMap { file.resolve($0).dictionary } ?? [:], depth: depth)
        var parser = PDFParser(content)
        var operands: [PDFObject] = []
        var cursor = Cursor()
        while let object = try? parser.parseObject() {
            operationCount += 1
            if operationCount > maximumOperations { return }
            guard case .keyword(let op) = object else {
                operands.append(object)
                continue
            }
            switch op {
            case "BI": skipInlineImage(in: content, parser: &parser)
            case "Do": draw(operands, in: scope, cursor: &cursor)
            case "Tj", "'", "\"", "TJ": showText(op, operands, in: scope, cursor: &cursor)
            default: setState(op, operands, cursor: &cursor)
            }
            operands.removeAll(keepingCapacity: true)
        }
    }

    /// The operators that change the graphics or text state or move to a new line.
    private func setState(_ op: String, _ operands: [PDFObject], cursor: inout Cursor) {
        let numbers = operands.compactMap(\.number)
        switch op {
        case "q": cursor.stack.append(cursor.state)
        case "Q": if let saved = cursor.stack.popLast() { cursor.state = saved }
        case "cm": if numbers.count == 6 { cursor.state.ctm = PDFMatrix(numbers).concatenating(cursor.state.ctm) }
        case "BT": cursor.textMatrix = .identity; cursor.lineMatrix = .identity
        case "Tf":
            if case .name(let key)? = operands.first { cursor.state.fontKey = key }
            cursor.state.fontSize = numbers.last ?? cursor.state.fontSize
        case "Tc": cursor.state.charSpacing = numbers.last ?? 0
        case "Tw": cursor.state.wordSpacing = numbers.last ?? 0
        case "Tz": cursor.state.scale = (numbers.last ?? 100) / 100
        case "TL": cursor.state.leading = numbers.last ?? 0
        case "Ts": cursor.state.rise = numbers.last ?? 0
        case "Td", "TD":
            guard numbers.count == 2 else { break }
            if op == "TD" { cursor.state.leading = -numbers[1] }
            cursor.moveLine(numbers[0], numbers[1])
        case "Tm":
            if numbers.count == 6 { cursor.lineMatrix = PDFMatrix(numbers); cursor.textMatrix = cursor.lineMatrix }
        case "T*": cursor.moveLine(0, -cursor.state.leading)
        default: break
        }
    }

    /// The text-showing operators: `Tj`, `'` and `"` (after a new line), and `TJ` with its position adjustments.
    private mutating func showText(_ op: String, _ operands: [PDFObject], in scope: Scope, cursor: inout Cursor) {
        let numbers = operands.compactMap(\.number)
        if op == "\"", numbers.count >= 2 {
            cursor.state.wordSpacing = numbers[0]
            cursor.state.charSpacing = numbers[1]
        }
        if op == "'" || op == "\"" { cursor.moveLine(0, -cursor.state.leading) }
        guard op == "TJ" else {
            if let bytes = operands.last?.string { show(bytes, in: scope, cursor: &cursor) }
            return
        }
        for item in operands.last?.array ?? [] {
            if let bytes = item.string {
                show(bytes, in: scope, cursor: &cursor)
            } else if let adjust = item.number {
                cursor.advance(-adjust / 1000 * cursor.state.fontSize * cursor.state.scale)
            }
        }
    }

    /// Places one string's glyphs and keeps the text as a piece at its start and end on the baseline.
    private mutating func show(_ bytes: [UInt8], in scope: Scope, cursor: inout Cursor) {
        guard let current = font(cursor.state.fontKey, in: scope) else { return }
        if !current.hasUnicode { missingUnicode = true }
        let state = cursor.state
        var text = ""
        let start = cursor.textMatrix.concatenating(state.ctm)
        let size = state.fontSize * start.verticalScale
        for code in current.codes(bytes) {
            text += current.text(code)
            var advance = current.width(code) / 1000 * state.fontSize + state.charSpacing
            if current.isWordSpace(code) { advance += state.wordSpacing }
            cursor.advance(advance * state.scale)
        }
        let end = cursor.textMatrix.concatenating(state.ctm)
        guard !text.isEmpty else { return }
        pieces.append(PDFTextPiece(x: start.e, y: start.f, endX: end.e, size: max(size, 1), text: text))
    }

    /// The font a resource name stands for, loaded once per stream depth and resource set.
    private mutating func font(_ key: String, in scope: Scope) -> PDFFont? {
        let cacheKey = "\(scope.depth):\(key):\(scope.fonts.count)"
        if let cached = fonts[cacheKey] { return cached }
        guard let reference = scope.fonts[key], let dictionary = file.resolve(reference).dictionary else {
            return nil
        }
        let loaded = PDFFont(dictionary, file: file)
        fonts[cacheKey] = loaded
        return loaded
    }

    /// `Do`: a form is read with its own resources and matrix and its text moved into this stream's space; an image
    /// is counted.
    private mutating func draw(_ operands: [PDFObject], in scope: Scope, cursor: inout Cursor) {
        guard case .name(let key)? = operands.first, let reference = scope.xObjects[key],
            case .stream(let dictionary, _) = file.resolve(reference)
        else { return }
        guard dictionary["Subtype"]?.name == "Form", let data = try? file.streamData(reference) else {
            if dictionary["Subtype"]?.name == "Image" { imageCount += 1 }
            return
        }
        var formResources = dictionary["Resources"].flatMap { file.resolve($0).dictionary } ?? scope.resources
        if formResources.isEmpty { formResources = scope.resources }
        var ctm = cursor.state.ctm
        if let matrix = dictionary["Matrix"]?.array?.compactMap(\.number), matrix.count == 6 {
            ctm = PDFMatrix(matrix).concatenating(ctm)
        }
        var nested = PDFContentReader(file: file)
        nested.operationCount = operationCount
        nested.read(content: data, resources: formResources, depth: scope.depth + 1)
        pieces += nested.pieces.map { piece in
            var moved = piece
            moved.x = piece.x * ctm.a + piece.y * ctm.c + ctm.e
            moved.y = piece.x * ctm.b + piece.y * ctm.d + ctm.f
            moved.endX = piece.endX * ctm.a + piece.y * ctm.c + ctm.e
            return moved
        }
        imageCount += nested.imageCount
        missingUnicode = missingUnicode || nested.missingUnicode
        operationCount = nested.operationCount
    }

    /// `BI`: an inline image is counted and its data skipped up to the `EI` that stands between white space.
    private mutating func skipInlineImage(in content: [UInt8], parser: inout PDFParser) {
        imageCount += 1
        guard let dataStart = PDFParser.find(Array("ID".utf8), in: content, from: parser.position) else { return }
        var index = dataStart + 3
        while index + 2 < content.count {
            if content[index] == 0x45, content[index + 1] == 0x49, PDFParser.isWhitespace(content[index - 1]),
                PDFParser.isWhitespace(content[index + 2])
            {
                break
            }
            index += 1
        }
        parser.position = index + 2
    }
}
