/// What a table cell holds where a number is expected.
enum CellNumber: Equatable {
    /// Empty, or a dash or dots standing for "no figure".
    case blank
    case number(ExactNumber)
    /// Text that is not a number in the table's style, with why.
    case invalid(String)
}
