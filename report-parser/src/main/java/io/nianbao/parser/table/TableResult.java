package io.nianbao.parser.table;

import java.util.List;

import io.nianbao.contracts.model.TableStatus;

/**
 * What a table parser read: the table (its contract class), its status, the template its own headings or rows
 * show (null when they do not tell), the cells it inferred from the table's arithmetic and notes for the
 * report's author (rows read incompletely).
 */
public record TableResult<T>(T table, TableStatus status, String templateEvidence, List<String> inferredCells,
                             List<String> notes) {}
