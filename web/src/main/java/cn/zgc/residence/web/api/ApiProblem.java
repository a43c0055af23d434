package cn.zgc.residence.web.api;

import java.util.List;

/** The API answered with a problem (RFC 9457): shown on the page in the API's words, in the page's language. */
@io.quarkus.qute.TemplateData
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<String> fieldErrors;

    public ApiProblem(int status, String title, String detail, List<String> fieldErrors) {
        super(status + " " + title);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<String> fieldErrors() {
        return fieldErrors;
    }
}
