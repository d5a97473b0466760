import Foundation
import REPL
import TestSupport
import Testing

@Suite("History")
struct HistoryStoreTests {
    func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tnb-history-\(UUID().uuidString)/tnb/history")
            .path
    }

    @Test("the file is under XDG_STATE_HOME, else ~/.local/state")
    func defaultPath() {
        #expect(HistoryStore.defaultPath { ["XDG_STATE_HOME": "/s", "HOME": "/h"][$0] } == "/s/tnb/history")
        #expect(HistoryStore.defaultPath { ["HOME": "/h"][$0] } == "/h/.local/state/tnb/history")
        #expect(
            HistoryStore.defaultPath { ["XDG_STATE_HOME": "relative", "HOME": "/h"][$0] }
                == "/h/.local/state/tnb/history")
        #expect(HistoryStore.defaultPath { _ in nil } == nil)
    }

    @Test("entries with newlines and backslashes survive the file")
    func encoding() {
        let entries = ["let x = 1", "let y = (1 +\n2) // two\nlines", "a \\ b", "tail\\"]
        #expect(HistoryStore.decode(HistoryStore.encode(entries)) == entries)
        #expect(HistoryStore.decode("one\n\n  \ntwo\n") == ["one", "two"])
    }

    @Test("a statement typed over several lines is one entry")
    func multiLineEntry() {
        #expect(HistoryStore.entry(for: ["let x = (1 +", "  2)"]) == "let x = (1 + 2)")
        #expect(HistoryStore.entry(for: ["let x = (1 + // one", "2)"]) == "let x = (1 + // one\n2)")
        #expect(HistoryStore.entry(for: ["anthropic.arr_start "]) == "anthropic.arr_start")
    }

    @Test("appending keeps what is there and caps the length")
    func appendAndCap() throws {
        let store = HistoryStore(path: temporaryPath(), limit: 5)
        #expect(store.load() == [])
        #expect(store.append(["1", "2", "3"]) == nil)
        #expect(store.append(["4", "5", "6"]) == nil)
        #expect(store.load() == ["2", "3", "4", "5", "6"])
    }

    @Test("two sessions writing at once lose nothing and never corrupt the file")
    func concurrentWriters() async throws {
        let path = temporaryPath()
        let perWriter = 100
        await withTaskGroup(of: Void.self) { group in
            for writer in ["a", "b"] {
                group.addTask {
                    // Each writer is its own store, as two processes would be.
                    let store = HistoryStore(path: path, limit: 10_000)
                    for index in 0..<perWriter { _ = store.append(["\(writer) \(index)\nsecond line"]) }
                }
            }
        }
        let entries = HistoryStore(path: path).load()
        #expect(entries.count == 2 * perWriter)
        for writer in ["a", "b"] {
            // Each writer's entries are all there, in its own order.
            let own = entries.filter { $0.hasPrefix(writer + " ") }
            #expect(own == (0..<perWriter).map { "\(writer) \($0)\nsecond line" })
        }
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: (path as NSString).deletingLastPathComponent)
        #expect(leftovers.sorted() == ["history", "history.lock"])
    }
}

@Suite("History that is not a file")
struct HistoryFileKindTests {
    @Test("a FIFO or a device as the history file is refused at once, never waited on")
    func notRegular() throws {
        let directory = try Fixtures.scratchDirectory("fifo")
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("history").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(HistoryStore(path: fifo).load().isEmpty)
        #expect(HistoryStore(path: "/dev/zero").load().isEmpty)
    }
}
