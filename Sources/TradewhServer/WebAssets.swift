import Foundation

/// The web app's embedded assets (see the EmbedWebAssets plugin), decoded by name.
enum WebAssets {
    /// The text of asset `name`; nil when the binary carries no such asset.
    static func text(_ name: String) -> String? {
        guard let base64 = embeddedWebAssets[name], let bytes = Data(base64Encoded: base64) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
