package vn.dangvu.commendation;

import java.time.LocalDate;
import java.util.Optional;

/// A commendation decision as stored: its number from the document register ("15-QĐ/ĐU"), date, signing, form,
/// title, reason, basis, the cash reward per individual and per collective (đồng), its status (ISSUED or VOIDED, with
/// the reason) and how many entries it has.
public record Decision(long id, int year, DecisionKind kind, Optional<Long> numberId, String number, LocalDate date,
                       Optional<Signing> signing, String signerAuthority, String signerTitle, String signerName, AwardForm form,
                       String title, String reason, String basis, long cashIndividual, long cashCollective, Status status,
                       Optional<String> voidReason, int entries) {

    public enum Status { ISSUED, VOIDED }

    public boolean voided() {
        return status == Status.VOIDED;
    }
}
