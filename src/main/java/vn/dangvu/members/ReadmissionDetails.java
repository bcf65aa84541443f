package vn.dangvu.members;

import java.time.LocalDate;

/// What a readmission records besides its decision (Q294 §3.5, domain.md §4.4): the written consent of the provincial
/// standing committee (number and date) and, for a member who had a criminal record, the day it was cleared.
/// Null means not given.
public record ReadmissionDetails(String consentNo, LocalDate consentDate, LocalDate recordClearedDate) {

    public static final ReadmissionDetails NONE = new ReadmissionDetails(null, null, null);
}
