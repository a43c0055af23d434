package cn.zgc.residence.eligibility.letter;

import cn.zgc.residence.eligibility.domain.Track;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every word printed on a recommendation letter, in Chinese and English. The letter's font carries only printable
 * ASCII and the Chinese characters of this file: after changing the Chinese here, run
 * {@code eligibility-service/src/main/fonts/make-letter-font} (the letter tests fail on a missing character).
 */
final class LetterText {

    static final String ISSUER_ZH = "中关村科技园区管理委员会";
    static final String ISSUER_EN = "Administrative Committee of Zhongguancun Science Park";
    static final String TITLE_ZH = "中关村科技园区管理委员会推荐函";
    static final String TITLE_EN = "Letter of Recommendation for Foreigners' Permanent Residence";

    static final String NUMBER_ZH = "函号";
    static final String NUMBER_EN = "Letter No.";
    static final String ISSUED_ZH = "签发日期";
    static final String ISSUED_EN = "Date of issue";
    static final String APPLICANT_ZH = "申请人参考号";
    static final String APPLICANT_EN = "Applicant reference";
    static final String TRACK_ZH = "申请类别";
    static final String TRACK_EN = "Category";
    static final String POINTS_ZH = "评估积分";
    static final String POINTS_EN = "Points";
    static final String CRITERIA_ZH = "评估标准版本";
    static final String CRITERIA_EN = "Criteria version";
    static final String VERIFY_ZH = "扫码核验";
    static final String VERIFY_EN = "Scan to verify, or open";
    static final String CODE_ZH = "核验码";
    static final String CODE_EN = "Verification code";

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private LetterText() {
    }

    static String trackZh(Track track) {
        return switch (track) {
            case ENTREPRENEURIAL_TEAM_MEMBER -> "中关村创业团队外籍成员";
            case TECHNICAL_TALENT -> "中关村高新技术企业聘雇的外籍技术人才";
        };
    }

    static String trackEn(Track track) {
        return switch (track) {
            case ENTREPRENEURIAL_TEAM_MEMBER -> "Foreign member of a Zhongguancun entrepreneurial team";
            case TECHNICAL_TALENT -> "Foreign technical talent of a Zhongguancun high-tech enterprise";
        };
    }

    static String dateZh(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String dateEn(LocalDate date) {
        return ENGLISH_DATE.format(date);
    }

    static String pointsZh(int total, int threshold) {
        return total + " / 100 分（推荐分值 " + threshold + " 分）";
    }

    static String pointsEn(int total, int threshold) {
        return total + " of 100 (threshold " + threshold + ")";
    }

    static String bodyZh(int total, int threshold) {
        return "经评估，上述申请人在中关村外籍人才永久居留积分评估中获得 " + total + " 分（满分 100 分，推荐分值 "
                + threshold + " 分），且满足全部前提条件，符合推荐条件。中关村科技园区管理委员会特此推荐其向公安机关"
                + "出入境管理部门申请外国人永久居留。";
    }

    static String bodyEn(int total, int threshold) {
        return "The applicant named above by the partner's reference scored " + total + " of 100 points (threshold "
                + threshold + ") in the Zhongguancun points assessment for permanent residence and meets every "
                + "prerequisite. The Administrative Committee of Zhongguancun Science Park recommends the applicant "
                + "to the Exit-Entry Administration for permanent residence in China.";
    }

    static final String FOOTER_ZH = "本函是否有效以管理委员会登记簿为准，而非以本文件为准：请扫描二维码或打开上述地址核验。"
            + "本函载有管理委员会的电子签名。";
    static final String FOOTER_EN = "Whether this letter is valid is kept in the Committee's register, not in this "
            + "document: scan the QR code or open the address above. This letter carries the Committee's digital "
            + "signature.";
}
