package vn.dangvu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Text;

/// Small checks and clean-ups shared by the commands.
final class CliInput {

    private CliInput() {
    }

    /// A required text option given as blank is bad input, named by its option.
    static void requireText(String option, String value) throws AppException {
        if (Text.clean(value).isEmpty()) {
            throw new AppException("cli.error.blank", option);
        }
    }

    /// The first line of a secret file (a password): UTF-8, without its line end; a missing or empty file is bad
    /// input named by its option.
    static char[] firstLine(Path file, String option) throws AppException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AppException(e, "cli.error.passwordFile", option, file);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            throw new AppException("cli.error.passwordFileEmpty", option, file);
        }
        return line.toCharArray();
    }
}
