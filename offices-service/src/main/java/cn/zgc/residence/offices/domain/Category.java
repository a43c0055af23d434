package cn.zgc.residence.offices.domain;

/** An application category, as data (for example PERMANENT_RESIDENCE), with its names. */
public record Category(String code, String nameEn, String nameZh) {
}
