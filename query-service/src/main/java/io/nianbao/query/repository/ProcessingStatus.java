package io.nianbao.query.repository;

/** Where a report is in the pipeline. The order matters: a report's status never goes backwards. */
public enum ProcessingStatus {
    RECEIVED, PARSED, VALIDATED;

    public ProcessingStatus atLeast(ProcessingStatus other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
