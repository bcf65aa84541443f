package vn.dangvu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.importing.ImportProblem;
import vn.dangvu.importing.ImportReport;

/// `dangvu import members FILE [--only-valid] [--dry-run]`: imports an Excel or CSV member list. All or nothing
/// unless --only-valid; cells named in the file are created; exit 1 when a row was rejected without --only-valid
/// (the database is then unchanged).
@Command(name = "members")
final class ImportMembersCommand implements Callable<Integer> {

    @ParentCommand
    ImportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.members.param.file")
    Path file;

    @Option(names = "--only-valid", descriptionKey = "cli.import.members.opt.onlyValid")
    boolean onlyValid;

    @Option(names = "--dry-run", descriptionKey = "cli.import.members.opt.dryRun")
    boolean dryRun;

    @Override
    public Integer call() throws AppException {
        try (AppContext ctx = parent.parent.openContext()) {
            ImportReport r = ctx.memberImport().importFile(file.toAbsolutePath(),
                    new ImportOptions(onlyValid, dryRun, true, Optional.empty(), Optional.empty(), LocalDate.now(ctx.clock())));
            PrintWriter out = spec.commandLine().getOut();
            out.println(I18n.t("cli.import.summary.file", file.getFileName(), r.sheetName(), r.headerRow()));
            out.println(I18n.t("cli.import.summary.counts", r.rowsRead(), r.imported(), r.updated(), r.rejectedRows().size()));
            if (!r.cellsCreated().isEmpty()) {
                out.println(I18n.t("cli.import.summary.cells", String.join(", ", r.cellsCreated())));
            }
            if (r.legacyCells() > 0) {
                out.println(I18n.t("cli.import.summary.legacy", r.legacyCells()));
            }
            if (r.badgesCarried() > 0) {
                out.println(I18n.t("import.badgesCarried", r.badgesCarried()));
            }
            if (r.tableEndRow() > 0) {
                out.println(I18n.t("import.tableEnd", r.tableEndRow()));
            }
            for (ImportProblem p : r.problems()) {
                out.println("  " + p.describe());
            }
            if (!r.rejectedRows().isEmpty()) {
                out.println(I18n.t("cli.import.summary.rejected", r.rejectedRows().toString().replaceAll("[\\[\\]]", "")));
            }
            out.println(I18n.t(r.written() ? "cli.import.written" : dryRun ? "cli.import.dryRun" : "cli.import.notWritten"));
            out.flush();
            return r.hasErrors() && !onlyValid ? Cli.BAD_INPUT : Cli.OK;
        }
    }
}
