package org.entente.drills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
    private static final Pattern COMPILER_THREAD = Pattern.compile("C[12] CompilerThre.*");
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

    /**
     * CPU clock ticks (user + system) the JIT's compiler threads have used so far: the tasks of {@code /proc/<pid>/task}
     * named {@code C1 CompilerThre} or {@code C2 CompilerThre} (the kernel keeps 15 characters of a thread's name).
     * With two cores HotSpot runs one of each and never stops the first of a kind, so no compiler CPU leaves with an
     * exited thread.
     */
    public static long compilerCpuTicks(long pid) throws IOException {
        return compilerCpuTicks(Path.of("/proc", String.valueOf(pid), "task"));
    }

    static long compilerCpuTicks(Path taskDir) throws IOException {
        long ticks = 0;
        for (Map.Entry<String, Long> thread : ticksByThreadName(taskDir).entrySet()) {
            if (COMPILER_THREAD.matcher(thread.getKey()).matches()) {
                ticks += thread.getValue();
            }
        }
        return ticks;
    }

    /** CPU clock ticks (user + system) so far of the live threads of a JVM, summed by thread name. */
    public static Map<String, Long> ticksByThreadName(long pid) throws IOException {
        return ticksByThreadName(Path.of("/proc", String.valueOf(pid), "task"));
    }

    static Map<String, Long> ticksByThreadName(Path taskDir) throws IOException {
        Map<String, Long> ticks = new HashMap<>();
        try (java.util.stream.Stream<Path> tasks = Files.list(taskDir)) {
            for (Path task : tasks.toList()) {
                String comm;
                String stat;
                try {
                    comm = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
                    stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // a thread that ended between the listing and the read
                }
                // after the ")" that ends the name: state is field 3, utime field 14, stime field 15
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.merge(comm, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
            }
        }
        return ticks;
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
