package org.claimdesk.extraction.cli;

import org.claimdesk.extraction.ClaimExtractor;
import org.claimdesk.extraction.Quantity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code extract}: one JSON line per claim (or quantity) of each file, in input order. Files are
 * extracted on worker threads (on one, inline, by default on two cores) and written in order as
 * they finish, in large writes: over a directory of many small articles the cost is the
 * engine's, not the start-up's or the output's.
 */
@Command(name = "extract",
        description = "Print the numeric claims of each FILE (a directory means its *.txt files; .html files are"
                + " cleaned first) as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Output is written in chunks of about this size. */
    private static final int CHUNK = 1 << 16;

    @Spec
    CommandSpec spec;

    @Option(names = "--all", description = "Every quantity found, claims and non-claims (with the reason).")
    boolean all;

    @Option(names = "--quantities", description = "The quantities a quantity benchmark counts: all but years, dates,"
            + " times, identifiers and ordinals; ranges as value and high; minor units at face value.")
    boolean quantities;

    /**
     * One core is left to the JIT compiler and the GC: on two cores two workers were slower than one
     * over 46 MB of short files, as the compiler then lags behind and more runs interpreted.
     */
    @Option(names = "--threads", paramLabel = "N", description = "Files extracted at once (default: the cores but one).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Article files or directories.")
    List<Path> paths;

    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (all && quantities) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--all and --quantities exclude each other");
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        List<Path> files = ExtractionCli.inputs(paths);
        ClaimExtractor extractor = ClaimExtractor.DEFAULT;
        long failedBefore = extractor.failures();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK * 2);
        if (threads == 1 || files.size() < 2) {
            for (Path f : files) {
                emit(buffer, lines(extractor, f));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), r -> {
                Thread t = new Thread(r, "extract");
                t.setDaemon(true);
                return t;
            });
            try {
                ArrayDeque<Future<byte[]>> window = new ArrayDeque<>();
                int next = 0;
                int ahead = threads * 8;
                while (next < files.size() || !window.isEmpty()) {
                    while (next < files.size() && window.size() < ahead) {
                        Path f = files.get(next++);
                        window.add(pool.submit(() -> lines(extractor, f)));
                    }
                    emit(buffer, take(window.poll()));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        buffer.writeTo(out);
        out.flush();
        long failed = extractor.failures() - failedBefore;
        if (failed > 0) {
            err.println("error: extraction failed on " + failed + " of " + files.size()
                    + " files; each is logged with its name, and yields no lines");
            return 1;
        }
        return 0;
    }

    private byte[] lines(ClaimExtractor extractor, Path f) throws IOException {
        String name = f.getFileName().toString();
        String text = ExtractionCli.readText(f);
        List<Quantity> found;
        if (quantities) {
            found = extractor.extractQuantities(text, name);
        } else if (all) {
            found = extractor.extract(text, name);
        } else {
            found = extractor.extractClaims(text, name);
        }
        return QuantityJson.lines(name, found);
    }

    private void emit(ByteArrayOutputStream buffer, byte[] lines) throws IOException {
        buffer.write(lines, 0, lines.length);
        if (buffer.size() >= CHUNK) {
            buffer.writeTo(out);
            buffer.reset();
        }
    }

    private static byte[] take(Future<byte[]> f) throws IOException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
