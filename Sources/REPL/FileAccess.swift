#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file operation failed, in words for a message.
public struct FileProblem: Error, Sendable, Equatable {
    /// The reason: `no such file or directory`.
    public var reason: String

    init(_ reason: String) {
        self.reason = reason
    }

    /// The reason for the current `errno`, lowercased to suit messages.
    static func fromErrno() -> FileProblem {
        let code = errno
        guard let text = strerror(code) else { return FileProblem("error \(code)") }
        var reason = String(cString: text)
        if let first = reason.first { reason = first.lowercased() + reason.dropFirst() }
        return FileProblem(reason)
    }
}

/// The file operations the REPL needs beyond `Notebook.FileSystem`'s: private history files, directory
/// listings for completion, `~/`, and the environment.
public enum FileAccess {
    /// The whole of a file as text.
    public static func read(_ path: String) -> Result<String, FileProblem> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.fromErrno()) }
        defer { close(descriptor) }
        return readAll(descriptor)
    }

    /// Everything left in an open file.
    static func readAll(_ descriptor: Int32) -> Result<String, FileProblem> {
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            return .failure(FileProblem("it is a directory"))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.fromErrno())
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Writes a file so that readers see either the old text or the new, never a mix: the
    /// text goes to a temporary file beside it, which then replaces it.
    public static func writeAtomically(_ path: String, _ text: String, mode: mode_t = 0o644) -> FileProblem? {
        let temporary = "\(path).tmp.\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return .fromErrno() }
        var problem = writeAll(descriptor, text)
        if problem == nil, fsync(descriptor) != 0 { problem = .fromErrno() }
        if close(descriptor) != 0, problem == nil { problem = .fromErrno() }
        if problem == nil, rename(temporary, path) != 0 { problem = .fromErrno() }
        if problem != nil { unlink(temporary) }
        return problem
    }

    /// Writes all of a text to an open file.
    static func writeAll(_ descriptor: Int32, _ text: String) -> FileProblem? {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return .fromErrno()
            }
            offset += written
        }
        return nil
    }

    /// Creates a directory and its parents (mode 0700, as the XDG spec asks for state).
    public static func makeDirectories(_ path: String) -> FileProblem? {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part + "/"
            if mkdir(prefix, 0o700) != 0, errno != EEXIST { return .fromErrno() }
        }
        return nil
    }

    /// The entries of a directory (without `.` and `..`), with whether each is a directory.
    public static func list(_ directory: String) -> [(name: String, isDirectory: Bool)] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var entries: [(String, Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            entries.append((name, isDirectory(directory + "/" + name)))
        }
        return entries
    }

    /// Whether a path names a directory (following links).
    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// A path with a leading `~/` replaced by the home directory.
    public static func expandingTilde(_ path: String, home: String?) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }

    /// The value of an environment variable, if set and not empty.
    public static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
}
