package cn.zgc.residence.offices.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Business knobs of the offices service. */
@ConfigMapping(prefix = "offices")
public interface OfficesConfig {

    /** Years of the State Council calendar shipped as {@code holiday-cn/<year>.json}; a year without days is skipped. */
    @WithDefault("2024,2025,2026,2027")
    List<Integer> calendarYears();

    /** How many days ahead next-opening looks for an open interval. */
    @WithDefault("366")
    int nextOpeningHorizonDays();

    /**
     * How often each instance rebuilds its in-memory snapshot, so that a change made through another replica is
     * seen without a restart; 0 turns it off.
     */
    @WithDefault("60s")
    java.time.Duration refreshInterval();

    /** How many days ahead, from today, the iCalendar feed lists open intervals when the caller does not say. */
    @WithDefault("90")
    int calendarFeedDays();

    /** Appointments at the halls. */
    Appointments appointments();

    interface Appointments {

        /**
         * Dossier states (documents-service's lifecycle) in which no appointment can be booked or moved: the hall has
         * accepted the dossier, or it has ended.
         */
        @WithDefault("ACCEPTED,UNDER_EXAMINATION,APPROVED,REFUSED,CARD_PRODUCED,COLLECTED,WITHDRAWN")
        java.util.Set<String> closedDossierStates();

        /** The category of a dossier that does not name one: this system's applications are for permanent residence. */
        @WithDefault("PERMANENT_RESIDENCE")
        String defaultCategory();

        /** Days a slot search covers when the caller gives no end. */
        @WithDefault("14")
        int searchDays();

        /** Days a slot search may cover at most. */
        @WithDefault("92")
        int maxSearchDays();

        /** Free slots listed per hall by the earliest-slots search, unless the caller asks for fewer. */
        @WithDefault("3")
        int earliestPerHall();

        /** The dossier's checklist, linked from the invitation as the documents to bring; {dossierId} is replaced. */
        @WithDefault("http://127.0.0.1:8080/api/v1/dossiers/{dossierId}")
        String checklistUrl();

        /** The ORGANIZER of the invitations (a calendar address of the halls' appointment desk). */
        @WithDefault("mailto:appointments@zgc-residence.example")
        String organizer();
    }
}
