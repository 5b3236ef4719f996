import Foundation

/// Reads a bulletin's text from a file or standard input.
public enum BulletinText {
    public static func read(_ path: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw IngestError.unreadable(file: path, reason: "no such file")
            }
            if isDirectory.boolValue { throw IngestError.unreadable(file: path, reason: "it is a folder") }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw IngestError.unreadable(file: path, reason: "permission denied")
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw IngestError.malformed(file: path, message: "the text is not valid UTF-8")
        }
        return text
    }
}
