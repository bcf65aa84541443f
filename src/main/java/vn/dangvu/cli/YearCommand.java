package vn.dangvu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.years.WorkingYear;

/// `dangvu year list|open|close|reopen`: the working years (issue 10). `list --format tsv` prints one line per year,
/// newest first, no header: year, state (OPEN, REVIEWING, CLOSED), rule set code, year's theme.
@Command(name = "year", subcommands = {YearCommand.ListYears.class, YearCommand.Open.class, YearCommand.Close.class,
    YearCommand.Reopen.class})
final class YearCommand implements Callable<Integer> {

    enum Format { TABLE, TSV }

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CliErrors.missingSubcommand(spec);
    }

    AppContext open() throws AppException {
        return parent.openContext();
    }

    static void print(PrintWriter out, WorkingYear y) {
        out.println(I18n.t("cli.year.line", y.year(), I18n.t(y.state().i18nKey()), y.ruleSetCode(),
                y.yearTheme().orElse("")));
    }

    @Command(name = "list")
    static final class ListYears implements Callable<Integer> {
        @ParentCommand
        YearCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", descriptionKey = "cli.year.opt.format")
        Format format;

        @Override
        public Integer call() throws AppException {
            try (AppContext ctx = parent.open()) {
                List<WorkingYear> years = ctx.years().list();
                PrintWriter out = spec.commandLine().getOut();
                for (WorkingYear y : years) {
                    if (format == Format.TSV) {
                        out.println(y.year() + "\t" + y.state() + "\t" + y.ruleSetCode() + "\t"
                                + y.yearTheme().orElse("").replace('\t', ' '));
                    } else {
                        print(out, y);
                    }
                }
                if (format == Format.TABLE && years.isEmpty()) {
                    out.println(I18n.t("cli.year.none"));
                }
                return Cli.OK;
            }
        }
    }

    @Command(name = "open")
    static final class Open implements Callable<Integer> {
        @ParentCommand
        YearCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "YEAR", descriptionKey = "cli.year.param.year")
        int year;
        @Option(names = "--theme", paramLabel = "TEXT", descriptionKey = "cli.year.opt.theme")
        String theme;
        @Option(names = "--copy", descriptionKey = "cli.year.opt.copy")
        boolean copy;

        @Override
        public Integer call() throws AppException {
            try (AppContext ctx = parent.open()) {
                print(spec.commandLine().getOut(), ctx.plans().openYear(year, Optional.ofNullable(theme), copy).year());
                return Cli.OK;
            }
        }
    }

    @Command(name = "close")
    static final class Close implements Callable<Integer> {
        @ParentCommand
        YearCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "YEAR", descriptionKey = "cli.year.param.year")
        int year;

        @Override
        public Integer call() throws AppException {
            try (AppContext ctx = parent.open()) {
                print(spec.commandLine().getOut(), ctx.years().close(year));
                return Cli.OK;
            }
        }
    }

    @Command(name = "reopen")
    static final class Reopen implements Callable<Integer> {
        @ParentCommand
        YearCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "YEAR", descriptionKey = "cli.year.param.year")
        int year;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "cli.year.opt.reason")
        String reason;

        @Override
        public Integer call() throws AppException {
            try (AppContext ctx = parent.open()) {
                print(spec.commandLine().getOut(), ctx.years().reopen(year, reason));
                return Cli.OK;
            }
        }
    }
}
