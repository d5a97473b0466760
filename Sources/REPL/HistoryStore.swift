import Platform
import Presentation

/// The REPL's history file, shared by every session of the same user.
///
/// One entry a line; a newline inside an entry is written `\n` and a backslash `\\`. Sessions
/// append under an exclusive `flock` on `history.lock`: each reads the file as it is now, adds
/// its new entries, keeps the last `limit`, writes a temporary file and renames it over the
/// history. Two sessions exiting at once therefore both keep their lines, and a reader never
/// sees a half-written file.
public struct HistoryStore: Sendable {
    /// The history file.
    public let path: String
    /// How many entries the file keeps.
    public let limit: Int

    /// Makes a store for a history file.
    public init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = max(1, limit)
    }

    /// `$XDG_STATE_HOME/tnb/history`, or `~/.local/state/tnb/history`; nil when neither is known.
    /// (The XDG spec ignores a relative `XDG_STATE_HOME`.)
    public static func defaultPath(environment: (String) -> String? = Files.environment) -> String? {
        if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/tnb/history" }
        guard let home = environment("HOME") else { return nil }
        return home + "/.local/state/tnb/history"
    }

    /// The directory the file lives in.
    var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The entries in the file, oldest first; none if it does not exist yet.
    public func load() -> [String] {
        guard case .success(let text) = Files.read(path, regularOnly: true) else { return [] }
        return HistoryStore.decode(text)
    }

    /// Adds entries to the file, merging with whatever other sessions wrote meanwhile.
    public func append(_ entries: [String]) -> FileError? {
        guard !entries.isEmpty else { return nil }
        if let problem = Files.makeDirectories(directory) { return problem }
        let lock = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { return FileError(path + ".lock", errno: errno) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            if errno != EINTR { return FileError(path + ".lock", errno: errno) }
        }
        defer { flock(lock, LOCK_UN) }
        var merged = load() + entries
        if merged.count > limit { merged.removeFirst(merged.count - limit) }
        if case .failure(let error) = Files.writeAtomically(HistoryStore.encode(merged), to: path, mode: 0o600) {
            return error
        }
        return nil
    }

    /// The file's text for some entries.
    public static func encode(_ entries: [String]) -> String {
        var text = String.UnicodeScalarView()
        for entry in entries {
            for scalar in entry.unicodeScalars {
                switch scalar {
                case "\\": text += ["\\", "\\"]
                case "\n": text += ["\\", "n"]
                case "\r": text += ["\\", "r"]
                default: text.append(scalar)
                }
            }
            text.append("\n")
        }
        return String(text)
    }

    /// The entries in a file's text; a backslash before anything but `n`, `r` or `\` is kept.
    public static func decode(_ text: String) -> [String] {
        var entries: [String] = []
        var entry = String.UnicodeScalarView()
        var escaped = false
        func finish() {
            if escaped { entry.append("\\") }
            escaped = false
            let line = String(entry)
            if !line.trimmingBlanks().isEmpty { entries.append(line) }
            entry = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if escaped {
                switch scalar {
                case "n": entry.append("\n")
                case "r": entry.append("\r")
                case "\\": entry.append("\\")
                default: entry += ["\\", scalar]
                }
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if scalar == "\n" {
                finish()
            } else {
                entry.append(scalar)
            }
        }
        finish()
        return entries
    }

    /// The history entry for an input: without trailing blanks (Tab completion leaves a space),
    /// and, when typed over several lines, one line joined by spaces (as bash does) unless a
    /// `//` comment would then swallow the rest.
    public static func entry(for lines: [String]) -> String {
        if lines.count > 1, !lines.dropLast().contains(where: { $0.contains("//") }) {
            return lines.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        var text = lines.joined(separator: "\n")
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return String(text)
    }
}
