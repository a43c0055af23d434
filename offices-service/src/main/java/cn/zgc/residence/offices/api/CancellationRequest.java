package cn.zgc.residence.offices.api;

import jakarta.validation.constraints.Size;

/** Why an appointment is cancelled (optional; a default reason is recorded otherwise). */
public record CancellationRequest(@Size(max = 500) String reasonEn, @Size(max = 500) String reasonZh) {
}
