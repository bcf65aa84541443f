package vn.dangvu.importing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dangvu.TestClocks;
import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.importing.ImportField;
import vn.dangvu.importing.ImportOptions;
import vn.dangvu.importing.ImportProblem;
import vn.dangvu.importing.ImportReport;
import vn.dangvu.importing.SheetHeader;
import vn.dangvu.ui.SyncBackgroundTasks;

class ImportWizardViewModelTest {

    private static final Path FILE = Path.of("ds.xlsx");
    private static final SheetHeader HEADER = new SheetHeader("DS", 3,
            List.of("STT", "Họ và tên", "Ngày sinh", "Năm sinh", "Ngày vào Đảng", "Chi bộ"),
            Map.of(ImportField.SEQ, 0, ImportField.FULL_NAME, 1, ImportField.BIRTH_DATE, 2,
                    ImportField.ADMISSION_DATE, 4, ImportField.CELL, 5));

    private final SyncBackgroundTasks tasks = new SyncBackgroundTasks();
    private final List<ImportOptions> calls = new ArrayList<>();
    private int written;
    private boolean badRow = true;

    private ImportReport fakeImport(Path file, ImportOptions o) {
        calls.add(o);
        List<ImportProblem> problems = badRow
                ? List.of(new ImportProblem(5, "C", ImportField.BIRTH_DATE, false, "import.date.future"))
                : List.of();
        List<Integer> rejected = badRow ? List.of(5) : List.of();
        boolean write = !o.dryRun() && (rejected.isEmpty() || o.onlyValid());
        return new ImportReport("DS", 3, o.mapping().orElseThrow(), 3, 2, 0, rejected, problems, List.of("Chi bộ Mới"), 0, write, 0, 0);
    }

    private ImportWizardViewModel vm() {
        return new ImportWizardViewModel(f -> HEADER, this::fakeImport, tasks, TestClocks.at(2026, 3, 1), () -> written++);
    }

    @Test
    void choosingAFileFillsTheMappingFromTheHeadersAndPreviewsADryRun() {
        ImportWizardViewModel vm = vm();
        vm.chooseFile(FILE);
        assertEquals(1, vm.mapping(ImportField.FULL_NAME).get());
        assertEquals(ImportWizardViewModel.UNUSED, vm.mapping(ImportField.GENDER).get());
        assertEquals("D – Năm sinh", vm.columnLabel(3));
        assertEquals(I18n.t("import.wizard.unused"), vm.columnLabel(-1));
        assertEquals(7, vm.columnChoices().size());
        assertEquals(1, calls.size());
        assertTrue(calls.getFirst().dryRun());
        assertEquals(2, calls.getFirst().mapping().orElseThrow().get(ImportField.BIRTH_DATE));
        assertEquals(I18n.t("import.wizard.counts", 3, 2, 0, 1, 1, 0), vm.counts().get());
        assertEquals(1, vm.problems().size());
        assertTrue(vm.problems().getFirst().text().startsWith("Dòng 5, cột C (Ngày sinh): "), vm.problems().getFirst().text());
        assertFalse(vm.problems().getFirst().warning());
    }

    @Test
    void aMappingChangeIsPreviewedAgainWithTheNewColumn() {
        ImportWizardViewModel vm = vm();
        vm.chooseFile(FILE);
        vm.mapping(ImportField.BIRTH_DATE).set(3);
        vm.mapping(ImportField.SEQ).set(ImportWizardViewModel.UNUSED);
        assertEquals(1, calls.size(), "previews wait for the pause after the changes");
        assertFalse(vm.canImport().get());
        tasks.runTimers();
        assertEquals(2, calls.size(), "two quick changes give one dry run");
        assertEquals(3, calls.getLast().mapping().orElseThrow().get(ImportField.BIRTH_DATE));
        assertFalse(calls.getLast().mapping().orElseThrow().containsKey(ImportField.SEQ));
        assertTrue(calls.getLast().dryRun());
    }

    @Test
    void withErrorsTheImportButtonSaysNothingWillBeWrittenUnlessOnlyValidRows() {
        ImportWizardViewModel vm = vm();
        vm.chooseFile(FILE);
        assertFalse(vm.canImport().get());
        assertEquals(I18n.t("import.wizard.importBlocked", 1), vm.importText().get());
        vm.runImport();
        assertEquals(1, calls.size(), "a blocked import does not run");

        vm.onlyValid().set(true);
        tasks.runTimers();
        assertTrue(vm.canImport().get());
        assertEquals(I18n.t("import.wizard.importCount", 2, 0), vm.importText().get());
        vm.runImport();
        ImportOptions real = calls.getLast();
        assertFalse(real.dryRun());
        assertTrue(real.onlyValid());
        assertTrue(real.createMissingCells());
        assertEquals(1, written);
        assertTrue(vm.result().get().startsWith(I18n.t("import.wizard.done", 2, 0, 1)), vm.result().get());
        assertFalse(vm.canImport().get(), "the same file is not imported twice by a second click");
    }

    @Test
    void aCleanFileCanBeImportedAllOrNothing() {
        badRow = false;
        ImportWizardViewModel vm = vm();
        vm.chooseFile(FILE);
        vm.createMissingCells().set(false);
        tasks.runTimers();
        assertFalse(calls.getLast().createMissingCells());
        assertTrue(vm.canImport().get());
        vm.runImport();
        assertFalse(calls.getLast().onlyValid());
        assertEquals(1, written);
    }

    @Test
    void aFileWithoutHeaderShowsTheReason() {
        ImportWizardViewModel vm = new ImportWizardViewModel(f -> {
            throw new AppException("import.file.noHeader", "Sheet1");
        }, this::fakeImport, tasks, TestClocks.at(2026, 3, 1), () -> written++);
        vm.chooseFile(FILE);
        assertEquals(I18n.t("import.file.noHeader", "Sheet1"), vm.error().get());
        assertFalse(vm.canImport().get());
        assertTrue(calls.isEmpty());
    }
}
