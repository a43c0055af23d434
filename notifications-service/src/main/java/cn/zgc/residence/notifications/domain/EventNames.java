package cn.zgc.residence.notifications.domain;

import cn.zgc.residence.common.events.EventType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The event names a subscription may ask for: every event the system publishes, by its name. */
public final class EventNames {

    private EventNames() {
    }

    public static Set<String> all() {
        return Arrays.stream(EventType.values()).map(EventType::eventName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The first name that is no event of the system, if any. */
    public static Optional<String> firstUnknown(List<String> names) {
        Set<String> known = all();
        return names.stream().filter(n -> n == null || !known.contains(n)).findFirst();
    }
}
