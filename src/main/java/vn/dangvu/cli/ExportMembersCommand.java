package vn.dangvu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.members.MemberQuery;

/// `dangvu export members --out FILE.xlsx|.csv`: every member in Vietnamese order (CSV with a UTF-8 BOM).
@Command(name = "members")
final class ExportMembersCommand implements Callable<Integer> {

    @ParentCommand
    ExportCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.export.members.opt.out")
    Path out;

    @Override
    public Integer call() throws AppException {
        try (AppContext ctx = parent.parent.openContext()) {
            int n = ctx.memberExport().write(out.toAbsolutePath(), MemberQuery.all());
            spec.commandLine().getOut().println(I18n.t("cli.export.done", n, out.toAbsolutePath()));
            return Cli.OK;
        }
    }
}
