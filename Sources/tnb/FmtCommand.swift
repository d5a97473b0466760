import ArgumentParser
import Evaluation
import Notebook
import Platform
import Presentation

/// `tnb fmt NOTEBOOK...`: rewrites notebooks in the canonical layout (`NotebookFormatter`).
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Lay notebooks out canonically (trailing blanks, aligned comments, one final newline).",
        discussion: """
            Changes only what reports never show, and checks that: a notebook whose formatted text \
            would give a different report is left as it is. With --check nothing is written: each \
            notebook that would change is listed with a diff. Exit status: 0 all formatted, 1 --check \
            found one to format, 65 formatting would change a report, 66 a notebook cannot be read, \
            73 one cannot be written.
            """
    )

    @Argument(help: "The .tnb notebooks to format.")
    var notebooks: [String] = []

    @Flag(name: .long, help: "Write nothing; exit 1 with a diff when a notebook is not formatted.")
    var check = false

    func validate() throws {
        guard !notebooks.isEmpty else { throw ValidationError("give at least one notebook") }
    }

    func run() throws {
        var status = ExitStatus.success
        for path in notebooks {
            let text: String
            switch Files.read(path) {
            case .success(let read): text = read
            case .failure(let error):
                Output.err("error: cannot read '\(path)': \(error.reason)\n")
                status = max(status, .noInput)
                continue
            }
            let formatted = NotebookFormatter.format(text)
            guard formatted != text else { continue }
            guard ReportEquivalence.same(text, formatted, name: path) else {
                Output.err("error: formatting '\(path)' would change its report; it is left as it is\n")
                status = max(status, .dataError)
                continue
            }
            if check {
                Output.out(LineDiff.unified(old: text, new: formatted, oldName: path, newName: path + " (formatted)"))
                Output.err("\(path): not formatted\n")
                status = max(status, .failure)
            } else if case .failure(let error) = Files.writeAtomically(formatted, to: path) {
                Output.err("error: cannot write '\(path)': \(error.reason)\n")
                status = max(status, .cannotCreate)
            }
        }
        if status != .success { throw status.code }
    }

}
