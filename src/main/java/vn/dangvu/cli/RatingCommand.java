package vn.dangvu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
import vn.dangvu.rating.RatingImportReport;
import vn.dangvu.rating.Summary;
import vn.dangvu.rating.SummaryLine;

/// `dangvu rating summary|import`: the year-end rating (issue 11).
/// `summary --format tsv` prints one line per grassroots organisation (the commune with its chi bộ trực thuộc, each
/// đảng bộ cơ sở and chi bộ cơ sở), no header: name, members rated, HTXSNV, HTTNV, HTNV, KHTNV, not rated (not to be
/// rated, or not yet decided), HTXSNV allowed by the quota (empty without a quota); a name's tabs become spaces.
@Command(name = "rating", subcommands = {RatingCommand.Summarise.class, RatingCommand.Import.class})
final class RatingCommand implements Callable<Integer> {

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

    @Command(name = "summary")
    static final class Summarise implements Callable<Integer> {
        @ParentCommand
        RatingCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "cli.rating.opt.year")
        int year;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", descriptionKey = "cli.rating.opt.format")
        Format format;

        @Override
        public Integer call() throws AppException {
            try (AppContext ctx = parent.open()) {
                Summary s = ctx.rating().summary(year);
                PrintWriter out = spec.commandLine().getOut();
                if (format == Format.TSV) {
                    s.organisations().forEach(l -> out.println(tsv(l)));
                } else {
                    table(out, s, ctx.rating().year(year).ratingDate());
                }
                out.flush();
                return Cli.OK;
            }
        }

        static String tsv(SummaryLine l) {
            return String.join("\t", l.name().replace('\t', ' '), String.valueOf(l.rated()), String.valueOf(l.levels().excellent()),
                    String.valueOf(l.levels().good()), String.valueOf(l.levels().completed()), String.valueOf(l.levels().notCompleted()),
                    String.valueOf(l.notRated() + l.pending()), l.allowed().isPresent() ? String.valueOf(l.allowed().getAsInt()) : "");
        }

        private static void table(PrintWriter out, Summary s, LocalDate ratingDate) {
            out.println(I18n.t("cli.rating.title", s.year(), s.ruleSet().name(), Dates.format(ratingDate)));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(I18n.t("cli.rating.col.organisation"), I18n.t("cli.rating.col.rated"), I18n.t("rating.level.short.EXCELLENT"),
                    I18n.t("rating.level.short.GOOD"), I18n.t("rating.level.short.COMPLETED"), I18n.t("rating.level.short.NOT_COMPLETED"),
                    I18n.t("cli.rating.col.notRated"), I18n.t("cli.rating.col.allowed")));
            for (SummaryLine l : s.organisations()) {
                rows.add(List.of(tsv(l).split("\t", -1)));
            }
            SummaryLine c = s.commune();
            rows.add(List.of(I18n.t("cli.rating.total"), String.valueOf(c.rated()), String.valueOf(c.levels().excellent()),
                    String.valueOf(c.levels().good()), String.valueOf(c.levels().completed()), String.valueOf(c.levels().notCompleted()),
                    String.valueOf(c.notRated() + c.pending()), ""));
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
    }

    /// `rating import --year YEAR FILE [--only-valid]`: all or nothing unless --only-valid; exit 1 when a row was
    /// refused without --only-valid (the database is then unchanged).
    @Command(name = "import")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        RatingCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "cli.rating.opt.year")
        int year;
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.rating.param.file")
        Path file;
        @Option(names = "--only-valid", descriptionKey = "cli.rating.opt.onlyValid")
        boolean onlyValid;

        @Override
        public Integer call() throws AppException {
            try (AppContext ctx = parent.open()) {
                RatingImportReport r = ctx.ratingImport().importFile(year, file.toAbsolutePath(), onlyValid);
                PrintWriter out = spec.commandLine().getOut();
                out.println(I18n.t("cli.import.summary.file", file.getFileName(), r.sheetName(), r.headerRow()));
                out.println(I18n.t("cli.rating.imported", r.rowsRead(), r.rated(), r.rejectedRows().size()));
                for (RatingImportReport.Problem p : r.problems()) {
                    out.println("  " + p.describe());
                }
                if (r.hasErrors()) {
                    out.println(I18n.t("cli.import.summary.rejected", r.rejectedRows().toString().replaceAll("[\\[\\]]", "")));
                }
                out.println(I18n.t(r.written() ? "cli.import.written" : r.hasErrors() ? "cli.import.notWritten" : "cli.rating.nothing"));
                out.flush();
                return r.hasErrors() && !onlyValid ? Cli.BAD_INPUT : Cli.OK;
            }
        }
    }
}
