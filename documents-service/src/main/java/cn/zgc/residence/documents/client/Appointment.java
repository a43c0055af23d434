package cn.zgc.residence.documents.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The part of offices-service's appointment this service reads; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Appointment(UUID id, UUID dossierId, String hallId, String status, OffsetDateTime startsAt) {

    public static final String BOOKED = "BOOKED";
}
