package vn.dangvu.overview.ui;

import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import vn.dangvu.common.AppException;
import vn.dangvu.common.I18n;
import vn.dangvu.members.MemberStatus;
import vn.dangvu.overview.OverviewData;
import vn.dangvu.overview.OverviewService;
import vn.dangvu.shell.BackgroundTasks;

/// The overview: commune name, province line and counts, loaded in the background.
public final class OverviewViewModel {

    private final OverviewService service;
    private final BackgroundTasks tasks;
    private final ReadOnlyStringWrapper communeName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper provinceLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper organisationLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper termLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unitsCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cellsCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper membersCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<StatusCount> byStatus = FXCollections.observableArrayList();

    /// One line of the "members by status" list, already translated.
    public record StatusCount(String status, String count) {
    }

    public OverviewViewModel(OverviewService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    public void load() {
        tasks.run(I18n.t("overview.loading"), p -> service.load(), this::show, this::fail);
    }

    private void show(OverviewData d) {
        communeName.set(d.settings().communeName());
        provinceLine.set(d.settings().provinceLine());
        organisationLine.set(d.settings().partyOrganizationName()
                + d.settings().secretaryName().map(s -> " · " + I18n.t("overview.secretary", s)).orElse(""));
        termLine.set(d.term().map(t -> I18n.t("overview.term", t.label())).orElse(""));
        unitsCount.set(count(d.units()));
        cellsCount.set(count(d.cells()));
        membersCount.set(count(d.membersOnRoll()));
        byStatus.clear();
        for (Map.Entry<MemberStatus, Integer> e : d.onRollByStatus().entrySet()) {
            byStatus.add(new StatusCount(I18n.t(e.getKey().i18nKey()), count(e.getValue())));
        }
        if (d.membersOffRoll() > 0) {
            byStatus.add(new StatusCount(I18n.t("overview.offRoll"), count(d.membersOffRoll())));
        }
        error.set("");
        loaded.set(true);
    }

    /// Vietnamese digit grouping: 1.000
    static String count(int n) {
        return String.format(I18n.VI, "%,d", n);
    }

    private void fail(Throwable t) {
        error.set(t instanceof AppException a ? a.userMessage() : I18n.t("overview.error.load"));
        loaded.set(true);
    }

    public ReadOnlyStringProperty communeName() {
        return communeName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty provinceLine() {
        return provinceLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty organisationLine() {
        return organisationLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty termLine() {
        return termLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitsCount() {
        return unitsCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cellsCount() {
        return cellsCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty membersCount() {
        return membersCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /// True once data (or an error) is on screen.
    public ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableList<StatusCount> byStatus() {
        return byStatus;
    }
}
