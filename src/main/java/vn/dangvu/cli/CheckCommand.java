package vn.dangvu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.backup.CheckReport;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;

/// `dangvu --db FILE check`: opens the file (a file H2 cannot read through is refused there: exit 1), reads every row,
/// prints the counts and what differs from the newest verified backup; exit 1, with the damage found on standard
/// error, when a value no save writes is there or the audit trail lost rows.
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws AppException {
        try (AppContext ctx = parent.openContext()) {
            CheckReport r = ctx.backups().check();
            PrintWriter out = spec.commandLine().getOut();
            r.lines().forEach(out::println);
            out.flush();
            if (!r.damaged()) {
                return Cli.OK;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(I18n.t("cli.check.damaged", r.file()));
            r.damageLines().forEach(err::println);
            err.flush();
            return Cli.BAD_INPUT;
        }
    }
}
