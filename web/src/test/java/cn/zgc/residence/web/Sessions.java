package cn.zgc.residence.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/** Signs in through the development sign-in form and answers the session cookie. */
final class Sessions {

    private Sessions() {
    }

    static String signIn(String role, String partnerId) {
        Response form = given().when().get("/web/sign-in");
        var post = given().redirects().follow(false).cookies(form.getCookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", SignInAndHeadersTest.csrf(form.asString())).formParam("role", role);
        if (partnerId != null && role.equals("partner")) {
            post = post.formParam("partnerId", partnerId);
        }
        Response signedIn = post.when().post("/web/sign-in/dev");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return signedIn.getCookie("zgc_session");
    }
}
