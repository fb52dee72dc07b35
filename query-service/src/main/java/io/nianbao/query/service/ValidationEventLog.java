package io.nianbao.query.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.nianbao.contracts.issue.Severity;
import io.nianbao.query.repository.ValidationEventRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads the stored validation events after a sequence number, with the SSE filters applied in SQL. */
@ApplicationScoped
public class ValidationEventLog {

    public record Subscription(String organization, Severity severity, String code) {}

    public List<ValidationEventRecord> after(long seq, Subscription filter, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StringBuilder hql = new StringBuilder("from ValidationEventRecord where seq > ?1");
            List<Object> params = new ArrayList<>(List.of(seq));
            if (filter.organization() != null) {
                params.add("%" + filter.organization() + "%");
                String key = OrganizationNormalizer.normalize(filter.organization());
                params.add("%" + (key == null ? filter.organization() : key) + "%");
                hql.append(" and (organization like ?").append(params.size() - 1)
                        .append(" or normalizedOrganization like ?").append(params.size()).append(')');
            }
            if (filter.severity() != null) {
                hql.append(switch (filter.severity()) {
                    case ERROR -> " and errorCount > 0";
                    case WARNING -> " and warningCount > 0";
                    case INFO -> " and infoCount > 0";
                });
            }
            if (filter.code() != null) {
                params.add("%," + filter.code() + ",%");
                hql.append(" and codes like ?").append(params.size());
            }
            hql.append(" order by seq");
            return ValidationEventRecord.<ValidationEventRecord>find(hql.toString(), params.toArray()).page(0, limit).list();
        });
    }

    /** the newest sequence number (0 when none): where a subscriber without Last-Event-ID starts */
    public long latest() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object max = ValidationEventRecord.getEntityManager()
                    .createQuery("select coalesce(max(seq), 0) from ValidationEventRecord").getSingleResult();
            return ((Number) max).longValue();
        });
    }
}
