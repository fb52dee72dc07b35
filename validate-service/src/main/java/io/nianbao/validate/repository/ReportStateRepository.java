package io.nianbao.validate.repository;

import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReportStateRepository implements PanacheRepositoryBase<ReportState, String> {

    /** The report that currently stands for this body and year, if any. */
    public Optional<ReportState> findCurrent(String normalizedOrganization, int year) {
        return find("normalizedOrganization = ?1 and year = ?2 and currentReport = true", normalizedOrganization, year)
                .firstResultOptional();
    }

    /**
     * Serialises the processing of one body's reports across instances until the transaction ends:
     * creates the body's lock row if needed, then takes a row lock on it.
     */
    public void lockOrganization(String normalizedOrganization) {
        getEntityManager().createNativeQuery(
                        "INSERT INTO validate.organization_lock (normalized_organization) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, normalizedOrganization).executeUpdate();
        getEntityManager().createNativeQuery(
                        "SELECT normalized_organization FROM validate.organization_lock WHERE normalized_organization = ?1 FOR UPDATE")
                .setParameter(1, normalizedOrganization).getResultList();
    }
}
