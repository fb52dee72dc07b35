package io.nianbao.query.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The text each report was parsed from (query.report_source), and windows of it. Offsets are UTF-16 code
 * units, as the parser counts them; a text without surrogate pairs is cut by PostgreSQL (only the window
 * leaves the database), any other is cut here.
 */
@ApplicationScoped
public class ReportSourceRepository {

    /** a window of the text: {@code start} is where it begins, {@code textLength} the length of the whole text */
    public record Window(int textLength, int start, String text) {
    }

    @Inject
    EntityManager em;

    /** Stores (or replaces) the text of a report. Must run in the caller's transaction. */
    public void store(String reportId, String text) {
        // PostgreSQL text cannot hold U+0000; the replacement keeps every offset where it was
        String storable = text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
        boolean bmpOnly = storable.chars().noneMatch(c -> Character.isSurrogate((char) c));
        em.createNativeQuery("INSERT INTO query.report_source (report_id, text, text_length, bmp_only) VALUES (?1, ?2, ?3, ?4)"
                        + " ON CONFLICT (report_id) DO UPDATE SET text = EXCLUDED.text, text_length = EXCLUDED.text_length,"
                        + " bmp_only = EXCLUDED.bmp_only, stored_at = now()"
                        + " WHERE query.report_source.text_length <> EXCLUDED.text_length OR query.report_source.text <> EXCLUDED.text")
                .setParameter(1, reportId)
                .setParameter(2, storable)
                .setParameter(3, storable.length())
                .setParameter(4, bmpOnly)
                .executeUpdate();
    }

    /** the text from {@code start} (0-based), at most {@code count} units; null when no text is stored */
    @SuppressWarnings("unchecked")
    public Window window(String reportId, int start, int count) {
        List<Object[]> rows = em.createNativeQuery("SELECT text_length, bmp_only,"
                        + " CASE WHEN bmp_only THEN substr(text, ?2, ?3) ELSE text END"
                        + " FROM query.report_source WHERE report_id = ?1")
                .setParameter(1, reportId)
                .setParameter(2, start + 1)
                .setParameter(3, count)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        int length = ((Number) row[0]).intValue();
        String text = (String) row[2];
        if (!Boolean.TRUE.equals(row[1])) {
            int from = Math.min(start, text.length());
            text = text.substring(from, (int) Math.min(text.length(), (long) from + count));
        }
        return new Window(length, start, text);
    }

    /** the whole text, or null */
    @SuppressWarnings("unchecked")
    public String whole(String reportId) {
        List<String> rows = em.createNativeQuery("SELECT text FROM query.report_source WHERE report_id = ?1")
                .setParameter(1, reportId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
