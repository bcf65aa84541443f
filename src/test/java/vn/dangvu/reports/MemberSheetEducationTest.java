package vn.dangvu.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberSheetEducationTest {

    /// The professional-level list as V2__reference_data.sql seeds it.
    private static final CodeNames NAMES = new CodeNames(Map.of(
            "PROFESSIONAL_LEVEL:ELEMENTARY", "Sơ cấp", "PROFESSIONAL_LEVEL:VOCATIONAL", "Trung cấp",
            "PROFESSIONAL_LEVEL:COLLEGE", "Cao đẳng", "PROFESSIONAL_LEVEL:UNIVERSITY", "Đại học",
            "PROFESSIONAL_LEVEL:MASTER", "Thạc sĩ", "PROFESSIONAL_LEVEL:DOCTOR", "Tiến sĩ"));

    /// Item 17 of the Phiếu: "Chuyên môn nghiệp vụ" and "Học vị" (domain.md §4.1) from the stored level.
    @ParameterizedTest
    @CsvSource(textBlock = """
            # levels below a degree: the level's name, no degree (a line to fill in)
            VOCATIONAL, Trung cấp, ''
            UNIVERSITY, Đại học, ''
            # a master's or doctor's degree is the học vị; the professional level under it is a university degree
            MASTER, Đại học, Thạc sĩ
            DOCTOR, Đại học, Tiến sĩ
            # nothing recorded; a value typed before the list had it is printed as typed
            '', '', ''
            Đại học Sư phạm, Đại học Sư phạm, ''
            """)
    void professionalLevelAndDegree(String code, String professional, String degree) {
        MemberSheetService.Education e = MemberSheetService.education(code, NAMES);
        assertEquals(professional, e.professional());
        assertEquals(degree, e.degree());
    }
}
