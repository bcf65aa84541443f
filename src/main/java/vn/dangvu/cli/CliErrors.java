package vn.dangvu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.common.IoFaults;
import vn.dangvu.db.Database;

/// Turns picocli's English parse errors and our exceptions into Vietnamese messages and exit codes.
/// A user never sees a stack trace or a raw database error; unexpected failures go to the log.
final class CliErrors {

    private static final Logger LOG = LoggerFactory.getLogger(CliErrors.class);

    private CliErrors() {
    }

    static String commandNames(CommandSpec spec) {
        return String.join(", ", spec.subcommands().keySet());
    }

    /// Parse errors: a bad value of a known option is bad input (1); anything else is a usage error (2).
    static final class ParameterHandler implements CommandLine.IParameterExceptionHandler {

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            int code = Cli.USAGE;
            String message;
            if (ex instanceof UsageError) {
                message = ex.getMessage();
            } else if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                message = unmatched(cmd, u.getUnmatched());
            } else if (ex instanceof CommandLine.MissingParameterException m) {
                message = missing(m);
            } else if (ex instanceof CommandLine.OverwrittenOptionException o) {
                message = I18n.t("cli.error.repeatedOption", name(o.getOverwritten()));
            } else if (ex.getArgSpec() != null && ex.getValue() != null) {
                message = invalidValue(ex.getArgSpec(), ex.getValue());
                code = Cli.BAD_INPUT;
            } else {
                message = I18n.t("cli.error.usage");
            }
            err.println(message);
            err.println(I18n.t("cli.error.seeHelp", cmd.getCommandSpec().qualifiedName()));
            return code;
        }

        private static String unmatched(CommandLine cmd, List<String> unmatched) {
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            if (first.startsWith("-")) {
                return I18n.t("cli.error.unknownOption", first);
            }
            if (!cmd.getSubcommands().isEmpty()) {
                return I18n.t("cli.error.unknownCommand", first, commandNames(cmd.getCommandSpec()));
            }
            return I18n.t("cli.error.unmatched", first);
        }

        private static String missing(CommandLine.MissingParameterException m) {
            List<ArgSpec> specs = m.getMissing();
            if (specs == null || specs.isEmpty()) {
                return I18n.t("cli.error.usage");
            }
            ArgSpec first = specs.get(0);
            String msg = m.getMessage() == null ? "" : m.getMessage();
            if (msg.startsWith("Missing required parameter for option")) {
                return I18n.t("cli.error.missingValue", name(first));
            }
            StringBuilder names = new StringBuilder();
            for (ArgSpec s : specs) {
                names.append(names.length() == 0 ? "" : ", ").append(name(s));
            }
            return I18n.t("cli.error.missingOption", names);
        }

        private static String invalidValue(ArgSpec spec, String value) {
            Class<?> type = spec.type();
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return I18n.t("cli.error.notInteger", name(spec), value);
            }
            if (type == LocalDate.class) {
                Dates.Reading r = Dates.read(value);
                return r.ok() ? I18n.t("cli.error.dateRequired", name(spec)) : r.message(name(spec));
            }
            return I18n.t("cli.error.invalidValue", name(spec), value);
        }

        private static String name(ArgSpec spec) {
            return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
        }
    }

    /// A usage error found while an option's value is set (`--db ""`); its message is already Vietnamese.
    static final class UsageError extends CommandLine.ParameterException {

        private static final long serialVersionUID = 1L;

        UsageError(CommandLine cmd, String message) {
            super(cmd, message);
        }
    }

    /// Failures while a command runs: an AppException (also one found among the causes) carries the Vietnamese
    /// message; a full disk or a folder without permission is named as such; anything else is logged, and the
    /// message says where the log is.
    static final class ExecutionHandler implements CommandLine.IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            Optional<AppException> known = AppException.in(ex).or(() -> IoFaults.recognize(ex, databaseFile(cmd)));
            if (known.isPresent()) {
                LOG.info("Command {} refused: {}", cmd.getCommandSpec().qualifiedName(), known.get().key(), ex);
                cmd.getErr().println(known.get().userMessage());
                return Cli.BAD_INPUT;
            }
            LOG.error("Command failed: {}", cmd.getCommandSpec().qualifiedName(), ex);
            Optional<Path> log = LogFiles.current();
            cmd.getErr().println(log.isPresent() ? I18n.t("cli.error.unexpectedLog", log.get()) : I18n.t("cli.error.unexpected"));
            return Cli.BAD_INPUT;
        }

        /// The database file the command works on (what a full disk or a missing permission is about).
        private static Path databaseFile(CommandLine cmd) {
            CommandLine root = cmd;
            while (root.getParent() != null) {
                root = root.getParent();
            }
            return root.getCommand() instanceof Cli cli ? Database.dataFile(cli.databaseBase()) : Path.of(".");
        }
    }

    /// A group command (`members`, `import`, `export`) given without its subcommand: say which exist, show usage.
    static int missingSubcommand(picocli.CommandLine.Model.CommandSpec spec) {
        spec.commandLine().getErr().println(I18n.t("cli.error.missingCommand", commandNames(spec)));
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }
}
