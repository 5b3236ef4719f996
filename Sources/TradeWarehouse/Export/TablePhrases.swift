/// The words a table is read in, one set per language: a header for each column of the named
/// queries, listings and pages (by column name), and words for the codes their cells hold (flows,
/// sectors, how a figure was obtained, a check's outcome). Data, not code: `TableWording` uses it.
struct TablePhrases {
    /// Column name → header.
    let headers: [String: String]
    /// Cell code → words (`export` → "Xuất khẩu"), for the columns in `TableWording.codeColumns`.
    let values: [String: String]

    static let vietnamese = TablePhrases(
        headers: [
            "period": "Kỳ", "months": "Số tháng", "flow": "Chiều", "partner": "Thị trường", "commodity": "Mặt hàng",
            "sector": "Khu vực", "value_usd": "Trị giá", "prior_value_usd": "Cùng kỳ năm trước", "delta_usd": "Tăng/giảm",
            "delta_pct": "Tăng/giảm (%)", "basis": "Cách tính", "source": "Nguồn", "export_usd": "Xuất khẩu",
            "import_usd": "Nhập khẩu", "balance_usd": "Cán cân", "turnover_usd": "Tổng kim ngạch",
            "previous_period": "Kỳ trước", "previous_value_usd": "Trị giá kỳ trước", "of": "Trong tổng của",
            "whole_usd": "Trị giá tổng", "share_pct": "Tỷ trọng (%)", "rank": "Hạng", "check_name": "Phép đối chiếu",
            "expected": "Số kỳ vọng", "actual": "Số thực tế", "difference": "Chênh lệch", "tolerance": "Sai số cho phép",
            "status": "Kết quả", "detail": "Chi tiết", "id": "Mã bản", "path": "Tệp", "format": "Định dạng",
            "row_count": "Số dòng", "new": "Mới", "confirmed": "Xác nhận", "revised": "Điều chỉnh",
            "published_on": "Ngày công bố", "ingested_at": "Thời điểm nạp", "replaced_by": "Được thay bằng",
            "sha256_prefix": "SHA-256", "code": "Mã", "kind": "Loại", "name_vi": "Tên tiếng Việt", "name_en": "Tên tiếng Anh",
            "aliases": "Tên khác", "flows": "Chiều", "group": "Nhóm", "member": "Thành viên", "member_name": "Tên thành viên",
            "valid_from": "Từ ngày", "valid_to": "Đến ngày", "release_id": "Bản", "line": "Dòng", "text": "Câu gốc",
            "quantity": "Lượng", "unit": "Đơn vị", "yoy_pct": "So với cùng kỳ, theo bản (%)", "qualifier": "Mức",
            "estimate": "Ước tính", "standing": "Tình trạng",
        ],
        values: [
            "export": "Xuất khẩu", "import": "Nhập khẩu", "balance": "Cán cân", "turnover": "Tổng kim ngạch",
            "ALL": "Mọi doanh nghiệp", "FDI": "Doanh nghiệp FDI", "DOMESTIC": "Doanh nghiệp trong nước",
            "reported": "Công bố", "computed": "Tính ra", "derived": "Tính ra", "implied": "Suy ra từ %",
            "ok": "Khớp", "mismatch": "Lệch", "revised": "Đã điều chỉnh", "country": "Quốc gia", "both": "Cả hai chiều",
            "world": "Thế giới", "group": "Nhóm", "stale": "Cần tính lại", "cumulative": "Lũy kế và các tháng",
            "revision": "Điều chỉnh", "yoy_pct": "% so với cùng kỳ", "over": "hơn", "under": "dưới", "approx": "khoảng",
            "estimate": "Ước tính", "current": "Đang dùng", "replaced": "Đã bị thay",
        ])

    static let english = TablePhrases(
        headers: [
            "period": "Period", "months": "Months", "flow": "Flow", "partner": "Partner", "commodity": "Commodity",
            "sector": "Sector", "value_usd": "Value", "prior_value_usd": "A year earlier", "delta_usd": "Change",
            "delta_pct": "Change (%)", "basis": "Basis", "source": "Source", "export_usd": "Exports",
            "import_usd": "Imports", "balance_usd": "Balance", "turnover_usd": "Turnover",
            "previous_period": "Previous period", "previous_value_usd": "Previous value", "of": "Share of",
            "whole_usd": "Whole", "share_pct": "Share (%)", "rank": "Rank", "check_name": "Check",
            "expected": "Expected", "actual": "Actual", "difference": "Difference", "tolerance": "Tolerance",
            "status": "Outcome", "detail": "Detail", "id": "Release", "path": "File", "format": "Format",
            "row_count": "Rows", "new": "New", "confirmed": "Confirmed", "revised": "Revised",
            "published_on": "Published", "ingested_at": "Loaded", "replaced_by": "Replaced by",
            "sha256_prefix": "SHA-256", "code": "Code", "kind": "Kind", "name_vi": "Vietnamese name", "name_en": "English name",
            "aliases": "Other names", "flows": "Flows", "group": "Group", "member": "Member", "member_name": "Member's name",
            "valid_from": "From", "valid_to": "To", "release_id": "Release", "line": "Line", "text": "Sentence",
            "quantity": "Quantity", "unit": "Unit", "yoy_pct": "Change stated (%)", "qualifier": "Qualifier",
            "estimate": "Estimate", "standing": "Standing",
        ],
        values: [
            "export": "Exports", "import": "Imports", "balance": "Balance", "turnover": "Turnover",
            "ALL": "All enterprises", "FDI": "Foreign-invested", "DOMESTIC": "Domestic",
            "reported": "Reported", "computed": "Computed", "derived": "Derived", "implied": "Implied by a %",
            "ok": "Agrees", "mismatch": "Mismatch", "revised": "Revised", "country": "Country", "both": "Both",
            "world": "World", "group": "Group", "stale": "To recompute", "cumulative": "Span and its months",
            "revision": "Revision", "yoy_pct": "% on a year earlier", "over": "over", "under": "under", "approx": "about",
            "estimate": "Estimate", "current": "In use", "replaced": "Replaced",
        ])

    static func of(_ language: Language) -> TablePhrases { language == .vi ? vietnamese : english }
}
