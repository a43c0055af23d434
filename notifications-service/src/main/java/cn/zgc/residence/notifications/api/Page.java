package cn.zgc.residence.notifications.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One page of a list, newest first; ask for page + 1 while hasMore")
public record Page<T>(List<T> items, int page, int size, boolean hasMore) {
}
