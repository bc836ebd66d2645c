package dev.protovet.cli;

import java.io.PrintWriter;
import java.time.Duration;

/** {@code --timeout}: when the run takes longer, its protoc processes are stopped and it exits 1 saying so. */
final class Deadline {
    private Deadline() {
    }

    /** Starts counting {@code limit} from now; zero means no limit. */
    static void arm(Duration limit, PrintWriter err) {
        if (limit.isZero() || limit.isNegative()) {
            return;
        }
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis(), (int) (limit.toNanos() % 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            err.println("protovet: timed out after " + GoDuration.format(limit) + " (--timeout)");
            err.flush();
            System.exit(ExitCodes.ERROR);
        }, "protovet-timeout");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
