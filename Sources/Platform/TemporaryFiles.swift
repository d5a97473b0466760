/// The temporary files being written, so that an interrupted run (SIGINT, SIGTERM, SIGHUP)
/// removes them before it dies instead of leaving `.NAME.tnb-PID-RANDOM.tmp` files behind.
///
/// The table is fixed-size and holds C strings, because the signal handler may only read memory
/// and call `unlink`; registering and unregistering take a lock (reports are written
/// concurrently). A write past the table's size is simply not cleaned on a signal; the next
/// run's sweep of stale temporaries removes it.
public enum TemporaryFiles {
    static let capacity = 256
    nonisolated(unsafe) static let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(
        capacity: capacity)
    nonisolated(unsafe) static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        slots.initialize(repeating: nil, count: capacity)
        return lock
    }()

    /// `TNB_TEST_SIGNAL_BEFORE_RENAME=15`: a test of interrupted writes has the process send
    /// itself that signal once its temporaries are written and before they are renamed.
    static let signalBeforeRename: Int32? = getenv("TNB_TEST_SIGNAL_BEFORE_RENAME").flatMap {
        Int32(String(cString: $0))
    }

    /// Notes a temporary file being written.
    static func register(_ path: String) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        for index in 0..<capacity where slots[index] == nil {
            slots[index] = strdup(path)
            return
        }
    }

    /// Forgets a temporary file once it is renamed into place or removed.
    static func unregister(_ path: String) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        for index in 0..<capacity {
            guard let entry = slots[index], String(cString: entry) == path else { continue }
            slots[index] = nil
            free(entry)
            return
        }
    }

    /// Removes the registered temporaries when one of `signals` arrives, then dies of it as it
    /// would have (so the exit status still says which signal it was).
    public static func removeOnSignals(_ signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]) {
        _ = lock
        for number in signals {
            // A signal ignored when tnb started (`nohup`, a background job) stays ignored.
            var current = sigaction()
            sigaction(number, nil, &current)
            if unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self)
                == unsafeBitCast(SIG_IGN, to: Int.self)
            {
                continue
            }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                for index in 0..<TemporaryFiles.capacity {
                    if let entry = TemporaryFiles.slots[index] { unlink(entry) }
                }
                signal(received, SIG_DFL)
                raise(received)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(number, &action, nil)
        }
        // A parent may start tnb with these blocked (Foundation's Process does); they are
        // handled now, so let them through.
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}
