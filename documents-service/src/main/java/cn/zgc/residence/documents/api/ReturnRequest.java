package cn.zgc.residence.documents.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Returns a submitted dossier to the partner, with the reason for each item to correct", example = """
        {"items": [{"code": "MEDICAL_CERTIFICATE", "reasonEn": "The stamp of the health centre is unreadable",
                    "reasonZh": "体检机构印章不清晰"}]}""")
public record ReturnRequest(@NotEmpty @Size(max = 30) List<@NotNull @Valid Item> items) {

    public record Item(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 500) String reasonEn,
            @NotBlank @Size(max = 500) String reasonZh) {
    }
}
