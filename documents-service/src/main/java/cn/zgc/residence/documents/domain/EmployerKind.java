package cn.zgc.residence.documents.domain;

/** The applicant's employer, as far as the materials depend on it. */
public enum EmployerKind {
    ENTERPRISE,
    PUBLIC_INSTITUTION,
    HIGHER_EDUCATION_INSTITUTION
}
