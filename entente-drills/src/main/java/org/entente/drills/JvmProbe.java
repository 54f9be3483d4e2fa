package org.entente.drills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory and threads of a child JVM from outside: the live heap, through {@code jcmd <pid>
 * GC.class_histogram}, which runs a full GC and then counts the bytes of every object still
 * reachable (one command, so nothing allocated between a {@code GC.run} and a {@code GC.heap_info}
 * is counted, and no G1 region rounding); resident memory and thread count from
 * {@code /proc/<pid>/status}.
 */
public final class JvmProbe {

    /** The histogram's last line: "Total <instances> <bytes>". */
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
    private static final Pattern COMPILES = Pattern.compile("(?m)^sun\\.ci\\.totalCompiles=(\\d+)\\s*$");
    private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    public record Sample(double heapMiB, double rssMiB, int threads) {
    }

    private JvmProbe() {
    }

    public static Sample sample(long pid) throws IOException, InterruptedException {
        double heap = liveBytes(jcmd(pid, "GC.class_histogram")) / (1024.0 * 1024.0);
        String status = Files.readString(Path.of("/proc", String.valueOf(pid), "status"), StandardCharsets.UTF_8);
        return new Sample(heap, field(status, "VmRSS") / 1024.0, (int) field(status, "Threads"));
    }

    static long liveBytes(String histogram) {
        Matcher m = TOTAL.matcher(histogram);
        if (!m.find()) {
            throw new IllegalStateException("no Total line in jcmd GC.class_histogram output: "
                    + histogram.substring(Math.max(0, histogram.length() - 500)));
        }
        return Long.parseLong(m.group(1));
    }

    /** Methods the JIT has compiled so far ({@code jcmd <pid> PerfCounter.print}, {@code sun.ci.totalCompiles}). */
    public static long compiles(long pid) throws IOException, InterruptedException {
        return compiles(jcmd(pid, "PerfCounter.print"));
    }

    static long compiles(String perfCounters) {
        Matcher m = COMPILES.matcher(perfCounters);
        if (!m.find()) {
            throw new IllegalStateException("no sun.ci.totalCompiles in jcmd PerfCounter.print output");
        }
        return Long.parseLong(m.group(1));
    }

    static long field(String procStatus, String name) {
        for (String line : procStatus.split("\n")) {
            if (line.startsWith(name + ":")) {
                return Long.parseLong(line.substring(name.length() + 1).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException(name + " missing from /proc status");
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(JCMD.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }
}
