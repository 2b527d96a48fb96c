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

    mutating func read(content: [UInt8], resources: [String: PDFObject], depth: Int = 0) {
        guard depth < 8 else { return }
        var parser = PDFParser(content)
        var operands: [PDFObject] = []
        var stack: [State] = []
        var state = State()
        var textMatrix = PDFMatrix.identity
        var lineMatrix = PDFMatrix.identity
        let fontResources = resources["Font"].flatMap { file.resolve($0).dictionary } ?? [:]
        let xObjects = resources["XObject"].flatMap { file.resolve($0).dictionary } ?? [:]

        func font(_ key: String) -> PDFFont? {
            let cacheKey = "\(depth):\(key):\(fontResources.count)"
            if let cached = fonts[cacheKey] { return cached }
            guard let reference = fontResources[key], let dictionary = file.resolve(reference).dictionary else {
                return nil
            }
            let loaded = PDFFont(dictionary, file: file)
            fonts[cacheKey] = loaded
            return loaded
        }

        func show(_ bytes: [UInt8]) {
            guard let current = font(state.fontKey) else { return }
            if !current.hasUnicode { missingUnicode = true }
            var text = ""
            let start = textMatrix.concatenating(state.ctm)
            let size = state.fontSize * start.verticalScale
            for code in current.codes(bytes) {
                text += current.text(code)
                var advance = current.width(code) / 1000 * state.fontSize + state.charSpacing
                if current.isWordSpace(code) { advance += state.wordSpacing }
                textMatrix = PDFMatrix.translation(advance * state.scale, 0).concatenating(textMatrix)
            }
            let end = textMatrix.concatenating(state.ctm)
            guard !text.isEmpty else { return }
            pieces.append(PDFTextPiece(x: start.e, y: start.f, endX: end.e, size: max(size, 1), text: text))
        }

        func nextLine() {
            lineMatrix = PDFMatrix.translation(0, -state.leading).concatenating(lineMatrix)
            textMatrix = lineMatrix
        }

        while let object = try? parser.parseObject() {
            operationCount += 1
            if operationCount > maximumOperations { return }
            guard case .keyword(let op) = object else {
                operands.append(object)
                continue
            }
            let numbers = operands.compactMap(\.number)
            switch op {
            case "q": stack.append(state)
            case "Q": if let saved = stack.popLast() { state = saved }
            case "cm": if numbers.count == 6 { state.ctm = PDFMatrix(numbers).concatenating(state.ctm) }
            case "BT": textMatrix = .identity; lineMatrix = .identity
            case "Tf":
                if case .name(let key)? = operands.first { state.fontKey = key }
                state.fontSize = numbers.last ?? state.fontSize
            case "Tc": state.charSpacing = numbers.last ?? 0
            case "Tw": state.wordSpacing = numbers.last ?? 0
            case "Tz": state.scale = (numbers.last ?? 100) / 100
            case "TL": state.leading = numbers.last ?? 0
            case "Ts": state.rise = numbers.last ?? 0
            case "Td", "TD":
                if numbers.count == 2 {
                    if op == "TD" { state.leading = -numbers[1] }
                    lineMatrix = PDFMatrix.translation(numbers[0], numbers[1]).concatenating(lineMatrix)
                    textMatrix = lineMatrix
                }
            case "Tm":
                if numbers.count == 6 { lineMatrix = PDFMatrix(numbers); textMatrix = lineMatrix }
            case "T*": nextLine()
            case "Tj": if let bytes = operands.last?.string { show(bytes) }
            case "'":
                nextLine()
                if let bytes = operands.last?.string { show(bytes) }
            case "\"":
                if numbers.count >= 2 { state.wordSpacing = numbers[0]; state.charSpacing = numbers[1] }
                nextLine()
                if let bytes = operands.last?.string { show(bytes) }
            case "TJ":
                for item in operands.last?.array ?? [] {
                    if let bytes = item.string {
                        show(bytes)
                    } else if let adjust = item.number {
                        let shift = -adjust / 1000 * state.fontSize * state.scale
                        textMatrix = PDFMatrix.translation(shift, 0).concatenating(textMatrix)
                    }
                }
            case "Do":
                guard case .name(let key)? = operands.first, let reference = xObjects[key],
                    case .stream(let dictionary, _) = file.resolve(reference)
                else { break }
                if dictionary["Subtype"]?.name == "Form", let data = try? file.streamData(reference) {
                    var formResources = dictionary["Resources"].flatMap { file.resolve($0).dictionary } ?? resources
                    if formResources.isEmpty { formResources = resources }
                    let saved = state.ctm
                    if let matrix = dictionary["Matrix"]?.array?.compactMap(\.number), matrix.count == 6 {
                        state.ctm = PDFMatrix(matrix).concatenating(state.ctm)
                    }
                    var nested = PDFContentReader(file: file)
                    nested.operationCount = operationCount
                    nested.read(content: data, resources: formResources, depth: depth + 1)
                    let ctm = state.ctm
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
                    state.ctm = saved
                } else if dictionary["Subtype"]?.name == "Image" {
                    imageCount += 1
                }
            case "BI":
                // Inline image: skip to "EI" after the data.
                imageCount += 1
                if let dataStart = PDFParser.find(Array("ID".utf8), in: content, from: parser.position) {
                    var index = dataStart + 3
                    while index + 2 < content.count {
                        if content[index] == 0x45, content[index + 1] == 0x49,
                            PDFParser.isWhitespace(content[index - 1]),
                            PDFParser.isWhitespace(content[index + 2])
                        {
                            break
                        }
                        index += 1
                    }
                    parser.position = index + 2
                }
            default:
                break
            }
            operands.removeAll(keepingCapacity: true)
        }
    }
}
