package vn.dangvu.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;

/// `dangvu plan export --year YEAR --out FILE [--issue --date DATE --summary TEXT]`: the year's plan as a KẾ HOẠCH
/// document (.docx or .pdf, HD 36 format; numbered from the document register with --issue) or every activity as a
/// table (.xlsx or .csv).
@Command(name = "plan", subcommands = {PlanCommand.Export.class})
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CliErrors.missingSubcommand(spec);
    }

    @Command(name = "export")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        PlanCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "cli.plan.opt.year")
        int year;
        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.plan.opt.out")
        Path out;
        @Option(names = "--issue", descriptionKey = "cli.plan.opt.issue")
        boolean issue;
        @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.plan.opt.date")
        LocalDate date;
        @Option(names = "--summary", paramLabel = "TEXT", descriptionKey = "cli.plan.opt.summary")
        String summary;

        @Override
        public Integer call() throws AppException {
            try (AppContext ctx = parent.parent.openContext()) {
                String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xlsx") || name.endsWith(".csv")) {
                    ctx.planDocuments().writeTable(year, out);
                } else {
                    if (issue) {
                        ctx.plans().issueDocument(year, date == null ? LocalDate.now(ctx.clock()) : date,
                                summary == null ? ctx.planDocuments().summary(year) : summary);
                    }
                    ctx.planDocuments().writeDocument(year, out);
                }
                spec.commandLine().getOut().println(I18n.t("cli.plan.written", out.toAbsolutePath()));
                return Cli.OK;
            }
        }
    }
}
