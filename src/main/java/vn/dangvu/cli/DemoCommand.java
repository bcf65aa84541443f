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
        Database db = Database.create(parent.databaseBase());
        DemoSummary s;
        try {
            s = new AppContext(db).demo().populate(new DemoOptions(members, seed), progress(err));
            db.close();
        } catch (AppException | RuntimeException e) {
            CliInput.deleteCreated(db);
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(I18n.t("cli.demo.done", db.file(), seed));
        out.println(I18n.t("cli.demo.summary", s.units(), s.cells(), s.members(), s.evaluations(),
                s.registrations(), s.commendations(), s.badges()));
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
