package io.nianbao.query.service;

import java.math.BigDecimal;

/** One table cell as a row: table, row key (e.g. "denied.stateSecret"), column name and value (null = blank). */
public record Cell(String table, String row, String column, BigDecimal value) {
}
