package vn.dangvu.importing.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// What importing one corpus file into the seeded database must do: one row of [CorpusExpectations].
/// Either the file is refused as a whole (an i18n key, fragments of its Vietnamese message), or its rows are read:
/// the errors found (sheet row, column, key, fragments), then what the writing run imports: the default run for a
/// file without errors, the "only valid rows" run for a file with errors (its default run must write nothing).
final class CorpusCase {

    /// A row error: `describe` must start with "Dòng {row}, cột {column} (" and contain the fragments.
    record RowError(int row, String column, String key, List<String> fragments) {

        @Override
        public String toString() {
            return row + " " + column + " " + key;
        }
    }

    /// A query on the database after the writing run and the text of its single value.
    record Check(String sql, String expected) {
    }

    final String file;
    Optional<String> refusedKey = Optional.empty();
    List<String> fragments = List.of();
    int rowsRead;
    List<RowError> errors = List.of();
    List<RowError> warnings = List.of();
    int imported;
    int updated;
    List<String> cellsCreated = List.of();
    List<String> names = List.of();
    final List<Check> checks = new ArrayList<>();
    boolean cli;

    private CorpusCase(String file) {
        this.file = file;
    }

    /// The file is refused with `key`; its message contains the fragments.
    static CorpusCase refused(String file, String key, String... fragments) {
        CorpusCase c = new CorpusCase(file);
        c.refusedKey = Optional.of(key);
        c.fragments = List.of(fragments);
        return c;
    }

    /// A file without errors: the default run writes.
    static CorpusCase clean(String file, int rowsRead) {
        CorpusCase c = new CorpusCase(file);
        c.rowsRead = rowsRead;
        return c;
    }

    /// A file with these errors: the default run writes nothing; "only valid rows" writes the rest.
    static CorpusCase rejects(String file, int rowsRead, RowError... errors) {
        CorpusCase c = clean(file, rowsRead);
        c.errors = List.of(errors);
        return c;
    }

    static RowError err(int row, String column, String key, String... fragments) {
        return new RowError(row, column, key, List.of(fragments));
    }

    static RowError warning(int row, String column, String key, String... fragments) {
        return err(row, column, key, fragments);
    }

    /// Warnings that must be among those reported (they do not reject the row).
    CorpusCase warns(RowError... expected) {
        warnings = List.of(expected);
        return this;
    }

    /// New and updated members and the cells created by the writing run.
    CorpusCase writes(int newMembers, int updatedMembers, String... cells) {
        imported = newMembers;
        updated = updatedMembers;
        cellsCreated = List.of(cells);
        return this;
    }

    /// Full names that must be in the database after the writing run.
    CorpusCase names(String... fullNames) {
        names = List.of(fullNames);
        return this;
    }

    CorpusCase check(String sql, Object expected) {
        checks.add(new Check(sql, String.valueOf(expected)));
        return this;
    }

    /// Also run through the command line (exit code 1 for a refused file or rejected rows, else 0).
    CorpusCase cli() {
        cli = true;
        return this;
    }

    boolean hasErrors() {
        return refusedKey.isPresent() || !errors.isEmpty();
    }

    @Override
    public String toString() {
        return file;
    }
}
