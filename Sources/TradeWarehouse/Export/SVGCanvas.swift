import Foundation

/// SVG elements as text: coordinates with one decimal, text XML-escaped.
struct SVGCanvas {
    func rect(x: Double, y: Double, width: Double, height: Double, fill: String, opacity: Double = 1) -> String {
        "<rect x=\(q(x)) y=\(q(y)) width=\(q(width)) height=\(q(height)) fill=\"\(fill)\" fill-opacity=\"\(opacity)\"/>\n"
    }

    func text(_ content: String, x: Double, y: Double, anchor: String, size: Int, bold: Bool = false, fill: String? = nil) -> String {
        "<text x=\(q(x)) y=\(q(y)) text-anchor=\"\(anchor)\" font-size=\"\(size)\"\(bold ? " font-weight=\"bold\"" : "")"
            + (fill.map { " fill=\"\($0)\"" } ?? "") + ">" + Self.escaped(content) + "</text>\n"
    }

    func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1) -> String {
        "<line x1=\(q(x1)) y1=\(q(y1)) x2=\(q(x2)) y2=\(q(y2)) stroke=\"\(stroke)\"\(width == 1 ? "" : " stroke-width=\"\(fmt(width))\"")/>\n"
    }

    /// A line through `points`, with a dot on each (a lone point is a dot only).
    func polyline(_ points: [(x: Double, y: Double)], color: String) -> String {
        let dots = points.map { "<circle cx=\(q($0.x)) cy=\(q($0.y)) r=\"3\" fill=\"\(color)\"/>\n" }.joined()
        guard points.count > 1 else { return dots }
        let list = points.map { "\(fmt($0.x)),\(fmt($0.y))" }.joined(separator: " ")
        return "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"/>\n" + dots
    }

    /// The whole document: `width` × `height`, a white background, the title on top.
    func document(title: String, width: Double, height: Double, body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
        viewBox="0 0 \(Int(width)) \(Int(height))" font-family="DejaVu Sans, Arial, sans-serif">
        <title>\(Self.escaped(title))</title>
        <rect width="100%" height="100%" fill="#ffffff"/>
        \(text(title, x: width / 2, y: 32, anchor: "middle", size: 18, bold: true))\(body)</svg>

        """
    }

    private func q(_ value: Double) -> String { "\"\(fmt(value))\"" }

    func fmt(_ value: Double) -> String { String(format: "%.1f", value) }

    /// XML text: `&`, `<`, `>`, quotes escaped; control characters dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: if scalar.value >= 0x20 || scalar == "\t" { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
