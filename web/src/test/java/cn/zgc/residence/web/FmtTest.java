package cn.zgc.residence.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.web.pages.Fmt;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, times and money in each language; times turned into Beijing time whatever offset the API wrote. */
class FmtTest {

    @ParameterizedTest(name = "{0}: {1} shows as {2}")
    @CsvSource(delimiter = '|', value = {
            "en | 1500.00 | CN¥1,500.00",
            "zh | 1500.00 | ¥1,500.00",
            "en | 0.5 | CN¥0.50"})
    void moneyInTheLocalesFormat(String language, String amount, String shown) {
        assertThat(fmt(language).money(amount)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}: {1} is {2} in Beijing")
    @CsvSource(delimiter = '|', value = {
            "en | 2026-12-01T01:30:00Z | 09:30",
            "zh | 2026-12-01T09:30:00+08:00 | 09:30",
            "en | 2026-11-30T23:00:00-05:00 | 12:00"})
    void timesAreBeijingTime(String language, String iso, String time) {
        assertThat(fmt(language).time(iso)).isEqualTo(time);
    }

    @ParameterizedTest(name = "{0}: {1} shows as {2}")
    @CsvSource(delimiter = '|', value = {
            "en | 2026-12-07 | Monday, 7 December 2026",
            "zh | 2026-12-07 | 2026年12月7日星期一"})
    void datesInTheLocalesLongForm(String language, String iso, String shown) {
        assertThat(fmt(language).date(iso)).isEqualTo(shown);
    }

    private static Fmt fmt(String language) {
        return new Fmt("en".equals(language) ? Locale.UK : Locale.SIMPLIFIED_CHINESE);
    }
}
