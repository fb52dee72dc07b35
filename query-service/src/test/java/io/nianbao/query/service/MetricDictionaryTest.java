package io.nianbao.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MetricDictionaryTest {

    @Test
    void everyListedMetricResolvesAndEveryMainMetricIsListed() {
        List<MetricInfo> all = MetricDictionary.all();
        Set<String> names = new HashSet<>();
        for (MetricInfo m : all) {
            assertTrue(names.add(m.name()), "listed once: " + m.name());
            Metric resolved = MetricCatalog.resolve(m.name()).orElseThrow(() -> new AssertionError("does not resolve: " + m.name()));
            assertEquals(m.table(), resolved.table(), m.name());
            assertFalse(m.label().isBlank(), m.name());
            assertTrue(Set.of("件", "个", "万元").contains(m.unit()), m.name() + " " + m.unit());
            assertFalse(m.cells().isEmpty(), m.name());
            assertFalse(m.templates().isEmpty(), m.name());
            for (String cell : m.cells()) {
                assertTrue(cell.startsWith(m.table() + "."), cell);
            }
        }
        for (String main : MetricCatalog.MAIN_METRICS) {
            assertTrue(names.contains(main), "main metric listed: " + main);
            assertTrue(all.stream().filter(m -> m.name().equals(main)).findFirst().orElseThrow().main(), main);
        }
    }

    @Test
    void definitionsNameTheCellsSummed() {
        assertEquals(List.of("applications.newReceived[6]"), cells("applications.newReceived.total"));
        assertEquals(List.of("applications.newReceived[1]", "applications.newReceived[2]", "applications.newReceived[3]",
                "applications.newReceived[4]", "applications.newReceived[5]"), cells("applications.newReceived.legalPersons"));
        assertEquals(8, cells("applications.denied.total").size());
        assertTrue(cells("applications.denied.total").contains("applications.denied.stateSecret[6]"));
        assertEquals(List.of("reviewLitigation.litigationDirect[4]", "reviewLitigation.litigationAfterReview[4]"),
                cells("reviewLitigation.litigation.total"));
        assertEquals(List.of("activeDisclosure.licensing.decisions", "activeDisclosure.otherServices.decisions",
                "activeDisclosure.penalties.decisions", "activeDisclosure.enforcement.decisions"),
                cells("activeDisclosure.decisions.total"));
        MetricInfo fees = info("activeDisclosure.fees.amountWan");
        assertEquals("万元", fees.unit());
        assertEquals(List.of("2021"), fees.templates());
        assertEquals(List.of("2021"), info("applications.otherHandling.feeUnpaid.total").templates());
        assertEquals(List.of("2019", "2021"), info("applications.otherHandling.other.total").templates());
    }

    @Test
    void namesOutsideTheDictionaryAreRejected() {
        for (String bogus : List.of("applications.bogus.total", "applications.denied.madeUp.total", "activeDisclosure.procurement.made",
                "activeDisclosure.fees.decisions", "reviewLitigation.litigation.naturalPerson", "applications.newReceived",
                "x.y.z", "", "applications.newReceived.total.extra")) {
            assertTrue(MetricCatalog.resolve(bogus).isEmpty(), bogus);
        }
    }

    private static MetricInfo info(String name) {
        return MetricDictionary.all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> cells(String name) {
        return info(name).cells();
    }
}
