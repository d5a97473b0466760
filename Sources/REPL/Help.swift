import Platform
import Presentation

/// The REPL's help texts, by topic.
enum Help {
    /// Every topic `:help` knows, for completion and did-you-mean.
    static let topics = ["commands", "keys", "history", "language"] + MetaCommand.Name.allCases.map(\.rawValue)

    /// What `:help` shows.
    static let overview = """
        Type a statement and press Enter; its value is shown. Examples:
          let payroll = $25M/yr
          let spend = $7M/yr
          spend as % of payroll
          semianalysis.token_spend * 4x
        An unfinished statement (an open bracket, a trailing operator) continues on the
        next line under '...> '. Redefining a name recomputes what depends on it.

        \(commands)
        More: ':help keys', ':help history', ':help language', ':help COMMAND'.

        """

    /// One line per command.
    static let commands = """
        Commands:
          :help [topic]     this help, or help on a topic or command
          :vars             the names defined in this session and their values
          :figures [query]  the dataset's figures, or a query over them
          :why NAME         the dataset figures a value came from
          :load FILE        run a notebook into this session
          :save FILE        write this session's definitions as a notebook
          :reset            forget every definition
          :as-of [PERIOD]   show or change the period projections count from
          :quit             leave (Ctrl-D on an empty line also leaves)
        """

    /// The help on a topic, if there is any.
    static func text(for topic: String) -> String? {
        let key = topic.hasPrefix(":") ? String(topic.dropFirst()) : topic
        if let command = MetaCommand.Name(rawValue: key) ?? MetaCommand.aliases[":" + key] {
            return text(for: command) + "\n"
        }
        switch key {
        case "": return overview
        case "commands": return commands + "\n"
        case "keys": return keys
        case "history": return history
        case "language": return language
        default: return nil
        }
    }

    static func text(for command: MetaCommand.Name) -> String {
        switch command {
        case .help: ":help [topic]: help on the REPL, a topic (commands, keys, history, language) or a command."
        case .vars: ":vars: every name defined in this session, sorted, with its value."
        case .figures:
            """
            :figures [query]: the dataset's figures, or a query over them as 'tnb figures' takes it: \
            ':figures where topic == "memory" | select id, value'. docs/dataset.md describes queries.
            """
        case .why:
            """
            :why NAME: the dataset figures a value came from, with the interview timestamp, the speaker and \
            the quote. NAME may also be an expression: ':why payroll * 2'.
            """
        case .load:
            """
            :load FILE: runs a notebook (.tnb) into this session; its definitions replace any of the same \
            name, and what depends on them is recomputed.
            """
        case .save:
            """
            :save FILE: writes this session's definitions (values, functions, units), in an order where \
            each comes after what it uses, as a notebook that 'tnb run' accepts. An existing file is replaced.
            """
        case .diff:
            """
            :diff: which values changed since the last :load or :save (or since the session started), \
            grouped by what caused them, as 'tnb diff' shows it for a notebook.
            """
        case .reset:
            ":reset: forgets every definition and the as-of period, as if the REPL had just started (the history stays)."
        case .asOf:
            """
            :as-of [PERIOD]: shows the period projections count from (Apr 2026 unless changed), or changes \
            it, such as ':as-of Q3 2026', and computes every definition again, showing what changed.
            """
        case .quit: ":quit (or :q, :exit, or Ctrl-D on an empty line): leaves the REPL, saving the history."
        }
    }

    static let keys = """
        Keys (GNU readline; ~/.inputrc applies, with 'tnb' as the application name):
          Tab             complete names, figure ids (one segment at a time), units, keywords,
                          commands, and file names after :load and :save; twice to list
          Up, Down        previous and next input from the history
          Ctrl-R          search the history backwards
          Ctrl-A, Ctrl-E  start and end of the line
          Ctrl-C          abandon the line (and a statement being continued)
          Ctrl-D          leave, on an empty line
          Ctrl-Z          suspend (fg to come back)

        """

    static let history = """
        The history lives in $XDG_STATE_HOME/tnb/history (or ~/.local/state/tnb/history) and keeps the
        last 1000 inputs. Each input is added as soon as it is entered, under a lock, so sessions
        running at once all keep their lines and the file is never left half-written.

        """

    static let language = """
        Numbers carry units and ranges: $25M/yr, 7-8 years, $35-45B, 72%, 4x, 5 people.
        Definitions: let payroll = $25M/yr; functions: let cagr(a, b, years) = (b / a) ^ (1 / years) - 1.
        Conversions: spend in $/month; shares: spend as % of payroll; 72% of $40B.
        A range used twice is one unknown: let r = $35-45B/yr; r - 72% of r is $9.8B/yr to $12.6B/yr.
        Its distribution: median(r), percentile(r, 90%), chance(r > $40B/yr), sensitivity(x).
        Dataset figures by id: semianalysis.payroll (try Tab after 'semianalysis.').
        Comments start with //. See docs/language.md for the whole language.

        """
}
