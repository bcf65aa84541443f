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
import vn.dangvu.backup.Backup;
import vn.dangvu.backup.EncryptionService;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;

/// `dangvu --db FILE [--password-file P] encryption status|on|off|password`: encryption at rest from the command line
/// (issue 9). `on` encrypts the closed file under the password of P (a verified backup first) and writes the recovery
/// sheet to `--sheet PDF` (required: the recovery code is shown only then); `off` decrypts it (P: its password);
/// `password` puts the password of `--new-password-file` in place of P's (or, with `--recovery-code-file`, of a
/// forgotten one) without rewriting the data.
@Command(name = "encryption")
final class EncryptionCommand implements Callable<Integer> {

    enum Action { STATUS, ON, OFF, PASSWORD }

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", descriptionKey = "cli.encryption.param.action")
    Action action;

    @Option(names = "--sheet", paramLabel = "PDF", descriptionKey = "cli.encryption.opt.sheet")
    Path sheet;

    @Option(names = "--new-password-file", paramLabel = "FILE", descriptionKey = "cli.encryption.opt.newPassword")
    Path newPasswordFile;

    @Option(names = "--recovery-code-file", paramLabel = "FILE", descriptionKey = "cli.encryption.opt.recoveryCode")
    Path recoveryCodeFile;

    @Override
    public Integer call() throws AppException {
        Path base = parent.databaseBase();
        PrintWriter out = spec.commandLine().getOut();
        EncryptionService service = AppContext.encryption(AppContext.systemClock());
        switch (action) {
            case STATUS -> out.println(I18n.t(EncryptionService.encrypted(base) ? "cli.encryption.on" : "cli.encryption.off",
                    Database.dataFile(base)));
            case ON -> {
                if (sheet == null) {
                    throw new AppException("cli.encryption.error.sheetNeeded");
                }
                EncryptionService.TurnedOn on = service.turnOn(base, parent.password());
                try (AppContext ctx = parent.openContext()) {
                    EncryptionService.writeRecoverySheet(ctx.backups().commune(), Database.dataFile(base), LocalDate.now(ctx.clock()),
                            on.recoveryCode(), sheet.toAbsolutePath());
                }
                on.before().ifPresent(b -> out.println(I18n.t("cli.encryption.before", b.binaryFile())));
                out.println(I18n.t("cli.encryption.turnedOn", Database.dataFile(base), sheet.toAbsolutePath()));
            }
            case OFF -> {
                Optional<Backup> before = service.turnOff(base, parent.password());
                before.ifPresent(b -> out.println(I18n.t("cli.encryption.before", b.binaryFile())));
                out.println(I18n.t("cli.encryption.turnedOff", Database.dataFile(base)));
            }
            case PASSWORD -> {
                if (newPasswordFile == null) {
                    throw new AppException("cli.encryption.error.newPasswordNeeded");
                }
                char[] fresh = CliInput.firstLine(newPasswordFile, "--new-password-file");
                Optional<String> code = recoveryCodeFile == null ? Optional.empty()
                        : Optional.of(new String(CliInput.firstLine(recoveryCodeFile, "--recovery-code-file")));
                try (Database db = code.isPresent()
                        ? Database.open(base, EncryptionService.unlockWithRecoveryCode(base, code.get())) : parent.openDatabase()) {
                    service.changePassword(db, code.isPresent() ? Optional.empty() : Optional.of(parent.password()), code, fresh);
                }
                out.println(I18n.t("cli.encryption.passwordChanged", Database.dataFile(base)));
            }
            default -> throw new IllegalStateException(action.name());
        }
        return Cli.OK;
    }
}
