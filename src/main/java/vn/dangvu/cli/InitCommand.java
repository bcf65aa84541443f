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
import vn.dangvu.db.Database;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SetupRequest;

/// `dangvu --db FILE init --commune NAME --province NAME [--secretary NAME] [--term-start Y --term-end Y]`:
/// creates a new database with the organisation settings. An existing file is refused and left untouched; the new
/// file appears under its name only when complete, so `init` can be run again after a kill.
@Command(name = "init")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--commune", required = true, paramLabel = "NAME", descriptionKey = "cli.init.opt.commune")
    String commune;

    @Option(names = "--province", required = true, paramLabel = "NAME", descriptionKey = "cli.init.opt.province")
    String province;

    @Option(names = "--secretary", paramLabel = "NAME", descriptionKey = "cli.init.opt.secretary")
    String secretary;

    @Option(names = "--term-start", paramLabel = "YEAR", defaultValue = "2025", descriptionKey = "cli.init.opt.termStart")
    int termStart;

    @Option(names = "--term-end", paramLabel = "YEAR", defaultValue = "2030", descriptionKey = "cli.init.opt.termEnd")
    int termEnd;

    @Override
    public Integer call() throws AppException {
        CliInput.requireText("--commune", commune);
        CliInput.requireText("--province", province);
        if (termStart < 1930 || termStart > 2100) {
            throw new AppException("cli.error.yearRange", "--term-start", String.valueOf(termStart), "1930", "2100");
        }
        if (termEnd < termStart || termEnd > 2100) {
            throw new AppException("cli.init.error.termEnd", String.valueOf(termEnd), String.valueOf(termStart));
        }
        Path base = parent.databaseBase();
        OrganizationSettings[] s = new OrganizationSettings[1];
        SetupRequest request = new SetupRequest(commune, province, secretary, "", termStart, termEnd);
        // built under a temporary name and named only once the settings are in: a kill leaves no half-made file
        Database db = Database.create(base, built -> s[0] = new AppContext(built).settings().setup(request));
        db.close();
        spec.commandLine().getOut().println(I18n.t("cli.init.done", db.file(), s[0].partyOrganizationName(),
                s[0].provinceLine(), termStart + "–" + termEnd));
        return Cli.OK;
    }
}
