package vn.dangvu.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import vn.dangvu.common.I18n;

/// `dangvu export COMMAND`: groups the export commands.
@Command(name = "export", subcommands = ExportMembersCommand.class)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(I18n.t("cli.error.missingCommand", CliErrors.commandNames(spec)));
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }
}
