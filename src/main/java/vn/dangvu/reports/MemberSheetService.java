package vn.dangvu.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.dangvu.common.AppException;
import vn.dangvu.common.Dates;
import vn.dangvu.common.I18n;
import vn.dangvu.db.Database;
import vn.dangvu.party.Gender;
import vn.dangvu.party.MemberStatus;
import vn.dangvu.settings.OrganizationSettings;
import vn.dangvu.settings.SettingsService;

/// A member's summary sheet (Phiếu đảng viên, Mẫu 2-HSĐV) as PDF: items 01–20 and 23, 24, 26, 27 from the
/// database ([MemberSheetHistory]); what the database does not hold is left as lines to fill in by hand.
public final class MemberSheetService {

    private final Database db;
    private final MemberSheetRepository repo;
    private final SettingsService settings;

    public MemberSheetService(Database db, SettingsService settings) {
        this.db = db;
        this.repo = new MemberSheetRepository();
        this.settings = settings;
    }

    public MemberSheet sheet(long memberId, LocalDate today) throws AppException {
        record Loaded(MemberSheetRepository.Data data, MemberSheetRepository.History history) {
        }
        Loaded loaded = db.read(trx -> repo.load(trx.dsl(), memberId)
                        .map(d -> new Loaded(d, repo.history(trx.dsl(), memberId))))
                .orElseThrow(() -> new AppException("report.error.noMember", memberId));
        MemberSheetRepository.Data d = loaded.data();
        OrganizationSettings s = settings.load().orElseThrow(() -> new AppException("import.error.noSetup"));
        List<String> left = new ArrayList<>();
        left.add(upper(s.provinceLine()));
        left.add(upper(s.partyOrganizationName()));
        d.units().forEach(u -> left.add(upper(u.name())));
        String place = I18n.t("report.placeDate", s.communeName().replaceFirst("^(Xã|Phường|Đặc khu) ", ""),
                today.getDayOfMonth(), today.getMonthValue(), String.valueOf(today.getYear()));
        List<MemberSheet.Item> items = items(d);
        items.addAll(MemberSheetHistory.items(loaded.history()));
        return new MemberSheet(left, nz(d.dossierNumber()), nz(d.cardNumber()), items, place);
    }

    public void write(long memberId, Path out, LocalDate today) throws AppException {
        MemberSheetPdf.write(sheet(memberId, today), out);
    }

    private static List<MemberSheet.Item> items(MemberSheetRepository.Data d) {
        List<MemberSheet.Item> i = new ArrayList<>();
        i.add(item("01", "Họ và tên khai sinh", upper(d.fullName())));
        i.add(item("02", "Giới tính", I18n.t(Gender.valueOf(d.gender()).i18nKey())));
        i.add(item("03", "Họ và tên đang dùng; tên gọi khác", join("; ", d.nameInUse(), d.alias())));
        i.add(item("04", "Sinh ngày", birth(d)));
        i.add(item("05", "Nơi đăng ký khai sinh (xã, tỉnh)", d.placeOfBirth()));
        i.add(item("06", "Quê quán (xã, tỉnh)", d.homeTown()));
        i.add(item("07", "Nơi thường trú; nơi tạm trú", join("\n", d.permanentAddress(), d.temporaryAddress())));
        i.add(item("08", "Dân tộc", d.ethnicity()));
        i.add(item("09", "Tôn giáo", d.religion()));
        i.add(item("10", "Thành phần gia đình", d.familyBackground()));
        i.add(item("11", "Nghề nghiệp hiện nay", d.occupation()));
        i.add(item("12", "Ngày vào Đảng", join("\n",
                labelled("Ngày kết nạp", date(d.admissionCeremony()), "tại chi bộ", d.admissionUnit()),
                labelled("Người giới thiệu 1", d.sponsor1(), "", null),
                labelled("Người giới thiệu 2", d.sponsor2(), "", null),
                labelled("Ngày cấp có thẩm quyền ra quyết định kết nạp", date(d.admissionDecision()), "", null),
                labelled("Ngày chính thức", date(d.fullMembership()), "", null))));
        i.add(item("13", "Ngày tuyển dụng, cơ quan tuyển dụng", join(", ", date(d.recruitmentDate()), d.recruitmentAgency())));
        i.add(item("14", "Ngày vào Đoàn TNCS Hồ Chí Minh", date(d.youthUnionDate())));
        i.add(item("15", "Tham gia tổ chức chính trị - xã hội khác", ""));
        i.add(item("16", "Ngày nhập ngũ; ngày xuất ngũ", join("; ", date(d.enlistmentDate()), date(d.dischargeDate()))));
        i.add(item("17", "Trình độ", join("\n",
                labelled("Giáo dục phổ thông", d.generalEducation(), "", null),
                labelled("Chuyên môn nghiệp vụ", d.professionalLevel(), "", null),
                labelled("Học hàm", d.academicTitle(), "", null),
                labelled("Lý luận chính trị", d.theory(), "", null),
                labelled("Ngoại ngữ", d.foreignLanguage(), "", null),
                labelled("Tin học", d.itLevel(), "", null))));
        i.add(item("18", "Sức khỏe; thương binh; gia đình liệt sĩ, có công", join("; ", d.health(),
                d.warInvalidClass() == null ? null : "thương binh loại " + d.warInvalidClass(),
                d.martyrFamily() ? "gia đình liệt sĩ" : null, d.meritoriousFamily() ? "gia đình có công với cách mạng" : null)));
        i.add(item("19", "Số căn cước", d.cccd()));
        i.add(item("20", "Miễn công tác và sinh hoạt đảng từ ngày",
                MemberStatus.EXEMPT_WORK_MEETINGS.name().equals(d.status()) ? d.exemptionStart().map(MemberSheetService::date).orElse("") : ""));
        return i;
    }

    private static String birth(MemberSheetRepository.Data d) {
        if (d.birthDate() == null) {
            return "";
        }
        return switch (d.birthPrecision()) {
            case "YEAR" -> String.valueOf(d.birthDate().getYear());
            case "MONTH" -> String.format(Locale.ROOT, "%02d/%d", d.birthDate().getMonthValue(), d.birthDate().getYear());
            default -> date(d.birthDate());
        };
    }

    /// "Ngày kết nạp: 19/05/2005, tại chi bộ: Chi bộ thôn Đông"; empty values give an empty string so the
    /// line is printed blank for hand filling only when the whole item is empty.
    private static String labelled(String label, String value, String label2, String value2) {
        String a = value == null || value.isBlank() ? "" : label + ": " + value;
        String b = value2 == null || value2.isBlank() ? "" : label2 + ": " + value2;
        return join(", ", a, b);
    }

    private static MemberSheet.Item item(String n, String label, String value) {
        return new MemberSheet.Item(n, label, nz(value));
    }

    private static String join(String sep, String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(sep));
    }

    private static String upper(String s) {
        return nz(s).toUpperCase(Locale.of("vi"));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return Dates.format(d);
    }
}
