/// An affine transformation [a b c d e f] as PDF writes it.
struct PDFMatrix {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

    static let identity = PDFMatrix()

    init() {}

    init(_ values: [Double]) {
        guard values.count == 6 else { return }
        (a, b, c, d, e, f) = (values[0], values[1], values[2], values[3], values[4], values[5])
    }

    /// self × other (self applied first).
    func concatenating(_ other: PDFMatrix) -> PDFMatrix {
        var result = PDFMatrix()
        result.a = a * other.a + b * other.c
        result.b = a * other.b + b * other.d
        result.c = c * other.a + d * other.c
        result.d = c * other.b + d * other.d
        result.e = e * other.a + f * other.c + other.e
        result.f = e * other.b + f * other.d + other.f
        return result
    }

    static func translation(_ x: Double, _ y: Double) -> PDFMatrix {
        var matrix = PDFMatrix()
        matrix.e = x
        matrix.f = y
        return matrix
    }

    /// The vertical scale, used for the effective font size.
    var verticalScale: Double { (b * b + d * d).squareRoot() }
}
