package vn.dangvu.shell;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;
import vn.dangvu.members.MemberRow;

/// The simple member list: a search field and a table (Họ và tên, Ngày sinh, Chi bộ, Trạng thái).
public final class MemberBrowserView {

    private final MemberBrowserViewModel vm;
    private final VBox root = new VBox(12);
    private final TextField search = new TextField();

    public MemberBrowserView(MemberBrowserViewModel vm) {
        this.vm = vm;
        build();
    }

    public Node root() {
        return root;
    }

    /// Puts the caret in the search field (when the section is opened).
    public void focusSearch() {
        search.requestFocus();
    }

    private void build() {
        Label title = new Label(I18n.t("shell.section.members"));
        title.getStyleClass().add("title-3");
        search.setId("memberSearch");
        search.setPromptText(I18n.t("members.browser.searchPrompt"));
        search.textProperty().bindBidirectional(vm.search());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("memberSummary");
        summary.textProperty().bind(vm.summary());
        summary.getStyleClass().add("text-muted");
        HBox bar = new HBox(16, search, summary);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<MemberRow> table = new TableView<>(vm.rows());
        table.setId("memberTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("members.browser.empty")));
        table.getColumns().add(column(I18n.t("members.column.name"), MemberRow::fullName, 260));
        table.getColumns().add(column(I18n.t("members.column.birthDate"), MemberBrowserViewModel::birthDate, 130));
        table.getColumns().add(column(I18n.t("members.column.unit"), MemberRow::unitName, 220));
        table.getColumns().add(column(I18n.t("members.column.status"), MemberBrowserViewModel::status, 180));
        VBox.setVgrow(table, Priority.ALWAYS);

        root.getChildren().addAll(title, bar, table);
        root.setPadding(new Insets(20, 24, 16, 24));
        root.setId("membersView");
    }

    private static TableColumn<MemberRow, String> column(String title, Function<MemberRow, String> value, double width) {
        TableColumn<MemberRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
