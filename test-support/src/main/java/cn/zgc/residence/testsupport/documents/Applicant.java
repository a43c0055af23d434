package cn.zgc.residence.testsupport.documents;

import java.time.YearMonth;

/**
 * The applicant whose documents a test describes: the holder named on the employment certificate and the work
 * permit, the country (ISO 3166-1 alpha-3) whose authority issued the no-criminal-record certificate and the language
 * (ISO 639-1) it is written in, and the month the resume starts at (the applicant turned 18).
 */
public record Applicant(String name, String passportNumber, String country, String language, YearMonth turned18In) {
}
