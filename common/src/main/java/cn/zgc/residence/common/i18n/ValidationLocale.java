package cn.zgc.residence.common.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * The locale bean validation messages are interpolated in: the caller's {@link Language}, so that a validation
 * message and the problem around it are in one language. Quarkus' own resolver matches {@code Accept-Language}
 * against {@code quarkus.locales} (en, zh) and finds nothing for {@code zh-CN} or {@code zh-Hant}; this one reads the
 * header as every other text of the system does. Messages come from Hibernate Validator's bundles and each
 * service's {@code ValidationMessages.properties} / {@code ValidationMessages_zh.properties}.
 */
@ApplicationScoped
public class ValidationLocale implements LocaleResolver {

    @Inject
    CallerLanguage language;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return language.get().chinese() ? Locale.CHINESE : Locale.ENGLISH;
    }
}
