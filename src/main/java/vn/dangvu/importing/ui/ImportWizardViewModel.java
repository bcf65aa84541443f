package vn.dangvu.importing.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.importing.ImportField;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.importing.ImportProblem;
import vn.dangvu.importing.ImportReport;
import vn.dangvu.importing.SheetHeader;
import vn.dangvu.ui.BackgroundTasks;

/// The Excel import wizard: file -> header and column mapping -> dry run preview with every problem ->
/// options -> the real import -> summary. All file and database work runs through [BackgroundTasks].
public final class ImportWizardViewModel {

    /// A mapping choice meaning "this field is not in the file".
    public static final int UNUSED = -1;
    /// Mapping or option changes are previewed after this pause, so several quick changes give one dry run.
    public static final long PREVIEW_DELAY_MS = 300;

    /// ImportHeaderService::read
    @FunctionalInterface
    public interface HeaderReader {
        SheetHeader read(Path file) throws AppException;
    }

    /// MemberImportService::importFile
    @FunctionalInterface
    public interface Importer {
        ImportReport importFile(Path file, ImportOptions options) throws AppException;
    }

    /// One line of the problem table.
    public record ProblemRow(int row, String column, boolean warning, String text) {
    }

    private final HeaderReader headers;
    private final Importer importer;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final Runnable onWritten;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SheetHeader> header = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Integer> columnChoices = FXCollections.observableArrayList();
    private final Map<ImportField, ObjectProperty<Integer>> mapping = new EnumMap<>(ImportField.class);
    private final BooleanProperty createMissingCells = new SimpleBooleanProperty(true);
    private final BooleanProperty onlyValid = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ImportReport> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importText = new ReadOnlyStringWrapper(I18n.t("import.wizard.import"));
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private BackgroundTasks.Cancellable pending;
    private boolean loading;
    private long sequence;

    public ImportWizardViewModel(HeaderReader headers, Importer importer, BackgroundTasks tasks,
                                 Clock clock, Runnable onWritten) {
        this.headers = headers;
        this.importer = importer;
        this.tasks = tasks;
        this.clock = clock;
        this.onWritten = onWritten;
        for (ImportField f : ImportField.values()) {
            ObjectProperty<Integer> p = new SimpleObjectProperty<>(UNUSED);
            p.addListener((o, a, b) -> changed());
            mapping.put(f, p);
        }
        createMissingCells.addListener((o, a, b) -> changed());
        onlyValid.addListener((o, a, b) -> changed());
    }

    /// Reads the header row of the chosen file, fills the mapping from the recognised headers, then previews.
    public void chooseFile(Path chosen) {
        file.set(chosen);
        header.set(null);
        clearPreview();
        result.set("");
        long seq = ++sequence;
        busy.set(true);
        tasks.run(I18n.t("import.wizard.reading", chosen.getFileName()), p -> headers.read(chosen), h -> {
            if (seq != sequence) {
                return;
            }
            busy.set(false);
            loading = true;
            header.set(h);
            columnChoices.setAll(IntStream.range(UNUSED, h.columns().size()).boxed().toList());
            mapping.forEach((f, prop) -> prop.set(h.recognised().getOrDefault(f, UNUSED)));
            loading = false;
            preview();
        }, e -> failed(seq, e));
    }

    private void changed() {
        if (loading || header.get() == null) {
            return;
        }
        if (pending != null) {
            pending.cancel();
        }
        canImport.set(false);
        pending = tasks.schedule(PREVIEW_DELAY_MS, this::preview);
    }

    /// Dry run with the current mapping and options: counts and every problem, nothing written.
    public void preview() {
        pending = null;
        Path f = file.get();
        if (f == null || header.get() == null) {
            return;
        }
        long seq = ++sequence;
        busy.set(true);
        canImport.set(false);
        tasks.run(I18n.t("import.wizard.checking"), p -> importer.importFile(f, options(true)), r -> {
            if (seq == sequence) {
                busy.set(false);
                showPreview(r);
            }
        }, e -> failed(seq, e));
    }

    /// The real import, one transaction; all or nothing unless "only valid rows" is on.
    public void runImport() {
        Path f = file.get();
        if (f == null || !canImport.get()) {
            return;
        }
        long seq = ++sequence;
        busy.set(true);
        canImport.set(false);
        tasks.run(I18n.t("import.wizard.importing"), p -> importer.importFile(f, options(false)), r -> {
            if (seq != sequence) {
                return;
            }
            busy.set(false);
            result.set(summary(r));
            if (r.written()) {
                onWritten.run();
            }
        }, e -> failed(seq, e));
    }

    private ImportOptions options(boolean dryRun) {
        Map<ImportField, Integer> m = new EnumMap<>(ImportField.class);
        mapping.forEach((f, p) -> {
            if (p.get() != null && p.get() >= 0) {
                m.put(f, p.get());
            }
        });
        return new ImportOptions(onlyValid.get(), dryRun, createMissingCells.get(), Optional.empty(), Optional.of(m), LocalDate.now(clock));
    }

    private void showPreview(ImportReport r) {
        preview.set(r);
        error.set("");
        problems.setAll(r.problems().stream()
                .map(p -> new ProblemRow(p.row(), p.column(), p.warning(), p.describe())).toList());
        counts.set(I18n.t("import.wizard.counts", r.rowsRead(), r.imported(), r.updated(), r.rejectedRows().size(),
                r.cellsCreated().size(), r.legacyCells())
                + (r.badgesCarried() > 0 ? " " + I18n.t("import.badgesCarried", r.badgesCarried()) : "")
                + (r.tableEndRow() > 0 ? " " + I18n.t("import.tableEnd", r.tableEndRow()) : ""));
        boolean errors = r.hasErrors();
        boolean something = r.imported() + r.updated() > 0;
        if (errors && !onlyValid.get()) {
            importText.set(I18n.t("import.wizard.importBlocked", r.rejectedRows().size()));
            canImport.set(false);
        } else if (!something) {
            importText.set(I18n.t("import.wizard.importNothing"));
            canImport.set(false);
        } else {
            importText.set(I18n.t("import.wizard.importCount", r.imported(), r.updated()));
            canImport.set(true);
        }
    }

    private static String summary(ImportReport r) {
        if (!r.written()) {
            return I18n.t("import.wizard.notWritten", r.rejectedRows().size());
        }
        String s = I18n.t("import.wizard.done", r.imported(), r.updated(), r.rejectedRows().size());
        return r.cellsCreated().isEmpty() ? s : s + " " + I18n.t("import.wizard.cellsCreated", String.join(", ", r.cellsCreated()));
    }

    private void failed(long seq, Throwable e) {
        if (seq != sequence) {
            return;
        }
        busy.set(false);
        clearPreview();
        error.set(e instanceof AppException a ? a.userMessage() : I18n.t("import.wizard.failed", String.valueOf(e.getMessage())));
    }

    private void clearPreview() {
        preview.set(null);
        problems.clear();
        counts.set("");
        error.set("");
        canImport.set(false);
        importText.set(I18n.t("import.wizard.import"));
    }

    /// "C – Ngày sinh" for a column index, "(không dùng)" for [#UNUSED].
    public String columnLabel(Integer index) {
        SheetHeader h = header.get();
        if (index == null || index < 0 || h == null) {
            return I18n.t("import.wizard.unused");
        }
        String text = index < h.columns().size() ? h.columns().get(index).replaceAll("\\s+", " ").trim() : "";
        return ImportProblem.columnName(index) + (text.isEmpty() ? "" : " – " + text);
    }

    public ObjectProperty<Integer> mapping(ImportField f) {
        return mapping.get(f);
    }

    public List<ImportField> fields() {
        return List.of(ImportField.values());
    }

    public ObservableList<Integer> columnChoices() {
        return columnChoices;
    }

    public ReadOnlyObjectProperty<Path> file() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SheetHeader> header() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> previewReport() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public BooleanProperty createMissingCells() {
        return createMissingCells;
    }

    public BooleanProperty onlyValid() {
        return onlyValid;
    }

    public ReadOnlyStringProperty counts() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importText() {
        return importText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImport() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty result() {
        return result.getReadOnlyProperty();
    }

    /// "Tệp …, trang «…», dòng tiêu đề …" once the header is read.
    public String headerText() {
        SheetHeader h = header.get();
        return h == null ? "" : I18n.t("import.wizard.header", file.get().getFileName(), h.sheetName(), h.headerRow());
    }
}
