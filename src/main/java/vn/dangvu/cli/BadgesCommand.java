package vn.dangvu.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.members.BadgeDueRow;
import vn.dangvu.members.BadgeService;

/// `dangvu badges --round DATE [--format tsv]`: the Party badge due list for a round (DATE: d/M/yyyy or yyyy-MM-dd).
/// TSV (no header): full name, milestone, due date (yyyy-MM-dd), note (early/blocked/posthumous…).
@Command(name = "badges")
final class BadgesCommand implements Callable<Integer> {

    enum Format { TABLE, TSV }

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--round", required = true, paramLabel = "DATE", descriptionKey = "cli.badges.opt.round")
    LocalDate round;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", descriptionKey = "cli.badges.opt.format")
    Format format;

    @Option(names = "--mark-awarded-before", paramLabel = "DATE", descriptionKey = "cli.badges.opt.markBefore")
    LocalDate markBefore;

    @Override
    public Integer call() throws AppException {
        try (AppContext ctx = parent.openContext()) {
            PrintWriter out = spec.commandLine().getOut();
            if (markBefore != null) {
                BadgeService.Marked m = ctx.badges().markAwardedBefore(markBefore);
                out.println(I18n.t("badge.mark.done", m.members(), m.badges()));
            }
            List<BadgeDueRow> rows = ctx.badges().dueList(round);
            StringBuilder sb = new StringBuilder();
            int n = 0;
            for (BadgeDueRow r : rows) {
                if (format == Format.TSV) {
                    sb.append(r.fullName().replace('\t', ' ')).append('\t').append(r.milestone()).append('\t')
                            .append(r.dueDate()).append('\t').append(BadgeService.noteText(r)).append('\n');
                } else {
                    sb.append(String.format("%4d  %-32s  %-24s  %s  %s  %s%n", ++n, r.fullName(),
                            r.unitName() == null ? "" : r.unitName(), I18n.t("cli.badges.milestone", r.milestone()),
                            Dates.format(r.dueDate()), BadgeService.noteText(r)));
                }
            }
            if (format == Format.TABLE) {
                sb.append(I18n.t("cli.badges.count", rows.size(), round)).append('\n');
            }
            out.print(sb);
            out.flush();
            return Cli.OK;
        }
    }
}
