package org.claimdesk.extraction.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimdesk.extraction.text.TextCleaner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Command line of the extraction engine: {@code extract [--all|--quantities] FILE|DIR...},
 * {@code evaluate --gold DIR [--text DIR]} and {@code bench [--mb N]}; {@code --help} on each.
 * Exit codes: 0 done, 1 an error (a missing file, a document the engine failed on), 2 a usage error.
 */
public final class ExtractionCli {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ExtractionCli() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command; {@code args[0]} names it. Never throws; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Root(err));
        cl.addSubcommand("extract", new ExtractCommand(out, err));
        cl.addSubcommand("evaluate", new EvaluateCommand(out));
        cl.addSubcommand("bench", new BenchCommand(out));
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((e, given) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("error: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr());
            c.usage(c.getErr());
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof IOException || e instanceof UncheckedIOException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + e.getMessage());
            } else {
                commandLine.getErr().println("error: " + e);
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        int code = cl.execute(args == null ? new String[0] : args);
        cl.getOut().flush();
        cl.getErr().flush();
        out.flush();
        return code;
    }

    @Command(name = "claimdesk", description = "Numeric-claim extraction: extract, evaluate or bench.")
    static final class Root implements Callable<Integer> {

        @Spec
        CommandSpec spec;
        private final PrintStream err;

        Root(PrintStream err) {
            this.err = err;
        }

        @Override
        public Integer call() {
            spec.commandLine().usage(err);
            return CommandLine.ExitCode.USAGE;
        }
    }

    /** The text extract runs on: the file as is (malformed UTF-8 replaced), or cleaned when it is HTML. */
    static String readText(Path f) throws IOException {
        String raw = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") ? TextCleaner.clean(raw) : raw;
    }

    /** A file as given, or a directory's {@code *.txt} files in name order. */
    static List<Path> inputs(List<Path> given) throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    out.addAll(s.filter(x -> x.getFileName().toString().endsWith(".txt")).sorted().toList());
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                throw new IllegalArgumentException("no such file: " + p);
            }
        }
        return out;
    }
}
