package cn.zgc.residence.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The AsyncAPI document (docs/asyncapi.yaml) names exactly the events the code publishes, with their schemas. */
class AsyncApiContractTest {

    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        document = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "docs", "asyncapi.yaml").toFile());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void describesEveryPublishedEventOnItsTopicWithItsCloudEventsType(EventType type) {
        JsonNode message = document.at("/components/messages/" + type.eventName());
        assertThat(message.isMissingNode()).as("message %s", type.eventName()).isFalse();
        assertThat(message.path("x-ce-type").asText()).isEqualTo(type.ceType());
        assertThat(message.path("x-ce-source").asText()).isEqualTo(type.source());
        assertThat(channelsCarrying(type.eventName())).containsExactly(type.topic());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void describesEveryPayloadFieldWithItsJsonType(EventType type) {
        JsonNode schema = document.at("/components/schemas/" + type.eventName());
        Map<String, String> expected = new LinkedHashMap<>();
        for (RecordComponent component : type.payloadType().getRecordComponents()) {
            expected.put(component.getName(), jsonType(component.getType()));
        }
        Map<String, String> documented = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(field -> documented.put(field.getKey(),
                field.getValue().path("type").asText()
                        + field.getValue().path("format").asText("").transform(f -> f.isEmpty() ? "" : "/" + f)));
        assertThat(documented).as("schema of %s", type.eventName()).isEqualTo(expected);
    }

    @Test
    void namesNothingTheCodeDoesNotPublish() {
        Set<String> published = Arrays.stream(EventType.values()).map(EventType::eventName).collect(Collectors.toSet());
        Set<String> documented = new HashSet<>();
        document.path("components").path("messages").fieldNames().forEachRemaining(documented::add);
        assertThat(documented).isEqualTo(published);

        Set<String> topics = Arrays.stream(EventType.values()).map(EventType::topic).collect(Collectors.toSet());
        Set<String> addresses = new HashSet<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(addresses).isEqualTo(topics);
    }

    private static List<String> channelsCarrying(String eventName) {
        List<String> addresses = new java.util.ArrayList<>();
        document.path("channels").forEach(channel -> {
            if (channel.path("messages").has(eventName)) {
                addresses.add(channel.path("address").asText());
            }
        });
        return addresses;
    }

    private static String jsonType(Class<?> type) {
        if (type == UUID.class) {
            return "string/uuid";
        }
        if (type == LocalDate.class) {
            return "string/date";
        }
        if (type == OffsetDateTime.class) {
            return "string/date-time";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == BigDecimal.class) {
            return "number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "object";
        }
        throw new IllegalArgumentException("no JSON type for " + type);
    }
}
