package cn.zgc.residence.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.common.events.EventType;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The service reads every topic an event is published on: a new topic in common cannot be forgotten here. */
class NotificationTopicsTest {

    @Test
    void consumesEveryTopicOfTheSystem() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        Set<String> configured = Arrays.stream(properties.getProperty("mp.messaging.incoming.events.topics").split(","))
                .map(String::strip).collect(Collectors.toSet());
        Set<String> published = Arrays.stream(EventType.values()).map(EventType::topic).collect(Collectors.toSet());
        assertThat(configured).isEqualTo(published);
    }
}
