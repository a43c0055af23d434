package cn.zgc.residence.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChecklistRulesTest {

    private static final List<String> CATALOGUE_ORDER = List.of("PASSPORT", "PUBLIC_INSTITUTION_CERTIFICATE",
            "UNIVERSITY_APPROVAL", "FORMER_CITIZENSHIP_PROOF");

    private static final List<DocumentType> CATALOGUE = List.of(
            type("PASSPORT", AppliesWhen.ALWAYS),
            type("PUBLIC_INSTITUTION_CERTIFICATE", AppliesWhen.PUBLIC_INSTITUTION_EMPLOYER),
            type("UNIVERSITY_APPROVAL", AppliesWhen.KEY_UNIVERSITY_EMPLOYER),
            type("FORMER_CITIZENSHIP_PROOF", AppliesWhen.FORMER_CHINESE_CITIZEN));
    private static final List<AttentionPoint> POINTS = List.of(
            new AttentionPoint("ORIGINALS_AND_A4", 1, "", "", AppliesWhen.ALWAYS, false),
            new AttentionPoint("TRANSLATION", 2, "", "", AppliesWhen.FOREIGN_LANGUAGE_DOCUMENTS, false),
            new AttentionPoint("CHINESE_NAME_ON_CARD", 3, "", "", AppliesWhen.WANTS_CHINESE_NAME, false),
            new AttentionPoint("HOUSEHOLD_REGISTRATION", 4, "", "", AppliesWhen.HOLDS_HOUSEHOLD_REGISTRATION, true));

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', value = {
            "ENTERPRISE                   | false | false | PASSPORT                                                     | an enterprise employee: the base list",
            "PUBLIC_INSTITUTION           | false | false | PASSPORT PUBLIC_INSTITUTION_CERTIFICATE                      | a public institution adds its legal person certificate",
            "HIGHER_EDUCATION_INSTITUTION | false | false | PASSPORT PUBLIC_INSTITUTION_CERTIFICATE                      | a university outside 211 and the first batch",
            "HIGHER_EDUCATION_INSTITUTION | true  | false | PASSPORT PUBLIC_INSTITUTION_CERTIFICATE UNIVERSITY_APPROVAL  | a 211 or first-batch university adds its approval",
            "ENTERPRISE                   | false | true  | PASSPORT FORMER_CITIZENSHIP_PROOF                            | a former Chinese citizen",
    })
    void listsTheItemsWhoseConditionHolds(EmployerKind employer, boolean keyUniversity, boolean formerCitizen,
            String expected, String why) {
        var facts = new ApplicantFacts(Track.TECHNICAL_TALENT, employer, keyUniversity, formerCitizen, false, false,
                "DEU", List.of("de"));
        var checklist = ChecklistRules.personalise(facts, CATALOGUE, POINTS);
        assertThat(checklist.items()).as(why).extracting(i -> i.type().code())
                .containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
    }

    @Test
    void blocksAnApplicantWhoStillHoldsAHouseholdRegistration() {
        var facts = new ApplicantFacts(Track.TECHNICAL_TALENT, EmployerKind.ENTERPRISE, false, true, true, true,
                null, List.of("zh"));
        var checklist = ChecklistRules.personalise(facts, CATALOGUE, POINTS);
        assertThat(checklist.blocked()).isTrue();
        assertThat(checklist.blocking()).extracting(a -> a.point().code()).containsExactly("HOUSEHOLD_REGISTRATION");
        assertThat(checklist.attention()).extracting(a -> a.point().code())
                .containsExactly("ORIGINALS_AND_A4", "CHINESE_NAME_ON_CARD");
    }

    @Test
    void asksForTranslationWhenTheLanguagesAreNotKnown() {
        var checklist = ChecklistRules.personalise(ApplicantFacts.baseFor(Track.ENTREPRENEURIAL_TEAM_MEMBER),
                CATALOGUE, POINTS);
        assertThat(checklist.attention()).extracting(a -> a.point().code())
                .containsExactly("ORIGINALS_AND_A4", "TRANSLATION");
        assertThat(checklist.items()).extracting(i -> i.type().code()).containsExactly("PASSPORT");
    }

    private static DocumentType type(String code, AppliesWhen when) {
        return new DocumentType(code, CATALOGUE_ORDER.indexOf(code), code, code, "", "", when, true);
    }

}
