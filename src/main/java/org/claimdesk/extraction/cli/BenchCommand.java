package org.claimdesk.extraction.cli;

import org.claimdesk.extraction.ClaimExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code bench}: extracts from at least {@code --mb} megabytes of synthetic articles on one thread
 * after a warm-up, and reports MB/s, quantities/s and heap after GC before and after, to show that
 * the heap does not grow with the amount of text processed. {@code --write-files DIR} instead
 * writes synthetic article files, for timing {@code extract DIR} from start-up to the last line.
 */
@Command(name = "bench",
        description = "Extraction throughput on synthetic news text, one thread, with heap before and after.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    private static final int ARTICLE_CHARS = 4_000;
    private static final int WARMUP_PASSES = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--mb", paramLabel = "N", description = "Megabytes of text to extract (default: ${DEFAULT-VALUE}).")
    int mb = 50;

    @Option(names = "--threads", paramLabel = "1", description = "Only 1: the figure is per core.")
    int threads = 1;

    @Option(names = "--write-files", paramLabel = "DIR", description = "Write synthetic article files to DIR instead.")
    Path writeFiles;

    @Option(names = "--files", paramLabel = "N", description = "With --write-files: how many (default: ${DEFAULT-VALUE}).")
    int files = 21_000;

    @Option(names = "--chars", paramLabel = "N", description = "With --write-files: chars per file (default: ${DEFAULT-VALUE}).")
    int chars = 2_100;

    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        if (threads != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "only --threads 1 is supported: the figure is per core");
        }
        if (writeFiles != null) {
            return writeFiles();
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
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (String d : docs) {
            quantities += ex.extract(d).size();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
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

    private int writeFiles() throws IOException {
        Files.createDirectories(writeFiles);
        SyntheticCorpus corpus = new SyntheticCorpus(7);
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            byte[] b = corpus.article(chars).getBytes(StandardCharsets.UTF_8);
            Files.write(writeFiles.resolve(String.format("a%06d.txt", i)), b);
            bytes += b.length;
        }
        out.printf("wrote %d files, %.1f MB, to %s%n", files, bytes / 1e6, writeFiles);
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
