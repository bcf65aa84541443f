package vn.dangvu.backup;

import java.io.PrintWriter;
import java.io.StringWriter;

import vn.dangvu.cli.Cli;

/// Runs the command line in this JVM and keeps what it printed.
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
