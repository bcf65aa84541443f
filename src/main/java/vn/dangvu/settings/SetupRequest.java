package vn.dangvu.settings;

/// What the first-run setup asks: commune, province line, secretary, current term (e.g. 2025–2030).
public record SetupRequest(String commune, String province, String secretaryName, String termLabel,
                           int termStartYear, int termEndYear) {
}
