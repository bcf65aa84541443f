package vn.dangvu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/// The command line: dangvu [--db FILE] COMMAND ...
@Command(name = "dangvu", mixinStandardHelpOptions = true)
public final class Cli implements Runnable {

    public static int run(String[] args) {
        return new CommandLine(new Cli()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
