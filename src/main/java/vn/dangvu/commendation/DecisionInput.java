package vn.dangvu.commendation;

import java.time.LocalDate;
import java.util.OptionalInt;

/// A commendation decision as the user types it: the working year it belongs to, why it is made, its date, how it is
/// signed and by whom, the form of award, the title (trích yếu), the reason / achievement text printed for every
/// entry that has none of its own, the legal basis ("Căn cứ …" lines), and the sequence number when the user
/// continues a paper register (else the register's next).
public record DecisionInput(int year, DecisionKind kind, LocalDate date, Signing signing, String signerName, AwardForm form,
                            String title, String reason, String basis, OptionalInt seq) {
}
