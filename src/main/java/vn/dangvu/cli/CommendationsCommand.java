package vn.dangvu.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.commendation.ListedEntry;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;

/// `dangvu commendations list --year YEAR [--format tsv]` (issue 12): one line per entry of the year's issued
/// decisions. `--format tsv` prints, with no header: the decision number ("15-QĐ/ĐU"), the decision date
/// (yyyy-MM-dd), the form code (GIAY_KHEN, BIEU_DUONG), the recipient's name as on the decision, and the kind
/// (member, organisation, collective); a name's tabs become spaces.
@Command(name = "commendations", subcommands = {CommendationsCommand.ListEntries.class})
final class CommendationsCommand implements Callable<Integer> {

    enum Format { TABLE, TSV }

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CliErrors.missingSubcommand(spec);
    }

    @Command(name = "list")
    static final class ListEntries implements Callable<Integer> {
        @ParentCommand
        CommendationsCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "cli.commendations.opt.year")
        int year;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", descriptionKey = "cli.commendations.opt.format")
        Format format;

        @Override
        public Integer call() throws AppException {
            try (AppContext ctx = parent.parent.openContext()) {
                List<ListedEntry> entries = ctx.commendations().list(year);
                PrintWriter out = spec.commandLine().getOut();
                if (format == Format.TSV) {
                    entries.forEach(e -> out.println(tsv(e)));
                } else {
                    table(out, entries);
                }
                out.flush();
                return Cli.OK;
            }
        }

        static String tsv(ListedEntry e) {
            return String.join("\t", e.number(), e.date().toString(), e.form().name(), e.name().replace('\t', ' '), e.kind().word());
        }

        private void table(PrintWriter out, List<ListedEntry> entries) {
            out.println(I18n.t("cli.commendations.title", year, entries.size()));
            if (entries.isEmpty()) {
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(I18n.t("cli.commendations.col.number"), I18n.t("cli.commendations.col.date"),
                    I18n.t("cli.commendations.col.form"), I18n.t("cli.commendations.col.name"), I18n.t("cli.commendations.col.kind")));
            for (ListedEntry e : entries) {
                rows.add(List.of(e.number(), Dates.format(e.date()), I18n.t(e.form().i18nKey()), e.name().replace('\t', ' '),
                        I18n.t(e.kind().i18nKey())));
            }
            int[] widths = new int[rows.getFirst().size()];
            for (List<String> r : rows) {
                for (int i = 0; i < r.size(); i++) {
                    widths[i] = Math.max(widths[i], r.get(i).length());
                }
            }
            for (List<String> r : rows) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < r.size(); i++) {
                    sb.append(r.get(i)).append(" ".repeat(widths[i] - r.get(i).length())).append("  ");
                }
                out.println(sb.toString().stripTrailing());
            }
        }
    }
}
