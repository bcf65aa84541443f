package vn.dangvu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.registrations.CellCoverage;
import vn.dangvu.registrations.Coverage;
import vn.dangvu.registrations.RegistrationImportReport;

/// `dangvu registrations import|summary`: learning and emulation registrations (issue 10).
/// `summary --format tsv` prints one line per cell, no header: cell name, members, registered, items, done, partly,
/// not done (the counts of [CellCoverage]; a name's tabs become spaces).
@Command(name = "registrations", subcommands = {RegistrationsCommand.Import.class, RegistrationsCommand.Summary.class})
final class RegistrationsCommand implements Callable<Integer> {

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

    /// `registrations import --year YEAR FILE [--only-valid]`: all or nothing unless --only-valid; exit 1 when a row
    /// was rejected without --only-valid (the database is then unchanged).
    @Command(name = "import")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        RegistrationsCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "cli.registrations.opt.year")
        int year;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.registrations.param.file")
        Path file;
        @Option(names = "--only-valid", descriptionKey = "cli.registrations.opt.onlyValid")
        boolean onlyValid;

        @Override
        public Integer call() throws AppException {
            try (AppContext ctx = parent.open()) {
                RegistrationImportReport r = ctx.registrationImport().importFile(year, file.toAbsolutePath(), onlyValid);
                PrintWriter out = spec.commandLine().getOut();
                out.println(I18n.t("cli.import.summary.file", file.getFileName(), r.sheetName(), r.headerRow()));
                out.println(I18n.t("cli.registrations.imported", r.rowsRead(), r.members(), r.items(), r.rejectedRows().size()));
                for (RegistrationImportReport.Problem p : r.problems()) {
                    out.println("  " + p.describe());
                }
                if (r.hasErrors()) {
                    out.println(I18n.t("cli.import.summary.rejected", r.rejectedRows().toString().replaceAll("[\\[\\]]", "")));
                }
                out.println(I18n.t(r.written() ? "cli.import.written" : r.hasErrors() ? "cli.import.notWritten"
                        : "cli.registrations.nothing"));
                out.flush();
                return r.hasErrors() && !onlyValid ? Cli.BAD_INPUT : Cli.OK;
            }
        }
    }

    /// `registrations summary --year YEAR [--format tsv]`: coverage per cell.
    @Command(name = "summary")
    static final class Summary implements Callable<Integer> {
        @ParentCommand
        RegistrationsCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "cli.registrations.opt.year")
        int year;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", descriptionKey = "cli.registrations.opt.format")
        Format format;

        @Override
        public Integer call() throws AppException {
            try (AppContext ctx = parent.open()) {
                if (ctx.years().find(year).isEmpty()) {
                    throw new AppException("year.error.notOpened", year);
                }
                Coverage c = ctx.registrations().coverage(year);
                PrintWriter out = spec.commandLine().getOut();
                if (format == Format.TSV) {
                    for (CellCoverage cell : c.cells()) {
                        out.println(tsv(cell));
                    }
                } else {
                    table(out, c);
                }
                out.flush();
                return Cli.OK;
            }
        }

        static String tsv(CellCoverage c) {
            return String.join("\t", c.name().replace('\t', ' '), String.valueOf(c.members()), String.valueOf(c.registered()),
                    String.valueOf(c.items().items()), String.valueOf(c.items().done()), String.valueOf(c.items().partly()),
                    String.valueOf(c.items().notDone()));
        }

        private static void table(PrintWriter out, Coverage c) {
            out.println(I18n.t("cli.registrations.title", c.year(), Dates.format(c.asOf())));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(I18n.t("cli.registrations.col.cell"), I18n.t("cli.registrations.col.members"),
                    I18n.t("cli.registrations.col.registered"), I18n.t("cli.registrations.col.missing"),
                    I18n.t("cli.registrations.col.items"), I18n.t("cli.registrations.col.vague"),
                    I18n.t("cli.registrations.col.done"), I18n.t("cli.registrations.col.partly"),
                    I18n.t("cli.registrations.col.notDone")));
            for (CellCoverage cell : c.cells()) {
                rows.add(line(cell.name(), cell));
            }
            rows.add(line(I18n.t("cli.registrations.total"), c.total()));
            int[] widths = new int[rows.getFirst().size()];
            for (List<String> r : rows) {
                for (int i = 0; i < r.size(); i++) {
                    widths[i] = Math.max(widths[i], r.get(i).length());
                }
            }
            for (List<String> r : rows) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < r.size(); i++) {
                    String v = r.get(i);
                    String pad = " ".repeat(widths[i] - v.length());
                    sb.append(i == 0 ? v + pad : pad + v).append(i < r.size() - 1 ? "  " : "");
                }
                out.println(sb.toString().stripTrailing());
            }
        }

        private static List<String> line(String name, CellCoverage c) {
            return List.of(name, String.valueOf(c.members()), String.valueOf(c.registered()), String.valueOf(c.missing()),
                    String.valueOf(c.items().items()), String.valueOf(c.items().vague()), String.valueOf(c.items().done()),
                    String.valueOf(c.items().partly()), String.valueOf(c.items().notDone()));
        }
    }
}
