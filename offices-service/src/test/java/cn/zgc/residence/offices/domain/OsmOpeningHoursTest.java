package cn.zgc.residence.offices.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.poole.openinghoursparser.Util;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OsmOpeningHoursTest {

    @Test
    void writesTheRegularHallHours() {
        assertThat(OsmOpeningHours.of(HallData.NINE_TO_FIVE))
                .isEqualTo("Mo-Sa 09:00-17:00; PH unknown \"subject to further notice\"");
    }

    @Test
    void writesShijingshansLunchBreak() {
        assertThat(OsmOpeningHours.of(HallData.WITH_LUNCH_BREAK))
                .isEqualTo("Mo-Sa 09:00-12:00,13:30-17:00; PH unknown \"subject to further notice\"");
    }

    @Test
    void groupsOnlyNeighbouringDaysWithTheSameHours() {
        WeeklyHours hours = WeeklyHours.of(Map.of(
                DayOfWeek.MONDAY, List.of(TimeInterval.of("09:00", "17:00")),
                DayOfWeek.TUESDAY, List.of(TimeInterval.of("09:00", "17:00")),
                DayOfWeek.WEDNESDAY, List.of(TimeInterval.of("09:00", "12:00")),
                DayOfWeek.FRIDAY, List.of(TimeInterval.of("09:00", "17:00"))));
        assertThat(OsmOpeningHours.of(hours))
                .isEqualTo("Mo-Tu 09:00-17:00; We 09:00-12:00; Fr 09:00-17:00; PH unknown \"subject to further notice\"");
    }

    @Test
    void readsBackToTheSameValueWithTheOpenStreetMapParser() {
        String value = OsmOpeningHours.of(HallData.WITH_LUNCH_BREAK);
        assertThat(Util.rulesToOpeningHoursString(OsmOpeningHours.parse(value))).isEqualTo(value);
    }

    @Test
    void rejectsAValueTheParserRefuses() {
        assertThatThrownBy(() -> OsmOpeningHours.parse("Mo-Sa 25:00-17:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
