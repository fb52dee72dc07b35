package io.nianbao.contracts.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One corrected cell: its path ({@code applications.newReceived[0]}, {@code activeDisclosure.fees.change}) and the figure before and after (null = blank). */
@JsonPropertyOrder({"path", "before", "after"})
public record CellChange(String path, Number before, Number after) {
}
