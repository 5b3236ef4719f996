/// One name of a partner or commodity, in one language.
public struct ReferenceName: Sendable, Equatable {
    /// The code of the partner or commodity it names.
    public let code: String
    /// The name as the reference data spells it.
    public let name: String
    /// The language it is written in.
    public let language: Language

    /// A name of the entry `code`, in `language`.
    public init(code: String, name: String, language: Language) {
        self.code = code
        self.name = name
        self.language = language
    }
}
