import Dispatch

/// Why a file could not be read or written: the path as given and the system's reason.
public struct FileError: Error, Sendable, Equatable {
    /// The path as given.
    public var path: String
    /// The system's reason, such as `No such file or directory`.
    public var reason: String

    /// The error for a system error number.
    public init(_ path: String, errno code: Int32) {
        self.path = path
        self.reason = String(cString: strerror(code))
    }

    /// An error with a reason of tnb's own.
    public init(_ path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The reason with a lowercase first letter, to follow a colon in a message.
    public var lowercasedReason: String { reason.prefix(1).lowercased() + reason.dropFirst() }
}

/// The file layer: reading, atomic writing, directories and listings, on plain POSIX calls.
public enum Files {
    /// The most bytes tnb reads from one source: a file, standard input, a piped line. One byte
    /// more is read, so that the parser can say the input is too large.
    public static let maximumReadBytes = 32 << 20

    /// The file as UTF-8 text (malformed bytes become U+FFFD), at most `limit` bytes and one
    /// more: a device that never ends (`/dev/zero`) is read no further. With `regularOnly`, a
    /// path that is not a regular file (a FIFO, a device) is refused without blocking on it.
    public static func read(_ path: String, limit: Int = maximumReadBytes, regularOnly: Bool = false)
        -> Result<String, FileError>
    {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (regularOnly ? O_NONBLOCK : 0))
        guard descriptor >= 0 else { return .failure(FileError(path, errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR { return .failure(FileError(path, errno: EISDIR)) }
            if regularOnly, type != S_IFREG { return .failure(FileError(path, reason: "it is not a regular file")) }
        }
        return readAll(descriptor, name: path, limit: limit)
    }

    /// Everything left on an open descriptor (such as standard input, named `name` in errors),
    /// at most `limit` bytes and one more.
    public static func readAll(_ descriptor: Int32, name: String, limit: Int = maximumReadBytes)
        -> Result<String, FileError>
    {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while bytes.count <= limit {
            let wanted = min(buffer.count, limit + 1 - bytes.count)
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(FileError(name, errno: errno))
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether two paths name the same existing file.
    public static func isSameFile(_ first: String, _ second: String) -> Bool {
        guard let a = identity(of: first), let b = identity(of: second) else { return false }
        return a == b
    }

    /// Which file a path names (its device and inode, following links), or nil when there is
    /// none: two paths with one identity are one file.
    public struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    /// The identity of the file at `path`, or nil when nothing is there.
    public static func identity(of path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    /// Whether a path names an existing directory (following links).
    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// Writes `text` to `path` atomically: a temporary file in the same directory is written,
    /// flushed to disk and renamed over the target, so a reader sees the old file or the new one,
    /// never a half-written one. On failure the temporary file is removed and the target is
    /// untouched. See `writeAtomically(_:mode:)` for devices, links, modes and read-only files.
    public static func writeAtomically(_ text: String, to path: String, mode: mode_t = 0o644) -> Result<Void, FileError>
    {
        writeAtomically([(text, path)], mode: mode)[0]
    }

    /// Writes several files, each atomically as `writeAtomically(_:to:)` does, with one result per
    /// file in the order given. Every temporary file is written and flushed (on all cores) before
    /// any is renamed, and each directory is flushed once at the end rather than once per file:
    /// flushing is what costs, about a millisecond a call. A crash part way through leaves each
    /// target either old or new. When two files have the same path, the later one wins.
    ///
    /// What a path names decides how it is written: a device, FIFO or socket (`/dev/null`,
    /// `/dev/stdout`) is written into directly and never replaced; a symbolic link is followed,
    /// and the file it names is replaced, so the link stays; an existing file keeps its mode
    /// (`mode` is for new files), and one with no write permission for anyone is refused.
    /// Temporaries that earlier runs left behind (killed mid-write) are removed first.
    public static func writeAtomically(_ files: [(text: String, path: String)], mode: mode_t = 0o644)
        -> [Result<Void, FileError>]
    {
        let targets = files.map { target(of: $0.path, mode: mode) }
        var seenDirectories: Set<String> = []
        for case .success(.replace(let path, _)) in targets {
            let directory = split(path).directory
            if seenDirectories.insert(directory).inserted { sweepTemporaries(in: directory) }
        }
        let temporaries = concurrently(files.count) { index -> Result<String, FileError>? in
            guard case .success(.replace(let path, let mode)) = targets[index] else { return nil }
            return writeTemporary(files[index].text, beside: path, mode: mode)
        }
        // For the test of interrupted writes: the signal arrives with every temporary written.
        if let name = TemporaryFiles.signalBeforeRename { raise(name) }
        var results: [Result<Void, FileError>] = []
        var directories: [String] = []
        var synced: Set<String> = []
        for (index, file) in files.enumerated() {
            switch targets[index] {
            case .failure(let error):
                results.append(.failure(error))
            case .success(.device(let path)):
                if let failure = writeInto(path, file.text) {
                    results.append(.failure(FileError(file.path, errno: failure)))
                } else {
                    results.append(.success(()))
                }
            case .success(.replace(let path, _)):
                switch temporaries[index] {
                case .failure(let error)?:
                    results.append(.failure(FileError(file.path, reason: error.reason)))
                case .success(let temporary)?:
                    defer { TemporaryFiles.unregister(temporary) }
                    guard rename(temporary, path) == 0 else {
                        let failure = errno
                        unlink(temporary)
                        results.append(.failure(FileError(file.path, errno: failure)))
                        continue
                    }
                    results.append(.success(()))
                    let directory = split(path).directory
                    if synced.insert(directory).inserted { directories.append(directory) }
                case nil:
                    results.append(.failure(FileError(file.path, errno: EIO)))
                }
            }
        }
        for directory in directories { syncDirectory(directory.isEmpty ? "." : directory) }
        return results
    }

    /// How a path is written: replaced atomically (the file itself, after links, with its
    /// mode), or written into as it is (a device or a pipe).
    enum Target {
        case replace(path: String, mode: mode_t)
        case device(path: String)
    }

    static func target(of path: String, mode: mode_t) -> Result<Target, FileError> {
        var status = stat()
        guard stat(path, &status) == 0 else {
            // A new file is written where the path says; a dangling link, where it points.
            return .success(.replace(path: linkTarget(path) ?? path, mode: mode))
        }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { return .failure(FileError(path, errno: EISDIR)) }
        if type != S_IFREG { return .success(.device(path: path)) }
        guard status.st_mode & 0o222 != 0 else { return .failure(FileError(path, reason: "it is read-only")) }
        var resolved = path
        var link = stat()
        if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK, let real = realpath(path, nil) {
            resolved = String(cString: real)
            free(real)
        }
        return .success(.replace(path: resolved, mode: status.st_mode & 0o7777))
    }

    /// Where a symbolic link points (relative to the link's directory), or nil for a path that
    /// is not a link.
    static func linkTarget(_ path: String) -> String? {
        var link = stat()
        guard lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return target.hasPrefix("/") ? target : split(path).directory + target
    }

    /// Writes all of `text` into an existing device or pipe; the system's error number when it
    /// fails.
    static func writeInto(_ path: String, _ text: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        let failure = writeAll(descriptor, text)
        if close(descriptor) != 0, failure == nil { return errno }
        return failure
    }

    /// Writes all of `text` to an open descriptor; the system's error number when it fails.
    static func writeAll(_ descriptor: Int32, _ text: String) -> Int32? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// The name of a temporary beside `file`: `.NAME.tnb-PID-RANDOM.tmp`, the random part so
    /// that no other process can plant something at the name in advance.
    static func temporaryName(for file: String) -> String {
        "." + file + ".tnb-\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
    }

    /// Removes the temporaries of processes that no longer run (killed while writing) from a
    /// directory.
    static func sweepTemporaries(in directory: String) {
        for entry in list(directory.isEmpty ? "." : directory) where !entry.isDirectory {
            let name = entry.name
            guard name.hasPrefix("."), name.hasSuffix(".tmp") else { continue }
            // `.NAME.tnb-PID-RANDOM.tmp`: the last three dot-or-dash separated parts.
            let parts = name.dropLast(4).split(separator: "-")
            guard parts.count >= 3, parts[parts.count - 3].hasSuffix(".tnb"), let pid = Int32(parts[parts.count - 2]),
                pid > 0
            else { continue }
            if pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH { continue }
            unlink(directory + name)
        }
    }

    /// Writes `text` to a new temporary file beside `path` and flushes it to disk; returns the
    /// temporary's path. The temporary is created exclusively, without following links, under
    /// an unpredictable name, so nothing planted beside the target is followed or overwritten.
    /// On failure nothing is left behind.
    static func writeTemporary(_ text: String, beside path: String, mode: mode_t) -> Result<String, FileError> {
        let (directory, file) = split(path)
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<100 {
            temporary = directory + temporaryName(for: file)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { return .failure(FileError(path, errno: errno)) }
        TemporaryFiles.register(temporary)
        var failure = writeAll(descriptor, text) ?? 0
        // The mode is set on the open file, so the umask does not change an existing file's mode.
        if failure == 0, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            TemporaryFiles.unregister(temporary)
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
    public static func split(_ path: String) -> (directory: String, file: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// Creates a directory and its parents (mode 0700, as the XDG spec asks for state).
    public static func makeDirectories(_ path: String) -> FileError? {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part + "/"
            if mkdir(prefix, 0o700) != 0, errno != EEXIST { return FileError(path, errno: errno) }
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

/// `read(2)`, out of reach of `Files.read`'s name.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// `work(0..<count)` on all cores, results in index order.
public func concurrently<T: Sendable>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
    let results = ResultSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        results.store(work(index), at: index)
    }
    return results.values
}

/// One slot per task: each task writes only its own, so no lock is needed.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]

    init(count: Int) {
        slots = [T?](repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) {
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    var values: [T] { slots.compactMap { $0 } }
}
