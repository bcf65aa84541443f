package vn.dangvu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.DoubleConsumer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.demo.DemoOptions;
import vn.dangvu.demo.DemoSummary;

/// `dangvu --db FILE demo [--members N] [--seed S]`: writes a fictional commune into a new database file.
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {

    /// From this size on, progress goes to stderr.
    private static final int PROGRESS_FROM = 5_000;

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--members", paramLabel = "N", defaultValue = "1500", descriptionKey = "cli.demo.opt.members")
    int members;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "cli.demo.opt.seed")
    long seed;

    @Override
    public Integer call() throws AppException {
        if (members < 1 || members > DemoOptions.MAX_MEMBERS) {
            throw new AppException("cli.demo.error.members", String.valueOf(members), 1,
                    String.valueOf(DemoOptions.MAX_MEMBERS));
        }
        PrintWriter err = spec.commandLine().getErr();
        DemoSummary[] s = new DemoSummary[1];
        // the commune is generated under a temporary name and named only when complete (issue 7: a kill left a
        // damaged file or 20,000 members without history under the real name, and demo refused to run again)
        Database db = Database.create(parent.databaseBase(),
                built -> s[0] = new AppContext(built).demo().populate(new DemoOptions(members, seed), progress(err)));
        db.close();
        PrintWriter out = spec.commandLine().getOut();
        out.println(I18n.t("cli.demo.done", db.file(), seed));
        DemoSummary d = s[0];
        out.println(I18n.t("cli.demo.summary", d.units(), d.cells(), d.members(), d.evaluations(),
                d.registrations(), d.commendations(), d.badges()));
        return Cli.OK;
    }

    private DoubleConsumer progress(PrintWriter err) {
        if (members < PROGRESS_FROM) {
            return p -> { };
        }
        int[] lastShown = {-1};
        return p -> {
            int tenth = (int) Math.floor(p * 10);
            if (tenth > lastShown[0]) {
                lastShown[0] = tenth;
                err.println(I18n.t("cli.demo.progress", tenth * 10));
                err.flush();
            }
        };
    }
}
