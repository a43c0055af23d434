package cn.zgc.residence.web.pages;

import cn.zgc.residence.web.config.BusinessClock;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Dates, times and money in the page's language; times always in Asia/Shanghai. */
@io.quarkus.qute.TemplateData
public final class Fmt {

    private final Locale locale;

    public Fmt(Locale locale) {
        this.locale = locale;
    }

    /** An API timestamp (ISO 8601 with offset) as a date and time in Asia/Shanghai. */
    public String dateTime(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso.toString()).atZoneSameInstant(BusinessClock.ZONE)
                    .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    /** The time of day of an API timestamp, in Asia/Shanghai. */
    public String time(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso.toString()).atZoneSameInstant(BusinessClock.ZONE)
                    .format(DateTimeFormatter.ofPattern("HH:mm", locale));
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    /** An ISO date (yyyy-MM-dd) in the locale's long form, with its day of the week. */
    public String date(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            return LocalDate.parse(iso.toString()).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
        } catch (DateTimeParseException e) {
            return iso.toString();
        }
    }

    /** An amount of CNY in the locale's currency format (¥1,500.00 / CN¥1,500.00). */
    public String money(Object amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("CNY"));
        return format.format(new BigDecimal(amount.toString()));
    }
}
