// The ids of the rows every warehouse's `flow` and `sector` tables start with (inserted by migration
// 0001 and by the baseline, Migrations/baseline/0010_tables.sql), so that ingest writes a figure's
// flow and sector without looking them up. SchemaBaselineTests checks them against the tables.

extension Flow {
    /// The id of the flow's row in table `flow`.
    public var id: Int64 {
        switch self {
        case .export: return 1
        case .import: return 2
        case .balance: return 3
        case .turnover: return 4
        }
    }
}

extension Sector {
    /// The id of the sector's row in table `sector`.
    public var id: Int64 {
        switch self {
        case .all: return 1
        case .fdi: return 2
        case .domestic: return 3
        }
    }
}
