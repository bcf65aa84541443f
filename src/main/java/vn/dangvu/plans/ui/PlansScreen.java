package vn.dangvu.plans.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import vn.dangvu.common.I18n;
import vn.dangvu.ui.Controls;
import vn.dangvu.years.WorkingYear;

/// The Kế hoạch section: the year bar (which year every tab shows, its state, and the notice of a closed year) over
/// the tabs: the plan, the working-year panel and the tabs other features add (the cell meetings).
public final class PlansScreen {

    /// A tab another feature adds: its title and content.
    public record Extra(String title, Node content) {
    }

    private final BorderPane root = new BorderPane();
    private final PlanView plan;

    public PlansScreen(YearsViewModel years, PlanViewModel planVm, List<Extra> extras) {
        this.plan = new PlanView(planVm);
        TabPane tabs = new TabPane();
        tabs.setId("plansTabs");
        tabs.getTabs().add(tab("plansTabPlan", I18n.t("plan.ui.tab"), plan.root()));
        for (int i = 0; i < extras.size(); i++) {
            tabs.getTabs().add(tab("plansTabExtra" + i, extras.get(i).title(), extras.get(i).content()));
        }
        tabs.getTabs().add(tab("plansTabYears", I18n.t("year.ui.tab"), new YearPanelView(years).root()));
        root.setTop(yearBar(years));
        root.setCenter(tabs);
        root.setId("plansView");
    }

    public Parent root() {
        return root;
    }


    private static Tab tab(String id, String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private static Node yearBar(YearsViewModel vm) {
        ComboBox<WorkingYear> year = new ComboBox<>(vm.years());
        year.setId("plansYear");
        Controls.label(year, y -> YearsViewModel.year(y.year()));
        year.valueProperty().bindBidirectional(vm.selected());
        Label state = new Label();
        state.setId("plansYearState");
        state.textProperty().bind(vm.selected().map(y -> I18n.t(y.state().i18nKey())).orElse(""));
        Label theme = new Label();
        theme.setId("plansYearTheme");
        theme.getStyleClass().add("text-muted");
        theme.textProperty().bind(vm.selected().map(y -> y.yearTheme().map(t -> I18n.t("year.ui.themeLine", t)).orElse(""))
                .orElse(""));
        Label title = new Label(I18n.t("year.ui.bar"));
        for (var n : List.of(title, year, state)) {
            n.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, title, year, state, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 6, 12));
        Label banner = Controls.message("plansBanner", vm.banner());
        banner.getStyleClass().add("year-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        return new VBox(bar, banner);
    }
}
