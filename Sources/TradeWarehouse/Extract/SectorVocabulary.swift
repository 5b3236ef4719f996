/// The words that say which enterprises a figure covers, in both languages.
extension ExtractionVocabulary {
    /// Which enterprises a figure covers.
    static let sectors: [(String, Sector)] = [
        ("khu vực có vốn đầu tư nước ngoài", .fdi), ("doanh nghiệp có vốn đầu tư nước ngoài", .fdi),
        ("doanh nghiệp có vốn đầu tư trực tiếp nước ngoài", .fdi), ("khu vực có vốn đầu tư trực tiếp nước ngoài", .fdi),
        ("khu vực đầu tư nước ngoài", .fdi), ("doanh nghiệp đầu tư nước ngoài", .fdi), ("foreign-invested sector", .fdi),
        ("khu vực vốn đầu tư nước ngoài", .fdi), ("khu vực FDI", .fdi), ("doanh nghiệp FDI", .fdi),
        ("khối FDI", .fdi), ("khối doanh nghiệp FDI", .fdi), ("các doanh nghiệp FDI", .fdi),
        ("foreign-invested", .fdi), ("foreign invested", .fdi), ("FDI sector", .fdi), ("FDI firms", .fdi),
        ("foreign direct investment (FDI) sector", .fdi), ("foreign direct investment sector", .fdi),
        ("foreign direct investment (FDI)", .fdi), ("foreign direct investment (FDI) enterprises", .fdi),
        ("FDI businesses", .fdi), ("FDI companies", .fdi), ("foreign firms", .fdi), ("foreign-invested enterprises", .fdi),
        ("DN FDI", .fdi), ("khối DN FDI", .fdi), ("các DN FDI", .fdi), ("khu vực đầu tư trực tiếp nước ngoài", .fdi),
        ("doanh nghiệp vốn đầu tư nước ngoài", .fdi), ("khối doanh nghiệp có vốn đầu tư nước ngoài", .fdi),
        ("DN trong nước", .domestic), ("khối DN trong nước", .domestic), ("domestic-invested", .domestic),
        ("FDI enterprises", .fdi), ("foreign direct invested", .fdi), ("foreign-owned", .fdi),
        ("khu vực kinh tế trong nước", .domestic), ("doanh nghiệp trong nước", .domestic),
        ("khu vực trong nước", .domestic), ("khối doanh nghiệp trong nước", .domestic), ("khối trong nước", .domestic),
        ("doanh nghiệp 100% vốn trong nước", .domestic), ("domestic sector", .domestic), ("domestic firms", .domestic),
        ("domestic enterprises", .domestic), ("domestic companies", .domestic), ("domestic businesses", .domestic),
        ("domestic economic sector", .domestic), ("local firms", .domestic), ("locally-owned", .domestic),
    ]

    /// Words that point back to the sector just named ("xuất khẩu của khối này").
    static let sectorAnaphora = ["khối này", "khu vực này", "this sector", "the sector", "these firms", "this group"]
}
