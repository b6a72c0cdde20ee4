package dev.jobfit.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The envelope of every paged collection.
 *
 * @param items the items of this page
 * @param page zero-based page number
 * @param size the requested page size
 * @param total number of items over all pages
 */
public record PageResponse<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, example = "0") int page,
        @Schema(required = true, example = "20") int size,
        @Schema(required = true, example = "42") long total) {

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
