/// Why an XML part is not well-formed, and where.
///
/// `line` is 1-based and lines end at LF (CR alone does not count). `column` is 1-based and counts
/// bytes, not characters, from the start of the line. The place is that of the offending byte,
/// except that a part ending too early is placed just after its last byte, and a closing tag that
/// does not match is placed just after the tag (it is known to be wrong only once read).
struct XMLSyntaxError: Error, Equatable {
    /// What is wrong, in the words the user reads.
    enum Reason: String {
        case notXML = "the content is not XML"
        case endsTooEarly = "the XML ends too early (the part is cut short)"
        case invalidCharacter = "an invalid character (not UTF-8, or a control character)"
        case invalidCharacterReference =
            "a character reference (&#...;) is malformed or stands for a character XML does not allow"
        case unknownEntity = "an unknown entity (an & that does not start &amp;, &lt;, &gt;, &quot;, &apos; or &#...;)"
        case malformedTag = "a tag or attribute is malformed"
        case tagNotClosed = "a tag is not closed"
        case mismatchedTag = "a closing tag does not match the opening tag"
        case contentAfterEnd = "there is content after the end of the document"
        case documentType = "a DTD (<!DOCTYPE …>), which spreadsheets never contain, is not accepted"
        case nestedTooDeeply = "elements are nested too deeply (more than 256 levels)"
    }

    let reason: Reason
    let line: Int
    let column: Int
}
