package vn.dangvu.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.common.Text;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.units.PartyUnit;

/// `dangvu members list [--search TEXT] [--cell NAME] [--format table|tsv]`: members in Vietnamese order.
/// TSV has no header line: full name, birth date (yyyy-MM-dd), cell, status, one member per line.
@Command(name = "list")
final class MembersListCommand implements Callable<Integer> {

    enum Format { TABLE, TSV }


    @ParentCommand
    MembersCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "cli.members.list.opt.search")
    String search;

    @Option(names = "--cell", paramLabel = "NAME", descriptionKey = "cli.members.list.opt.cell")
    String cell;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", descriptionKey = "cli.members.list.opt.format")
    Format format;

    @Override
    public Integer call() throws AppException {
        try (AppContext ctx = parent.parent.openContext()) {
            Optional<Long> unitId = Optional.empty();
            if (cell != null) {
                CliInput.requireText("--cell", cell);
                PartyUnit unit = ctx.units().findByName(cell)
                        .orElseThrow(() -> new AppException("cli.members.error.unknownCell", Text.clean(cell)));
                unitId = Optional.of(unit.id());
            }
            List<MemberRow> rows = ctx.members().list(new MemberQuery(search == null ? "" : search, unitId));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.TSV) {
                printTsv(out, rows);
            } else {
                printTable(out, rows);
            }
            out.flush();
        }
        return Cli.OK;
    }

    private static void printTsv(PrintWriter out, List<MemberRow> rows) {
        StringBuilder sb = new StringBuilder(rows.size() * 64);
        for (MemberRow r : rows) {
            sb.append(tsvField(r.fullName())).append('\t')
                    .append(r.birthIso()).append('\t')
                    .append(tsvField(r.unitName())).append('\t')
                    .append(I18n.t(r.status().i18nKey())).append('\n');
        }
        out.print(sb);
    }

    private static String tsvField(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static void printTable(PrintWriter out, List<MemberRow> rows) {
        String[] head = {I18n.t("cli.members.col.no"), I18n.t("cli.members.col.name"), I18n.t("cli.members.col.birth"),
            I18n.t("cli.members.col.cell"), I18n.t("cli.members.col.status")};
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            w[i] = head[i].length();
        }
        w[0] = Math.max(w[0], String.valueOf(rows.size()).length());
        for (MemberRow r : rows) {
            w[1] = Math.max(w[1], r.fullName().length());
            w[2] = Math.max(w[2], 10);
            w[3] = Math.max(w[3], r.unitName() == null ? 0 : r.unitName().length());
        }
        StringBuilder sb = new StringBuilder((rows.size() + 3) * 100);
        line(sb, w, head);
        int n = 0;
        for (MemberRow r : rows) {
            line(sb, w, String.valueOf(++n), r.fullName(), r.birthText(),
                    r.unitName() == null ? "" : r.unitName(), I18n.t(r.status().i18nKey()));
        }
        sb.append(I18n.t("cli.members.count", rows.size())).append('\n');
        out.print(sb);
    }

    private static void line(StringBuilder sb, int[] w, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            if (i == 0) {
                sb.append(" ".repeat(w[0] - c.length())).append(c);
            } else if (i == cells.length - 1) {
                sb.append(c);
            } else {
                sb.append(c).append(" ".repeat(w[i] - c.length()));
            }
            if (i < cells.length - 1) {
                sb.append("  ");
            }
        }
        sb.append('\n');
    }
}
