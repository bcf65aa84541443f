package vn.dangvu.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.backup.EncryptionService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.AppPaths;
import vn.dangvu.common.AppVersion;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.db.AppLock;
import vn.dangvu.db.Database;

/// The command line: `dangvu [--db FILE] COMMAND ...`. Exit codes: 0 success, 1 bad input or a refused
/// operation (the message names the option, the value and the reason), 2 usage errors (unknown command or
/// option, missing required option, an empty `--db`). All text is Vietnamese from the message bundle; output is UTF-8.
@Command(name = "dangvu", subcommands = {InitCommand.class, DemoCommand.class, MembersCommand.class, ImportCommand.class,
    ExportCommand.class, BadgesCommand.class, YearCommand.class,
    RegistrationsCommand.class, RatingCommand.class, CommendationsCommand.class, PlanCommand.class, BackupCommand.class,
    RestoreCommand.class, CheckCommand.class, EncryptionCommand.class})
public final class Cli implements Callable<Integer> {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    private String db;

    /// `--password-file F`: the password of an encrypted database, the first line of F (UTF-8), for any command.
    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.opt.passwordFile")
    Path passwordFile;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, descriptionKey = "cli.opt.help")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "cli.opt.version")
    boolean version;

    /// Production entry: UTF-8 standard streams whatever the platform charset; logs go to a rolling file.
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        LogFiles.route("dangvu-cli");
        try {
            return run(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /// In-process entry (tests): runs one command and returns its exit code.
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Cli());
        cmd.setResourceBundle(I18n.bundle());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // every date option reads as the forms do: day/month/year (or yyyy-MM-dd), 31/02 refused
        cmd.registerConverter(LocalDate.class, Cli::date);
        localiseUsage(cmd);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(new CliErrors.ParameterHandler());
        cmd.setExecutionExceptionHandler(new CliErrors.ExecutionHandler());
        cmd.setExecutionStrategy(parsed -> {
            // a database this command holds names it in its lock file, for a program that is refused meanwhile
            AppLock.identifyAs(AppLock.Holder.COMMAND, commandName(parsed));
            return new CommandLine.RunLast().execute(parsed);
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /// "import members" for `dangvu --db x import members --file y`.
    private static String commandName(ParseResult parsed) {
        List<String> names = new ArrayList<>();
        for (ParseResult p = parsed.subcommand(); p != null; p = p.subcommand()) {
            names.add(p.commandSpec().name());
        }
        return String.join(" ", names);
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(I18n.t("cli.error.missingCommand", CliErrors.commandNames(spec)));
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /// `--db FILE`: an empty or blank name is a usage error, never the default database (an unset variable in a
    /// script, `--db "$DB"`, must not import into the live data).
    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "cli.opt.db")
    void setDb(String value) {
        if (value.isBlank()) {
            throw new CliErrors.UsageError(spec.commandLine(), I18n.t("cli.error.blankDb"));
        }
        this.db = value;
    }

    /// The database the user named, or the window's default. "x.mv.db" and "x" name the same file.
    Path databaseBase() {
        if (db == null) {
            return AppPaths.defaultDatabase();
        }
        return databaseBase(db);
    }

    /// The services on the database the user named, for one command (close it when done).
    AppContext openContext() throws AppException {
        return new AppContext(openDatabase());
    }

    /// The database the user named, opened with the password of `--password-file` when it is encrypted; an encrypted
    /// file without that option is refused with a message saying so.
    Database openDatabase() throws AppException {
        Path base = databaseBase();
        if (!EncryptionService.encrypted(base)) {
            return Database.open(base);
        }
        return Database.open(base, EncryptionService.unlock(base, password()));
    }

    /// The password in `--password-file` (its first line); refused when the option is missing or the file is empty.
    char[] password() throws AppException {
        if (passwordFile == null) {
            throw new AppException("cli.error.encryptedNoPassword", Database.dataFile(databaseBase()));
        }
        return CliInput.firstLine(passwordFile, "--password-file");
    }

    /// The password when `--password-file` was given.
    Optional<char[]> passwordIfGiven() throws AppException {
        return passwordFile == null ? Optional.empty() : Optional.of(password());
    }

    /// The database a `--db` value names (not blank): "x.mv.db" and "x" name the same file; absolute, normalised.
    public static Path databaseBase(String db) {
        String name = db.strip();
        if (name.endsWith(".mv.db")) {
            name = name.substring(0, name.length() - ".mv.db".length());
        }
        return Path.of(name).toAbsolutePath().normalize();
    }

    /// A date option's value ([Dates#read]); [CliErrors] names the option and the reason when it is not a date.
    static LocalDate date(String value) {
        Dates.Reading r = Dates.read(value);
        if (!r.ok() || r.date().isEmpty()) {
            throw new CommandLine.TypeConversionException(value);
        }
        return r.date().get();
    }

    private static void localiseUsage(CommandLine cmd) {
        CommandSpec s = cmd.getCommandSpec();
        s.usageMessage()
                .synopsisHeading(I18n.t("cli.usage.synopsisHeading"))
                .descriptionHeading(I18n.t("cli.usage.descriptionHeading"))
                .optionListHeading(I18n.t("cli.usage.optionListHeading"))
                .commandListHeading(I18n.t("cli.usage.commandListHeading"))
                .parameterListHeading(I18n.t("cli.usage.parameterListHeading"));
        s.version(I18n.t("cli.version", AppVersion.current()));
        String key = "cli.cmd." + s.qualifiedName(".") + ".description";
        s.usageMessage().description(I18n.t(key));
        for (CommandLine sub : cmd.getSubcommands().values()) {
            localiseUsage(sub);
        }
    }

}
