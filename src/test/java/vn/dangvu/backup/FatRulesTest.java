package vn.dangvu.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// FAT32 names and sizes (shared/reliability.md §5.2).
class FatRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # our own names pass unchanged
            dangvu-20261121-090000-daily.mv.db | dangvu-20261121-090000-daily.mv.db
            # characters Windows forbids
            xã: Phú Sơn?.sql.gz | xã_ Phú Sơn_.sql.gz
            a<b>c*d"e/f\\g.manifest | a_b_c_d_e_f_g.manifest
            # trailing dots and spaces are dropped
            'sao lưu. . ' | sao lưu
            # device names, also with an extension
            CON | _CON
            com1.mv.db | _com1.mv.db
            console.mv.db | console.mv.db
            # nothing left
            '...' | _
            """)
    void safeNames(String name, String safe) {
        assertEquals(safe, FatRules.safe(name));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            4294967295, vfat, true
            4294967296, vfat, false
            4294967296, FAT32, false
            4294967296, exfat, true
            4294967296, NTFS, true
            4294967296, ext4, true
            """)
    void sizes(long size, String type, boolean fits) {
        assertEquals(fits, FatRules.fits(size, type));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            300, 255
            255, 255
            """)
    void longNamesAreCutKeepingTheExtension(int length, int expected) {
        String name = "x".repeat(length - 6) + ".mv.db";
        String safe = FatRules.safe(name);
        assertEquals(expected, safe.length());
        assertEquals(".db", safe.substring(safe.length() - 3));
    }
}
