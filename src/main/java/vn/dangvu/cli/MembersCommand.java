package vn.dangvu.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;


/// `dangvu members COMMAND`: groups the member commands.
@Command(name = "members", subcommands = {MembersListCommand.class, MembersShowCommand.class, MembersEventCommand.class,
    MembersLetterCommand.class})
final class MembersCommand implements Callable<Integer> {

    @ParentCommand
    Cli parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CliErrors.missingSubcommand(spec);
    }
}
