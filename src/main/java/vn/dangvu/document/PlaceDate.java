package vn.dangvu.document;

import java.time.LocalDate;

import vn.dangvu.common.I18n;

/// The place and date line of a document: "Phú Sơn, ngày 05 tháng 02 năm 2026". Days under 10 and the months
/// January and February take a leading zero, so a date cannot be altered by adding a digit (HD 36-HD/VPTW example
/// "ngày 20 tháng 02 năm 2018"; the same rule as state documents, domain.md §10.3).
public final class PlaceDate {

    private PlaceDate() {
    }

    public static String of(String place, LocalDate date) {
        return I18n.t("document.placeDate", place, day(date), month(date), String.valueOf(date.getYear()));
    }

    static String day(LocalDate d) {
        return d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
    }

    static String month(LocalDate d) {
        return d.getMonthValue() < 3 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
    }
}
