import ArgumentParser
import TradeWarehouse

/// Shell completions of partner and commodity codes, from the reference data the binary carries
/// (no warehouse needed): `tradewh query yoy --partner C<TAB>` offers CA, CH, CN...
enum ReferenceCompletion {
    /// Completes `--partner`.
    static let partner = CompletionKind.custom { _, _, _ in codes(\.partners) }

    /// Completes `--commodity`.
    static let commodity = CompletionKind.custom { _, _, _ in codes(\.commodities) }

    /// Completes the last code of a comma-separated list (`--members CN,J<TAB>`), keeping the ones before it.
    static let partnerList = CompletionKind.custom { _, _, prefix in
        let kept = prefix.lastIndex(of: ",").map { String(prefix[...$0]) } ?? ""
        return codes(\.partners).map { kept + $0 }
    }

    private static func codes(_ index: KeyPath<ReferenceData, NameIndex>) -> [String] {
        ((try? ReferenceData.builtIn())?[keyPath: index].entries ?? []).map(\.code)
    }
}
