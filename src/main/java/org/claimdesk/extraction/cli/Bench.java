package org.claimdesk.extraction.cli;

import org.claimdesk.extraction.ClaimExtractor;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Throughput benchmark: extracts from at least {@code --mb} megabytes of synthetic articles on
 * one thread after a warm-up, and reports MB/s, quantities/s and heap after GC before and after,
 * to show that the heap does not grow with the amount of text processed.
 */
final class Bench {

    private static final int ARTICLE_CHARS = 4_000;
    private static final int WARMUP_PASSES = 3;

    private Bench() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int mb = 50;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--mb") && i + 1 < args.length) {
                mb = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--threads") && i + 1 < args.length) {
                if (!args[++i].equals("1")) {
                    err.println("only --threads 1 is supported: the figure is per core");
                    return 2;
                }
            } else {
                err.println("usage: bench [--mb N] [--threads 1]");
                return 2;
            }
        }
        ClaimExtractor ex = ClaimExtractor.DEFAULT;
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        // Warm-up long enough for the JIT's optimising compiler to finish with the hot paths.
        List<String> warm = corpus.articles(10L << 20, ARTICLE_CHARS);
        for (int pass = 0; pass < WARMUP_PASSES; pass++) {
            for (String a : warm) {
                ex.extract(a);
            }
        }
        List<String> docs = corpus.articles((long) mb << 20, ARTICLE_CHARS);
        long chars = 0;
        for (String d : docs) {
            chars += d.length();
        }
        long heapBefore = usedHeapAfterGc();
        long quantities = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (String d : docs) {
            quantities += ex.extract(d).size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long heapAfter = usedHeapAfterGc();
        double mbs = chars / (1024.0 * 1024.0);
        out.printf("text=%.1f MB articles=%d time=%.2f s throughput=%.2f MB/s quantities=%d (%.0f/s)%n",
                mbs, docs.size(), secs, mbs / secs, quantities, quantities / secs);
        // On a shared machine wall time includes waiting for a core; thread CPU time does not.
        out.printf("thread cpu=%.2f s throughput per cpu-second=%.2f MB/s%n", cpuSecs, mbs / cpuSecs);
        out.printf("heap after GC: before=%.1f MB after=%.1f MB (input text held: %.1f MB)%n",
                heapBefore / 1048576.0, heapAfter / 1048576.0, chars * 2 / 1048576.0);
        return 0;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
