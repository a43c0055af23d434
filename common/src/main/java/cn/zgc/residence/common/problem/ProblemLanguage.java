package cn.zgc.residence.common.problem;

import cn.zgc.residence.common.i18n.Language;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every problem body the title in the caller's language ({@code Accept-Language}), whichever mapper or
 * resource produced it; the stable {@code type} does not change with the language.
 */
public class ProblemLanguage {

    @ServerResponseFilter
    public void localise(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            Language language = Language.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            if (language != Language.EN) {
                response.setEntity(problem.in(language));
            }
        }
    }
}
