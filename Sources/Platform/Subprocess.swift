/// Runs another program and collects what it writes: how `tnb diff` asks git for an earlier
/// revision of a notebook. Only the executable calls it, with arguments it built itself; no
/// notebook or REPL line can reach it.
public enum Subprocess {
    /// What a program gave: its exit status (or 128 + the signal that ended it), its output and
    /// its error output, each cut at `Files.maximumReadBytes`.
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var error: String
    }

    /// Runs `arguments[0]` (found on PATH) with the rest as its arguments, standard input
    /// closed; nil when it could not be started.
    public static func run(_ arguments: [String]) -> Result? {
        guard !arguments.isEmpty else { return nil }
        var outPipe: [Int32] = [0, 0]
        var errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0 else { return nil }
        guard pipe(&errPipe) == 0 else {
            close(outPipe[0])
            close(outPipe[1])
            return nil
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for descriptor in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ)
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0])
            close(errPipe[0])
            return nil
        }
        // Read both pipes as the program writes them, so neither fills up and blocks it.
        var output: [UInt8] = []
        var error: [UInt8] = []
        var open: [(descriptor: Int32, isOutput: Bool)] = [(outPipe[0], true), (errPipe[0], false)]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !open.isEmpty {
            var polled = open.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
            guard poll(&polled, nfds_t(polled.count), -1) >= 0 else {
                if errno == EINTR { continue }
                break
            }
            var closed: [Int32] = []
            for (index, entry) in polled.enumerated() where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { Platform.read(entry.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    let limit = Files.maximumReadBytes
                    if open[index].isOutput {
                        if output.count < limit { output += buffer[0..<count] }
                    } else if error.count < limit {
                        error += buffer[0..<count]
                    }
                } else if count == 0 || errno != EINTR {
                    closed.append(entry.fd)
                }
            }
            for descriptor in closed { close(descriptor) }
            open.removeAll { closed.contains($0.descriptor) }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, WTERMSIG, spelt out: the C macros are not imported.
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return Result(
            status: code, output: String(decoding: output, as: UTF8.self), error: String(decoding: error, as: UTF8.self)
        )
    }
}
