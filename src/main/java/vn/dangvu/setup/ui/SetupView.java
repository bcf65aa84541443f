package vn.dangvu.setup.ui;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;
import vn.dangvu.ui.BackgroundTasks;

/// The first-run form (code-built). Errors sit under their fields, in Vietnamese.
public final class SetupView {

    private final SetupViewModel vm;
    private final ScrollPane root = new ScrollPane();

    public SetupView(SetupViewModel vm, BackgroundTasks tasks) {
        this.vm = vm;
        build(tasks);
    }

    public Node root() {
        return root;
    }

    private void build(BackgroundTasks tasks) {
        Label title = new Label(I18n.t("setup.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(I18n.t("setup.intro"));
        intro.setWrapText(true);

        TextField commune = field("setupCommune", vm.commune(), I18n.t("setup.commune.prompt"));
        TextField province = field("setupProvince", vm.province(), I18n.t("setup.province.prompt"));
        TextField secretary = field("setupSecretary", vm.secretary(), "");
        TextField start = field("setupTermStart", vm.termStart(), "");
        TextField end = field("setupTermEnd", vm.termEnd(), "");
        start.setPrefColumnCount(5);
        end.setPrefColumnCount(5);
        HBox term = new HBox(8, start, new Label("–"), end);
        term.setAlignment(Pos.CENTER_LEFT);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(4);
        int row = 0;
        row = addRow(form, row, I18n.t("setup.commune"), commune, vm.communeError(), "setupCommuneError");
        row = addRow(form, row, I18n.t("setup.province"), province, vm.provinceError(), "setupProvinceError");
        row = addRow(form, row, I18n.t("setup.secretary"), secretary, null, null);
        addRow(form, row, I18n.t("setup.term"), term, vm.termError(), "setupTermError");

        Label general = error(vm.generalError(), "setupError");
        Button save = new Button(I18n.t("setup.save"));
        save.setId("setupSave");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busy());
        save.setOnAction(e -> vm.save());

        Label demoText = new Label(I18n.t("setup.demo.text"));
        demoText.setWrapText(true);
        Button demo = new Button(I18n.t("setup.demo.open"));
        demo.setId("setupDemo");
        demo.disableProperty().bind(vm.busy());
        demo.setOnAction(e -> vm.openDemo());
        ProgressBar progress = new ProgressBar();
        progress.setId("setupProgress");
        progress.progressProperty().bind(tasks.progress());
        progress.setPrefWidth(260);
        progress.visibleProperty().bind(vm.busy());

        VBox box = new VBox(14, title, intro, form, general, save, new Separator(), demoText, new HBox(12, demo, progress));
        box.setPadding(new Insets(32, 40, 32, 40));
        box.setMaxWidth(760);
        root.setContent(box);
        root.setFitToWidth(true);
        root.setId("setupView");
        root.getStyleClass().add("edge-to-edge");
    }

    private static int addRow(GridPane form, int row, String label, Node input, ObservableStringValue error, String errorId) {
        Label l = new Label(label);
        l.setLabelFor(input);
        form.add(l, 0, row);
        form.add(input, 1, row);
        if (error != null) {
            form.add(error(error, errorId), 1, row + 1);
            return row + 2;
        }
        return row + 1;
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPromptText(prompt);
        f.setPrefColumnCount(28);
        return f;
    }

    private static Label error(ObservableStringValue text, String id) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.getStyleClass().add("danger");
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }
}
