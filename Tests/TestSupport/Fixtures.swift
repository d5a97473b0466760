import Foundation

/// Paths to the repository and its fixtures, for tests.
public enum Fixtures {
    /// A new, empty directory under the system's temporary directory (`tnb-LABEL-UUID`); the
    /// caller removes it.
    public static func scratchDirectory(_ label: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tnb-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// The repository root, found from this file's path.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path under the repository root.
    public static func path(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The text of a file under the repository root.
    public static func text(_ relative: String) throws -> String {
        try String(contentsOf: path(relative), encoding: .utf8)
    }
}
