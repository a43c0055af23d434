package cn.zgc.residence.eligibility.rest;

import cn.zgc.residence.eligibility.api.LetterCheckView;

/**
 * The letter check as a small bilingual page, for the phone that scanned a letter's QR code. It shows what the JSON
 * answer shows and nothing more; every value is an enum or a date, so nothing the caller sent is echoed.
 */
final class LetterCheckPage {

    /** No scripts, no outside resources: the page's own inline style only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

    private LetterCheckPage() {
    }

    static String html(LetterCheckView check) {
        String verdictZh;
        String verdictEn;
        String mark;
        switch (check.status()) {
            case VALID -> {
                verdictZh = "有效：本推荐函在管理委员会登记簿中有效";
                verdictEn = "Valid: the Committee's register holds this letter as valid";
                mark = "&#10004;";
            }
            case REVOKED -> {
                verdictZh = "已撤销：本推荐函已被管理委员会撤销，请勿受理";
                verdictEn = "Revoked: the Committee revoked this letter; do not accept it";
                mark = "&#10006;";
            }
            default -> {
                verdictZh = "无法核实：登记簿中没有该函号与核验码";
                verdictEn = "Unknown: the register holds no letter with this number and code";
                mark = "?";
            }
        }
        StringBuilder facts = new StringBuilder();
        if (check.issuedOn() != null) {
            facts.append(row("签发日期 Date of issue", check.issuedOn().toString()));
        }
        if (check.track() != null) {
            facts.append(row("申请类别 Category", switch (check.track()) {
                case ENTREPRENEURIAL_TEAM_MEMBER -> "中关村创业团队外籍成员 / Foreign member of a Zhongguancun "
                        + "entrepreneurial team";
                case TECHNICAL_TALENT -> "中关村高新技术企业聘雇的外籍技术人才 / Foreign technical talent of a "
                        + "Zhongguancun high-tech enterprise";
            }));
        }
        if (check.revokedOn() != null) {
            facts.append(row("撤销日期 Date of revocation", check.revokedOn().toString()));
        }
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>推荐函核验 Letter check</title>
                <style>body{font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em}
                .status{font-size:1.3em;border:2px solid;padding:.6em}th{text-align:left;padding-right:1em}</style>
                </head><body>
                <h1>中关村科技园区管理委员会推荐函核验<br><small>Recommendation letter check</small></h1>
                <p class="status" id="status" data-status="%s"><span aria-hidden="true">%s</span> %s<br>%s</p>
                <table>%s</table>
                <p><small>核验结果来自登记簿，而非来自文件本身。The answer comes from the register, not from the
                document.</small></p>
                </body></html>
                """.formatted(check.status(), mark, verdictZh, verdictEn, facts);
    }

    private static String row(String label, String value) {
        return "<tr><th>" + label + "</th><td>" + value + "</td></tr>";
    }
}
