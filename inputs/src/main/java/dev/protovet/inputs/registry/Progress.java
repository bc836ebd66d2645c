package dev.protovet.inputs.registry;

import java.util.function.Consumer;

/** Counts work done and reports it every tenth or so (and at the end), for long runs on large registries. */
final class Progress {
    private final Consumer<String> out;
    private final String doing;
    private final int total;
    private final String things;
    private final int step;
    private int done;

    Progress(Consumer<String> out, String doing, int total, String things) {
        this.out = out;
        this.doing = doing;
        this.total = total;
        this.things = things;
        this.step = Math.max(1, Math.min(1_000, total / 10));
    }

    synchronized void advance() {
        done++;
        if (done % step == 0 || done == total) {
            out.accept(doing + ": " + done + "/" + total + " " + things);
        }
    }
}
