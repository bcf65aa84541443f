package vn.dangvu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.backup.EncryptionService;
import vn.dangvu.backup.RestoreService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;

/// `dangvu --db FILE restore BACKUP [--other-commune]`: puts a backup (its `.mv.db`, `.sql.gz` or `.manifest`) in the
/// place of FILE, after backing FILE up; the database must not be open elsewhere. Then opens the result once (an
/// older backup is upgraded there, with its own pre-upgrade copy). A backup of another commune is refused unless
/// `--other-commune` says that is meant.
@Command(name = "restore")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BACKUP", descriptionKey = "cli.restore.param.backup")
    Path backup;

    @Option(names = "--other-commune", descriptionKey = "cli.restore.opt.otherCommune")
    boolean otherCommune;

    @Override
    public Integer call() throws AppException {
        Path base = parent.databaseBase();
        // encryption at rest: the current file and the backup each open with the password of --password-file
        Optional<Database.Encryption> current = EncryptionService.encrypted(base)
                ? Optional.of(EncryptionService.unlock(base, parent.password())) : Optional.empty();
        Optional<Database.Encryption> ofBackup = EncryptionService.keyOfBackup(backup.toAbsolutePath(), parent.passwordIfGiven());
        RestoreService.Restored r = new RestoreService(AppContext.systemClock())
                .restore(base, backup.toAbsolutePath(), otherCommune, current, ofBackup);
        try (Database db = parent.openDatabase()) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(I18n.t("cli.restore.done", db.file(), r.restored().file()));
            for (String line : r.restored().lines()) {
                out.println("  " + line);
            }
            r.before().ifPresent(b -> out.println(I18n.t("cli.restore.before", b.binaryFile())));
            r.setAside().ifPresent(p -> out.println(I18n.t("cli.restore.setAside", p)));
        }
        return Cli.OK;
    }
}
