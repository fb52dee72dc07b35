package io.nianbao.query.rest;

import java.util.List;

/** A page of results with the total count of matches. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
