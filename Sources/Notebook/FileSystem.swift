#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be read or written: the path as given and the system's reason.
public struct FileError: Error, Sendable, Equatable {
    /// The path as given.
    public var path: String
    /// The system's reason, such as `No such file or directory`.
    public var reason: String

    init(_ path: String, errno code: Int32) {
        self.path = path
        self.reason = String(cString: strerror(code))
    }
}

/// Reading, atomic writing and directory checks, on plain POSIX calls.
public enum FileSystem {
    /// The whole file as UTF-8 text (malformed bytes become U+FFFD).
    public static func read(_ path: String) -> Result<String, FileError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(FileError(path, errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            return .failure(FileError(path, errno: EISDIR))
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(FileError(path, errno: errno))
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether two paths name the same existing file.
    public static func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// Whether a path names an existing directory.
    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Writes `text` to `path` atomically: a temporary file in the same directory is written,
    /// flushed to disk and renamed over the target, so a reader sees the old file or the new one,
    /// never a half-written one. On failure the temporary file is removed and the target is untouched.
    public static func writeAtomically(_ text: String, to path: String) -> Result<Void, FileError> {
        writeAtomically([(text, path)])[0]
    }

    /// Writes several files, each atomically as `writeAtomically(_:to:)` does, with one result per
    /// file in the order given. Every temporary file is written and flushed (on all cores) before
    /// any is renamed, and each directory is flushed once at the end rather than once per file:
    /// flushing is what costs, about a millisecond a call. A crash part way through leaves each
    /// target either old or new. When two files have the same path, the later one wins.
    public static func writeAtomically(_ files: [(text: String, path: String)]) -> [Result<Void, FileError>] {
        let temporaries = BatchRunner.concurrently(files.count) { index in
            writeTemporary(files[index].text, beside: files[index].path)
        }
        var results: [Result<Void, FileError>] = []
        var directories: [String] = []
        var seen: Set<String> = []
        for (file, temporary) in zip(files, temporaries) {
            switch temporary {
            case .failure(let error):
                results.append(.failure(error))
            case .success(let temporary):
                guard rename(temporary, file.path) == 0 else {
                    let failure = errno
                    unlink(temporary)
                    results.append(.failure(FileError(file.path, errno: failure)))
                    continue
                }
                results.append(.success(()))
                let directory = split(file.path).directory
                if seen.insert(directory).inserted { directories.append(directory) }
            }
        }
        for directory in directories { syncDirectory(directory.isEmpty ? "." : directory) }
        return results
    }

    /// Writes `text` to a new temporary file beside `path` and flushes it to disk; returns the
    /// temporary's path. On failure nothing is left behind.
    static func writeTemporary(_ text: String, beside path: String) -> Result<String, FileError> {
        let (directory, file) = split(path)
        var temporary = ""
        var descriptor: Int32 = -1
        for attempt in 0..<100 {
            temporary = directory + "." + file + ".tnb-\(getpid())-\(attempt).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { return .failure(FileError(path, errno: errno)) }
        var failure: Int32 = 0
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            return .failure(FileError(path, errno: failure))
        }
        return .success(temporary)
    }

    /// Flushes a directory so a rename in it survives a crash.
    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// `dir/sub/` and `file` of `dir/sub/file`; the directory part keeps its final `/`.
    static func split(_ path: String) -> (directory: String, file: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// A path's file name with its extension replaced: `Notebooks/a.tnb` gives `a.txt` for `txt`.
    public static func reportFileName(for notebook: String, extension suffix: String) -> String {
        var name = split(notebook).file
        if name.hasSuffix(".tnb") { name.removeLast(4) }
        return name + "." + suffix
    }

    /// The report path beside a notebook: `Notebooks/a.tnb` gives `Notebooks/a.txt`.
    public static func reportPath(beside notebook: String, extension suffix: String) -> String {
        split(notebook).directory + reportFileName(for: notebook, extension: suffix)
    }
}
