package vn.dangvu.importing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/// How to import: all or nothing (default) or only the valid rows; a dry run writes nothing; cells named in
/// the file that do not exist are created on request; the user's column mapping replaces the recognised one.
public record ImportOptions(boolean onlyValid, boolean dryRun, boolean createMissingCells, Optional<String> defaultCell,
                            Optional<Map<ImportField, Integer>> mapping, LocalDate today) {

    public static ImportOptions defaults(LocalDate today) {
        return new ImportOptions(false, false, true, Optional.empty(), Optional.empty(), today);
    }
}
