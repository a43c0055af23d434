package cn.zgc.residence.fees.domain;

/**
 * The chargeable services of the procedure; each fee schedule version gives an amount for every one. The English
 * names are the procedure text's; the Chinese names are the usual terms for the same services.
 */
public enum ServiceCode {
    FIRST_APPLICATION("First application", "首次申请"),
    CERTIFICATE_PRODUCTION("Production of certificate", "证件制作"),
    REPLACEMENT("Replacement of certificate", "证件换发"),
    REISSUANCE("Re-issuance of certificate", "证件补发");

    private final String nameEn;
    private final String nameZh;

    ServiceCode(String nameEn, String nameZh) {
        this.nameEn = nameEn;
        this.nameZh = nameZh;
    }

    /** The name the procedure text gives the service, in English, and its Chinese name. */
    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }
}
