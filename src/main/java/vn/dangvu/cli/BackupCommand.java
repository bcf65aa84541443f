package vn.dangvu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.dangvu.AppContext;
import vn.dangvu.backup.Backup;
import vn.dangvu.backup.BackupTrigger;
import vn.dangvu.common.AppException;

/// `dangvu --db FILE backup [--to DIR]`: a verified backup (binary copy + SQL script + manifest) in the database's
/// backup folder, and with `--to` also copied to DIR the safe way (a USB stick). Prints the backup's path (the copy
/// in DIR with `--to`) and nothing else on standard output.
@Command(name = "backup")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "DIR", descriptionKey = "cli.backup.opt.to")
    Path to;

    @Override
    public Integer call() throws AppException {
        try (AppContext ctx = parent.openContext()) {
            ctx.backups().adoptUpgradeCopy();
            Backup b = to == null ? ctx.backups().backup(BackupTrigger.MANUAL) : ctx.backups().backupTo(to);
            spec.commandLine().getOut().println(b.binaryFile());
            return Cli.OK;
        }
    }
}
