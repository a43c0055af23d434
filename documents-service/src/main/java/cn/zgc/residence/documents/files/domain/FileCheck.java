package cn.zgc.residence.documents.files.domain;

import cn.zgc.residence.documents.domain.Reason;

/** One check on one file: the rule, whether it held, and the reason (code, English, Chinese) either way. */
public record FileCheck(String rule, boolean passed, Reason reason) {

    static FileCheck pass(String rule, String en, String zh) {
        return new FileCheck(rule, true, new Reason(rule + "_OK", en, zh));
    }

    static FileCheck fail(String code, String rule, String en, String zh) {
        return new FileCheck(rule, false, new Reason(code, en, zh));
    }
}
