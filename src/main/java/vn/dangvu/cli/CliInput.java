package vn.dangvu.cli;

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
}
