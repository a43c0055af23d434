package cn.zgc.residence.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The development sign-in, the session cookie, CSRF, the security headers and the language switch. */
@QuarkusTest
@QuarkusTestResource(DevKey.class)
class SignInAndHeadersTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndRefuseFraming() {
        given().redirects().follow(false).when().get("/web/sign-in").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline")))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void nobodySignedInIsSentToTheSignInPage() {
        given().redirects().follow(false).when().get("/web/partner").then().statusCode(303)
                .header("Location", containsString("/web/sign-in"));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("role", "partner").formParam("partnerId", "P-CSRF")
                .when().post("/web/sign-in/dev").then().statusCode(400);
    }

    @Test
    void devSignInSetsAnEncryptedHttpOnlyStrictCookieAndLeadsToTheRolesPages() {
        Response form = given().when().get("/web/sign-in");
        String csrf = csrf(form.asString());
        Response signedIn = given().redirects().follow(false).cookies(form.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf).formParam("role", "partner").formParam("partnerId", "P-WEB")
                .when().post("/web/sign-in/dev");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/web/partner");
        String setCookie = signedIn.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("zgc_session=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/web");
        String value = signedIn.getCookie("zgc_session");
        // sealed: neither the token nor the partner id can be read out of the cookie
        assertThat(value).doesNotContain("P-WEB").doesNotContain("eyJ");

        // the session names the person on a page that needs no API call
        given().cookie("zgc_session", value).when().get("/web/sign-in").then().statusCode(200)
                .body(containsString("P-WEB"));
        // a changed byte is no session at all
        String tampered = value.substring(0, 20) + (value.charAt(20) == 'A' ? 'B' : 'A') + value.substring(21);
        given().cookie("zgc_session", tampered).redirects().follow(false).when().get("/web/partner")
                .then().statusCode(303).header("Location", containsString("/web/sign-in"));
    }

    @Test
    void aPageWhoseApiCannotBeReachedSaysSoIn502NotAStackTrace() {
        // no gateway answers in this test: the worklist (no filter chosen) and a partner page say so
        given().cookie("zgc_session", signIn("immigration", null)).header("Accept-Language", "en")
                .when().get("/web/console").then().statusCode(502)
                .body(containsString("cannot be reached")).body(org.hamcrest.Matchers.not(containsString("Exception")));
        given().cookie("zgc_session", signIn("partner", "P-DOWN")).header("Accept-Language", "zh")
                .when().get("/web/partner").then().statusCode(502).body(containsString("服务暂时无法访问"));
    }

    @Test
    void aPageOfAnotherRoleIsRefused() {
        given().cookie("zgc_session", signIn("committee", null)).redirects().follow(false)
                .when().get("/web/console/payments").then().statusCode(403);
    }

    private static String signIn(String role, String partnerId) {
        Response form = given().when().get("/web/sign-in");
        var post = given().redirects().follow(false).cookies(form.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf(form.asString())).formParam("role", role);
        if (partnerId != null) {
            post = post.formParam("partnerId", partnerId);
        }
        Response signedIn = post.when().post("/web/sign-in/dev");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return signedIn.getCookie("zgc_session");
    }

    @Test
    void aPartnerWithoutAValidPartnerIdIsNotSignedIn() {
        Response form = given().when().get("/web/sign-in");
        given().redirects().follow(false).cookies(form.getCookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf(form.asString())).formParam("role", "partner").formParam("partnerId", "a b/c")
                .when().post("/web/sign-in/dev").then().statusCode(400);
    }

    @Test
    void theLanguageSwitchChangesThePageAndItsLangAttribute() {
        given().header("Accept-Language", "en").when().get("/web/sign-in").then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("Sign in"));
        Response switched = given().redirects().follow(false).when()
                .get("/web/language?to=zh&back=/web/sign-in");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).endsWith("/web/sign-in");
        given().header("Accept-Language", "en").cookie("zgc_lang", switched.getCookie("zgc_lang"))
                .when().get("/web/sign-in").then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">")).body(containsString("登录"));
    }

    @Test
    void theLanguageSwitchGoesBackOnlyToThisSite() {
        given().redirects().follow(false).when().get("/web/language?to=en&back=https://evil.example/")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/web/"));
        given().redirects().follow(false).when().get("/web/language?to=en&back=//evil.example/web")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/web/"));
    }

    static String csrf(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        assertThat(m.find()).as("a CSRF field in the form").isTrue();
        return m.group(1);
    }
}
