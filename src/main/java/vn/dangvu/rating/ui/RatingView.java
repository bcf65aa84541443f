package vn.dangvu.rating.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import vn.dangvu.common.I18n;
import vn.dangvu.rating.Level;
import vn.dangvu.rating.RatingText;
import vn.dangvu.rating.ui.RatingViewModel.Row;
import vn.dangvu.rating.ui.RatingViewModel.SummaryRow;

/// The rating screen (Đánh giá, xếp loại): the year and its rule set on top; tabs for the members of a cell (with
/// those not rated apart), the organisations and the summary with its chart; on the right the selected member's or
/// organisation's three steps, what is shown beside them and the live HTXSNV counter.
public final class RatingView {

    /// The header cell's padding and the sort arrow's room on both sides of a column's name.
    private static final double HEADER_PADDING = 24;

    private final RatingViewModel vm;
    private final VBox root = new VBox(8);
    private final TableView<Row> members = new TableView<>();
    private final TableView<Row> notRated = new TableView<>();
    private final TableView<Row> organisations = new TableView<>();
    private final TableView<SummaryRow> summary = new TableView<>();
    private final NumberAxis percent = new NumberAxis(0, 100, 20);
    private final StackedBarChart<Number, String> chart = new StackedBarChart<>(percent, new CategoryAxis());
    private final Optional<Node> ruleSets;

    public RatingView(RatingViewModel vm) {
        this(vm, Optional.empty());
    }

    /// With the rule sets tab ([RuleSetView]) after the summary.
    public RatingView(RatingViewModel vm, Optional<Node> ruleSets) {
        this.vm = vm;
        this.ruleSets = ruleSets;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.setPadding(new Insets(12));
        root.setId("evaluationView");
        Label title = new Label(I18n.t("shell.section.evaluation"));
        title.getStyleClass().add("title-3");
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("ratingYear");
        year.valueProperty().bindBidirectional(vm.year());
        year.setAccessibleText(I18n.t("rating.ui.year"));
        Label yearLabel = new Label(I18n.t("rating.ui.year"));
        yearLabel.setLabelFor(year);
        Label info = new Label();
        info.setId("ratingYearInfo");
        info.textProperty().bind(vm.yearInfo());
        info.setWrapText(true);
        title.setMinWidth(Region.USE_PREF_SIZE);
        yearLabel.setMinWidth(Region.USE_PREF_SIZE);
        year.setMinWidth(Region.USE_PREF_SIZE);
        year.setPrefWidth(110);
        HBox top = new HBox(10, title, yearLabel, year);
        top.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("ratingError");
        error.getStyleClass().add("danger");
        error.textProperty().bind(vm.error());
        error.setWrapText(true);
        error.managedProperty().bind(vm.error().isNotEmpty());
        error.visibleProperty().bind(vm.error().isNotEmpty());
        Label message = new Label();
        message.setId("ratingMessage");
        message.textProperty().bind(vm.message());
        message.managedProperty().bind(vm.message().isNotEmpty());
        message.visibleProperty().bind(vm.message().isNotEmpty());

        TabPane tabs = new TabPane(new Tab(I18n.t("rating.ui.tab.members"), membersTab()),
                new Tab(I18n.t("rating.ui.tab.organisations"), organisationsTab()), new Tab(I18n.t("rating.ui.tab.summary"), summaryTab()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ruleSets.ifPresent(n -> {
            Tab t = new Tab(I18n.t("rating.ui.tab.ruleSets"), n);
            t.setId("ratingRuleSetsTab");
            tabs.getTabs().add(t);
        });
        Node editor = editor();
        SplitPane split = new SplitPane(tabs, editor);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(editor, false);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            members.getSelectionModel().clearSelection();
            organisations.getSelectionModel().clearSelection();
            vm.selected().set(null);
            // the summary and the rule sets take the whole width: the member's or organisation's editor has nothing there
            boolean wide = b.intValue() >= 2;
            if (wide) {
                split.getItems().remove(editor);
            } else if (!split.getItems().contains(editor)) {
                split.getItems().add(editor);
                split.setDividerPositions(0.7);
            }
        });
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(top, info, error, message, split);
        vm.quotaQuestion().addListener((o, a, b) -> {
            if (b != null && !b.isEmpty()) {
                askJustification(b);
            }
        });
    }

    private Node membersTab() {
        ComboBox<RatingViewModel.CellChoice> cell = new ComboBox<>(vm.cells());
        cell.setId("ratingCell");
        cell.valueProperty().bindBidirectional(vm.cell());
        cell.setAccessibleText(I18n.t("rating.ui.cell"));
        Label cellLabel = new Label(I18n.t("rating.ui.cell"));
        cellLabel.setLabelFor(cell);
        Label counter = counterLabel();
        Button list = new Button(I18n.t("rating.ui.writeList"));
        list.setOnAction(e -> choose(I18n.t("rating.ui.writeList"), "danh-sach-xep-loai").ifPresent(vm::writeCellList));
        cellLabel.setMinWidth(Region.USE_PREF_SIZE);
        list.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, cellLabel, cell, gap, list);
        bar.setAlignment(Pos.CENTER_LEFT);
        members.setId("ratingMembers");
        members.setItems(vm.members());
        members.getColumns().setAll(List.of(col("rating.ui.col.name", Row::name, 180), col("rating.doc.col.self", Row::self, 120),
                col("rating.doc.col.proposal", Row::proposal, 125), col("rating.doc.col.decision", Row::decision, 145),
                col("rating.doc.col.score", Row::score, 60), col("rating.ui.col.registration", Row::registration, 200),
                col("rating.ui.col.attendance", Row::attendance, 150), col("rating.ui.col.discipline", Row::discipline, 140),
                col("rating.doc.col.note", Row::note, 240)));
        members.setPlaceholder(new Label(I18n.t("rating.ui.noMembers")));
        members.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selected().set(b.subject());
            }
        });
        notRated.setId("ratingNotRated");
        notRated.setItems(vm.notRated());
        notRated.getColumns().setAll(List.of(col("rating.ui.col.name", Row::name, 220), col("rating.ui.col.reason", Row::note, 420)));
        notRated.setPlaceholder(new Label(I18n.t("rating.ui.noneApart")));
        notRated.setPrefHeight(120);
        notRated.setMinHeight(90);
        Label apart = new Label();
        apart.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("rating.ui.notRated", vm.notRated().size()), vm.notRated()));
        apart.getStyleClass().add("text-bold");
        VBox box = new VBox(6, bar, counter, members, apart, notRated);
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(members, Priority.ALWAYS);
        return box;
    }

    private Node organisationsTab() {
        organisations.setId("ratingOrganisations");
        organisations.setItems(vm.organisations());
        TableColumn<Row, String> name = col("rating.ui.col.organisation", r -> "    ".repeat(Math.max(0, r.depth() - 1)) + r.name(), 260);
        organisations.getColumns().setAll(List.of(name, col("rating.doc.col.self", Row::self, 110),
                col("rating.ui.col.unitProposal", Row::proposal, 200), col("rating.doc.col.decision", Row::decision, 145),
                col("rating.doc.col.score", Row::score, 55), col("rating.ui.col.discipline", Row::discipline, 140),
                col("rating.doc.col.note", Row::note, 260)));
        organisations.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selected().set(b.subject());
            }
        });
        Button decision = new Button(I18n.t("rating.ui.decision"));
        decision.setId("ratingDecision");
        decision.disableProperty().bind(vm.writable().not());
        decision.setOnAction(e -> choose(I18n.t("rating.ui.decision"), "quyet-dinh-xep-loai-to-chuc-dang")
                .ifPresent(vm::issueAndWriteDecision));
        Label counter = counterLabel();
        decision.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(counter, Priority.ALWAYS);
        HBox bar = new HBox(10, counter, decision);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, organisations);
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(organisations, Priority.ALWAYS);
        return box;
    }

    private Node summaryTab() {
        summary.setId("ratingSummary");
        TableColumn<SummaryRow, String> name = new TableColumn<>();
        header(name, I18n.t("rating.doc.col.cell"));
        name.setCellValueFactory(c -> new SimpleStringProperty(
                "    ".repeat(Math.max(0, c.getValue().depth() - 1)) + c.getValue().name()));
        name.setPrefWidth(230);
        summary.getColumns().setAll(List.of(name, scol("rating.doc.col.members", r -> "" + r.members()),
                scol("rating.doc.col.rated", r -> "" + r.rated()), scol("rating.doc.col.notRated", r -> "" + r.notRated()),
                scol("rating.doc.col.excellent", r -> r.excellent() + pct(r.excellentPct())),
                scol("rating.doc.col.good", r -> r.good() + pct(r.goodPct())),
                scol("rating.doc.col.completed", r -> r.completed() + pct(r.completedPct())),
                scol("rating.doc.col.notCompleted", r -> r.notCompleted() + pct(r.notCompletedPct())),
                scol("rating.doc.col.cellLevel", SummaryRow::level)));
        summary.setItems(vm.summary());
        chart.setTitle(I18n.t("rating.ui.chart"));
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        percent.setAutoRanging(false);
        chart.setMinWidth(300);
        vm.summary().addListener((ListChangeListener<SummaryRow>) c -> fillChart());
        Label note = new Label();
        note.setId("ratingSummaryNote");
        note.textProperty().bind(vm.summaryNote());
        note.setWrapText(true);
        Button write = new Button(I18n.t("rating.ui.writeSummary"));
        write.setOnAction(e -> choose(I18n.t("rating.ui.writeSummary"), "tong-hop-xep-loai").ifPresent(vm::writeSummary));
        SplitPane both = new SplitPane(summary, chart);
        both.setDividerPositions(0.66);
        VBox box = new VBox(6, both, note, write);
        box.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(both, Priority.ALWAYS);
        return box;
    }

    private static String pct(String p) {
        return p.isEmpty() ? "" : " (" + p + " %)";
    }

    /// Percentages per level for each cell and the commune (the year before included), one bar each.
    private void fillChart() {
        chart.getData().clear();
        ((CategoryAxis) chart.getYAxis()).getCategories().setAll(vm.summary().stream().map(SummaryRow::name).toList().reversed());
        Level[] levels = Level.values();
        for (Level l : levels) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(RatingText.abbreviation(Optional.of(l)));
            for (SummaryRow r : vm.summary()) {
                int n = switch (l) {
                    case EXCELLENT -> r.excellent();
                    case GOOD -> r.good();
                    case COMPLETED -> r.completed();
                    case NOT_COMPLETED -> r.notCompleted();
                };
                s.getData().add(new XYChart.Data<>(r.rated() == 0 ? 0 : n * 100.0 / r.rated(), r.name()));
            }
            chart.getData().add(s);
        }
    }

    private Node editor() {
        Label name = new Label();
        name.setId("ratingSelected");
        name.getStyleClass().add("title-4");
        name.setWrapText(true);
        name.textProperty().bind(Bindings.when(vm.selectedName().isEmpty()).then(I18n.t("rating.ui.chooseSomeone"))
                .otherwise(vm.selectedName()));
        VBox g = new VBox(4);
        step(g, "rating.field.SELF_LEVEL", "ratingSelf", vm.selfLevel(), vm.selfScore());
        step(g, "rating.field.PROPOSAL_LEVEL", "ratingProposal", vm.proposalLevel(), vm.proposalScore());
        step(g, "rating.field.DECISION_LEVEL", "ratingDecisionLevel", vm.decisionLevel(), vm.decisionScore());
        TextArea reason = new TextArea();
        reason.setId("ratingReason");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(vm.reason());
        Label reasonLabel = new Label(I18n.t("rating.field.REASON"));
        reasonLabel.setLabelFor(reason);
        Label counter = counterLabel();
        counter.setId("ratingCounter");
        Label facts = new Label();
        facts.setId("ratingFacts");
        facts.setWrapText(true);
        facts.textProperty().bind(vm.facts());
        Button save = new Button(I18n.t("rating.ui.save"));
        save.setId("ratingSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.writable().not().or(vm.selected().isNull()));
        save.setOnAction(e -> vm.save());
        VBox box = new VBox(8, name, g, reasonLabel, reason, counter, save, new Label(I18n.t("rating.ui.beside")), facts);
        box.setPadding(new Insets(8));
        box.disableProperty().bind(vm.selected().isNull());
        counter.setMinHeight(Region.USE_PREF_SIZE);
        facts.setMinHeight(Region.USE_PREF_SIZE);
        // at the large font the steps, the counter and what is shown beside do not fit 768 pixels: they scroll
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(300);
        return scroll;
    }

    /// One step: its label, the level and (under a rule set with scores) the score.
    private void step(VBox g, String labelKey, String id, ObjectProperty<Level> level, StringProperty score) {
        ComboBox<Level> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(Level.values());
        box.setCellFactory(v -> new LevelCell(false));
        box.setButtonCell(new LevelCell(true));
        box.valueProperty().bindBidirectional(level);
        box.setMaxWidth(Double.MAX_VALUE);
        box.disableProperty().bind(vm.writable().not());
        Label label = new Label(I18n.t(labelKey));
        label.setLabelFor(box);
        TextField s = new TextField();
        s.setId(id + "Score");
        s.setPromptText(I18n.t("rating.doc.col.score"));
        s.setPrefColumnCount(4);
        s.setMinWidth(Region.USE_PREF_SIZE);
        s.textProperty().bindBidirectional(score);
        s.visibleProperty().bind(vm.scores());
        s.managedProperty().bind(vm.scores());
        s.disableProperty().bind(vm.writable().not());
        s.setAccessibleText(I18n.t(labelKey) + " – " + I18n.t("rating.doc.col.score"));
        HBox line = new HBox(6, box, s);
        HBox.setHgrow(box, Priority.ALWAYS);
        g.getChildren().addAll(label, line);
    }

    /// "HTTNV – Hoàn thành tốt nhiệm vụ"; "—" for none.
    /// In the list: the abbreviation and the words; on the closed box (`brief`): the abbreviation.
    private static final class LevelCell extends ListCell<Level> {
        private final boolean brief;

        LevelCell(boolean brief) {
            this.brief = brief;
        }

        @Override
        protected void updateItem(Level item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "—" : brief ? I18n.t(item.shortKey())
                    : I18n.t(item.shortKey()) + " – " + I18n.t(item.i18nKey()));
        }
    }

    private Label counterLabel() {
        Label counter = new Label();
        counter.textProperty().bind(vm.counter());
        counter.getStyleClass().add("text-bold");
        vm.overQuota().addListener((o, a, b) -> {
            counter.getStyleClass().remove("danger");
            if (b) {
                counter.getStyleClass().add("danger");
            }
        });
        counter.setWrapText(true);
        return counter;
    }

    private void askJustification(String question) {
        Dialog<String> d = new Dialog<>();
        d.setTitle(I18n.t("rating.field.JUSTIFICATION"));
        d.setHeaderText(question);
        TextArea text = new TextArea();
        text.setId("ratingJustification");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        d.getDialogPane().setContent(text);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(text.textProperty().isEmpty());
        if (root.getScene() != null) {
            d.initOwner(root.getScene().getWindow());
        }
        d.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        d.showAndWait().filter(s -> !s.isBlank()).ifPresentOrElse(vm::saveWithJustification, vm::cancelJustification);
    }

    private Optional<Path> choose(String title, String name) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(name + "-" + vm.year().get() + ".pdf");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF", "*.pdf"),
                new FileChooser.ExtensionFilter("Word (DOCX)", "*.docx"), new FileChooser.ExtensionFilter("Excel (XLSX)", "*.xlsx"));
        File f = root.getScene() == null ? null : fc.showSaveDialog(root.getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    }

    private static TableColumn<Row, String> col(String key, Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>();
        header(c, I18n.t(key));
        c.setCellValueFactory(x -> new SimpleStringProperty(value.apply(x.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<SummaryRow, String> scol(String key, Function<SummaryRow, String> value) {
        TableColumn<SummaryRow, String> c = new TableColumn<>();
        header(c, I18n.t(key));
        c.setCellValueFactory(x -> new SimpleStringProperty(value.apply(x.getValue())));
        c.setPrefWidth(105);
        return c;
    }

    /// A header never cut ("Cấp ủy quyết định" at the large font): the column is at least as wide as its name in
    /// the font shown (the table scrolls sideways instead). The name is a label, also read by a screen reader.
    static void header(TableColumn<?, ?> c, String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        c.minWidthProperty().bind(Bindings.createDoubleBinding(() -> l.prefWidth(-1) + HEADER_PADDING, l.fontProperty(),
                l.textProperty()));
        c.setGraphic(l);
    }
}
