package io.nianbao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Counts the outcomes of a push and prints them, with the reason of every rejected document. */
final class PushSummary {
    private int accepted;
    private int duplicates;
    private final List<PushOutcome> rejected = new ArrayList<>();

    void add(PushOutcome outcome) {
        switch (outcome.kind()) {
            case ACCEPTED -> accepted++;
            case DUPLICATE -> duplicates++;
            case REJECTED -> rejected.add(outcome);
        }
    }

    int accepted() {
        return accepted;
    }

    int duplicates() {
        return duplicates;
    }

    List<PushOutcome> rejected() {
        return rejected;
    }

    void print(PrintWriter out, double seconds) {
        int total = accepted + duplicates + rejected.size();
        out.printf("pushed %d documents in %.1f s (%.1f/s): %d accepted, %d duplicates, %d rejected%n",
                total, seconds, seconds > 0 ? total / seconds : 0.0, accepted, duplicates, rejected.size());
        for (PushOutcome r : rejected) {
            out.println("  rejected " + r.document() + ": " + r.reason());
        }
        out.flush();
    }
}
