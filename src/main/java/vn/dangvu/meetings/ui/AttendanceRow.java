package vn.dangvu.meetings.ui;

import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import vn.dangvu.common.Text;
import vn.dangvu.meetings.Attendance;
import vn.dangvu.meetings.AttendanceEntry;

/// One member's line of the clerk's sheet, editable: attendance, the reason of an excused absence, unpaid dues.
public final class AttendanceRow {

    private final long memberId;
    private final String fullName;
    private final ObjectProperty<Attendance> attendance = new SimpleObjectProperty<>(Attendance.PRESENT);
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty duesUnpaid = new SimpleBooleanProperty(false);

    AttendanceRow(long memberId, String fullName, AttendanceEntry e) {
        this.memberId = memberId;
        this.fullName = fullName;
        attendance.set(e.attendance());
        reason.set(e.reason().orElse(""));
        duesUnpaid.set(e.duesUnpaid());
    }

    AttendanceEntry entry() {
        return new AttendanceEntry(memberId, attendance.get(), attendance.get() == Attendance.ABSENT_EXCUSED
                ? Optional.ofNullable(Text.cleanOrNull(reason.get())) : Optional.empty(), duesUnpaid.get());
    }

    public long memberId() {
        return memberId;
    }

    public String fullName() {
        return fullName;
    }

    public ObjectProperty<Attendance> attendance() {
        return attendance;
    }

    public StringProperty reason() {
        return reason;
    }

    public BooleanProperty duesUnpaid() {
        return duesUnpaid;
    }
}
