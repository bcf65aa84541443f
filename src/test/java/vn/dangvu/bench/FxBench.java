package vn.dangvu.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.IntSupplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import vn.dangvu.members.CodeItem;
import vn.dangvu.members.MemberExportService.Column;
import vn.dangvu.members.MemberQuery;
import vn.dangvu.members.MemberRow;
import vn.dangvu.members.ui.MemberListView;
import vn.dangvu.members.ui.MemberListViewModel;
import vn.dangvu.ui.Choice;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.SyncBackgroundTasks;

/// The JavaFX toolkit for the benchmarks: headless Monocle with the software pipeline (what the UI tests use),
/// and the member screen exactly as MainWindow builds it, with a synchronous task runner so the time of a query
/// and of showing its rows can be measured on the FX thread.
final class FxBench {

    private static boolean started;

    private FxBench() {
    }

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> up = new CompletableFuture<>();
        // the app's theme (App.start): app.css builds on its colours
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            up.complete(null);
        });
        Platform.setImplicitExit(false);
        up.join();
        started = true;
    }

    /// Ends the toolkit so the JVM can exit (its thread is not a daemon).
    static synchronized void stop() {
        if (started) {
            Platform.exit();
            started = false;
        }
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    /// The app's stylesheet (fixed row height of the member table, in em).
    static final String CSS = FxBench.class.getResource("/vn/dangvu/app.css").toExternalForm();

    /// The floor of a keystroke's display: a bare TableView with the screen's default columns (same text, same
    /// stylesheet and fixed row height) in a shown 1280×800 window; showing = hand it the rows and lay it out.
    static final class BareTable {
        final TableView<MemberRow> table = new TableView<>();
        final Stage stage = new Stage();

        BareTable() {
            table.setId("memberTable");
            for (Column c : MemberListViewModel.DEFAULT_COLUMNS) {
                TableColumn<MemberRow, String> col = new TableColumn<>(c.name());
                col.setCellValueFactory(f -> new ReadOnlyStringWrapper(MemberListViewModel.text(c, f.getValue())));
                col.setSortable(false);
                table.getColumns().add(col);
            }
            stage.setScene(new Scene(new StackPane(table), 1280, 800));
            stage.getScene().getStylesheets().add(CSS);
            stage.show();
        }

        void show(List<MemberRow> rows) {
            table.setItems(FXCollections.observableList(rows));
            table.layout();
        }

        void close() {
            stage.close();
        }
    }

    /// The member screen in a shown 1280×800 window. Build and use it on the FX thread only.
    static final class Screen {
        final SyncBackgroundTasks tasks = new SyncBackgroundTasks();
        final MemberListViewModel vm;
        final TableView<MemberRow> table;
        final Stage stage;
        /// Time the last MemberService.list took (the rest of a keystroke is showing the rows).
        long queryNanos;

        Screen(Function<MemberQuery, List<MemberRow>> lister) {
            this(lister, () -> lister.apply(MemberQuery.all()).size());
        }

        /// `count`: the number of members on file (MemberService.count, as the app's screen asks it).
        @SuppressWarnings("unchecked")
        Screen(Function<MemberQuery, List<MemberRow>> lister, IntSupplier count) {
            MemberListViewModel.Source source = new MemberListViewModel.Source() {
                @Override
                public List<MemberRow> list(MemberQuery q) {
                    long t0 = System.nanoTime();
                    List<MemberRow> out = lister.apply(q);
                    queryNanos = System.nanoTime() - t0;
                    return out;
                }

                @Override
                public int count() {
                    return count.getAsInt();
                }

                @Override
                public List<CodeItem> codes(String kind) {
                    return List.of();
                }

                @Override
                public List<Choice<Long>> cells() {
                    return List.of();
                }
            };
            MemberListViewModel.ColumnStore columns = new MemberListViewModel.ColumnStore() {
                private List<Column> chosen = new ArrayList<>(MemberListViewModel.DEFAULT_COLUMNS);

                @Override
                public List<Column> load() {
                    return chosen;
                }

                @Override
                public void save(List<Column> c) {
                    chosen = new ArrayList<>(c);
                }
            };
            DialogService dialogs = new DialogService() {
                @Override
                public void showError(String message) {
                    throw new IllegalStateException(message);
                }

                @Override
                public void showInfo(String title, String message) {
                }
            };
            vm = new MemberListViewModel(source, (out, cols, rows) -> { }, columns, tasks, dialogs, Clock.systemDefaultZone());
            MemberListView view = new MemberListView(vm, id -> { }, () -> { });
            stage = new Stage();
            stage.setScene(new Scene((Parent) view.root(), 1280, 800));
            stage.getScene().getStylesheets().add(CSS);
            stage.show();
            table = (TableView<MemberRow>) stage.getScene().lookup("#memberTable");
        }

        /// First display: query all members and lay the table out.
        void load() {
            vm.load();
            table.layout();
        }

        /// One keystroke as the screen handles it once the debounce fires: the query, rows.setAll, table layout.
        void type(String text) {
            vm.search().set(text);
            long t0 = System.nanoTime();
            tasks.runTimers();
            long t1 = System.nanoTime();
            table.layout();
            long t2 = System.nanoTime();
            if (Boolean.getBoolean("bench.trace")) {
                System.err.printf("%-20s rows=%6d query=%6.2f setAll=%6.2f layout=%6.2f%n", text, table.getItems().size(),
                        queryNanos / 1e6, (t1 - t0 - queryNanos) / 1e6, (t2 - t1) / 1e6);
            }
        }

        int rows() {
            return table.getItems().size();
        }

        void close() {
            stage.close();
        }
    }
}
