package io.nianbao.validate.service;

import io.nianbao.contracts.event.ReportValidated;

/** A validation to publish once the transaction that produced it has committed. */
public record OutgoingValidation(String reportId, ReportValidated validated) {}
