package cn.zgc.residence.offices.domain;

/**
 * What routing needs to know of an applicant: the district of the employer (null when unknown) and whether the
 * employer is a demonstrating entity under the 10 and 20 immigration policies and the applicant meets their terms.
 */
public record ApplicantFacts(District employerDistrict, boolean demonstratingEntity) {

    public static final ApplicantFacts UNKNOWN = new ApplicantFacts(null, false);
}
