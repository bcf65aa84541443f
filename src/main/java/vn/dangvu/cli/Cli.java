package vn.dangvu.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import vn.dangvu.common.AppPaths;
import vn.dangvu.common.AppVersion;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;

/// The command line: `dangvu [--db FILE] COMMAND ...`. Exit codes: 0 success, 1 bad input or a refused
/// operation (the message names the option, the value and the reason), 2 usage errors (unknown command or
/// option, missing required option). All text is Vietnamese from the message bundle; output is UTF-8.
@Command(name = "dangvu", subcommands = {InitCommand.class, DemoCommand.class, MembersCommand.class, ImportCommand.class,
    ExportCommand.class, BadgesCommand.class, YearCommand.class})
public final class Cli implements Callable<Integer> {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "cli.opt.db")
    String db;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, descriptionKey = "cli.opt.help")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "cli.opt.version")
    boolean version;

    /// Production entry: UTF-8 standard streams whatever the platform charset, logs to a file.
    public static int run(String[] args) {
        routeLogsToFile();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
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
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(I18n.t("cli.error.missingCommand", CliErrors.commandNames(spec)));
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /// The database the user named, or the window's default. "x.mv.db" and "x" name the same file.
    Path databaseBase() {
        if (db == null || db.isBlank()) {
            return AppPaths.defaultDatabase();
        }
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

    /// slf4j-simple writes to stderr by default; a command-line user must see only our Vietnamese messages.
    private static void routeLogsToFile() {
        String prop = "org.slf4j.simpleLogger.logFile";
        if (System.getProperty(prop) != null) {
            return;
        }
        try {
            Path logs = AppPaths.home().resolve("logs");
            Files.createDirectories(logs);
            System.setProperty(prop, logs.resolve("dangvu-cli.log").toString());
        } catch (IOException | SecurityException e) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
        }
    }
}
