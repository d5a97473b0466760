import Foundation

/// A program running in a real terminal: a detached tmux session on a private server, driven
/// with `send-keys` and read with `capture-pane`, as a person at a keyboard would use it.
public final class Terminal {
    /// Why a wait ended without the screen showing what was expected.
    public struct Timeout: Error, CustomStringConvertible {
        public var description: String
    }

    /// Whether tmux is installed.
    public static let isAvailable: Bool = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/tmux") }
    }()

    let socket = "tnb-test-\(UUID().uuidString.prefix(8))"
    let session = "tnb"

    /// Starts `arguments` in a `width` x `height` terminal, in `directory`, with extra environment
    /// variables (and without the runner's `NO_COLOR`, which `swift test` may set).
    public init(
        _ arguments: [String], environment: [String: String] = [:], directory: URL, width: Int = 120, height: Int = 40
    ) throws {
        let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let command = (["env", "-u", "TMUX", "-u", "NO_COLOR"] + variables + arguments).map(Terminal.quoted).joined(
            separator: " ")
        try tmux([
            "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "-c", directory.path, command,
            ";", "set-option", "-t", session, "remain-on-exit", "on",
        ])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Types text literally.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    /// Presses keys by tmux name: `Enter`, `Tab`, `Up`, `C-c`, `C-d`.
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// Resizes the terminal, as dragging its window's corner would.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen's text, each line without trailing blanks, without the blank lines below the last.
    public func screen(escapes: Bool = false) throws -> String {
        let text = try tmux(["capture-pane", "-p", "-t", session] + (escapes ? ["-e"] : []))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Whether the program has exited.
    public func hasExited() throws -> Bool {
        try tmux(["display-message", "-p", "-t", session, "#{pane_dead}"]).hasPrefix("1")
    }

    /// Polls the screen until `condition` holds, failing after `timeout` seconds with the screen in the message.
    @discardableResult
    public func waitFor(_ what: String, timeout: Double = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(description: "timed out waiting for \(what); the screen shows:\n\(last)")
    }

    /// Waits until the screen's last line is exactly `line` (trailing blanks aside).
    @discardableResult
    public func waitForLastLine(_ line: String, timeout: Double = 20) throws -> String {
        let wanted = String(line.reversed().drop { $0 == " " }.reversed())
        return try waitFor("a last line of '\(line)'", timeout: timeout) {
            $0.split(separator: "\n").last.map(String.init) == wanted
        }
    }

    /// Waits until the program has exited.
    public func waitForExit(timeout: Double = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try hasExited() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(description: "timed out waiting for the program to exit; the screen shows:\n\(try screen())")
    }

    /// Runs tmux and returns what it printed. It is spawned with no signal blocked and every
    /// signal at its default: test runners' threads block signals, and a tmux server (and the
    /// program in it) inheriting that mask could never be stopped.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        // The server that new-session starts would inherit a pipe and hold it open forever.
        let startsServer = arguments.first == "new-session"
        // Close-on-exec, and the reading below ends when tmux exits rather than at the pipe's end:
        // tests run in parallel, and a process spawned meanwhile by another test may hold the pipe.
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw Timeout(description: "cannot make a pipe") }
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if startsServer {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in cArguments + cEnvironment { free(pointer) }
        }
        var child = pid_t()
        let spawned = posix_spawnp(&child, "tmux", &actions, &attributes, cArguments, cEnvironment)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard spawned == 0 else { throw Timeout(description: "cannot run tmux (error \(spawned))") }
        _ = fcntl(pipeEnds[0], F_SETFL, fcntl(pipeEnds[0], F_GETFL) | O_NONBLOCK)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        var status: Int32 = 0
        var exited = false
        var ended = false
        while !ended {
            var descriptor = pollfd(fd: pipeEnds[0], events: Int16(POLLIN), revents: 0)
            _ = poll(&descriptor, 1, 20)
            while true {
                let count = read(pipeEnds[0], &buffer, buffer.count)
                if count > 0 {
                    data.append(contentsOf: buffer[0..<count])
                    continue
                }
                if count == 0 { ended = true }
                break
            }
            if exited { break }
            if waitpid(child, &status, WNOHANG) == child { exited = true }
        }
        if !exited { while waitpid(child, &status, 0) < 0, errno == EINTR {} }
        return String(decoding: data, as: UTF8.self)
    }

    static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
