package org.claimdesk.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimdesk.core.DomainException;
import org.claimdesk.reference.table.ParsedTable;
import org.claimdesk.reference.table.PeriodWords;
import org.claimdesk.reference.table.ReferenceTable;
import org.claimdesk.reference.table.TableFormat;
import org.claimdesk.reference.table.TableReaders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-dataset FILE --name NAME --format hoc-results|homeoffice|long [options]}: reads and
 * checks a table with no server and no database ({@code --check}), or sends it to a running desk's
 * {@code POST /api/datasets} as the user given, password from {@code CLAIMDESK_PASSWORD}.
 */
@Command(name = "import-dataset", mixinStandardHelpOptions = true, sortOptions = false,
        description = { "Checks a reference table offline (--check), or imports it into a running desk.",
            "The password of --user comes from $" + DatasetCli.PASSWORD_ENV + "." },
        exitCodeListHeading = "Exit codes:%n", exitCodeList = { "0:checked or stored",
            "1:refused, by the reader or the server", "2:wrong arguments, unreadable file or no connection" })
public final class DatasetCli implements Callable<Integer> {

    static final String PASSWORD_ENV = "CLAIMDESK_PASSWORD";

    @Parameters(index = "0", paramLabel = "FILE", description = "the table, as its publisher writes it (CSV)")
    Path file;

    @Option(names = "--name", required = true, description = "the dataset's name on the desk")
    String name;

    @Option(names = "--format", required = true, paramLabel = "hoc-results|homeoffice|long",
            description = "how the table is laid out")
    String format;

    @Option(names = "--check", description = "read and check the file here, with no server")
    boolean check;

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "the desk (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--user", defaultValue = "admin", description = "who imports it (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--publisher")
    String publisher;

    @Option(names = "--licence")
    String licence;

    @Option(names = "--source-url", paramLabel = "URL")
    String sourceUrl;

    @Option(names = "--release-date", paramLabel = "YYYY-MM-DD")
    String releaseDate;

    @Option(names = "--election", paramLabel = "YYYY-MM-DD", description = "the election a results table is of")
    String election;

    @Option(names = "--value", paramLabel = "COL", description = "long format: the column of the figures")
    String value;

    @Option(names = "--year", paramLabel = "COL")
    String year;

    @Option(names = "--quarter", paramLabel = "COL")
    String quarter;

    @Option(names = "--date", paramLabel = "COL")
    String date;

    private String password;
    private PrintStream out;
    private PrintStream err;

    /** 0: checked or stored; 1: refused (by the reader or the server); 2: wrong arguments or no connection. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv(PASSWORD_ENV));
    }

    /** {@code args[0]} is the command's own name. */
    static int run(String[] args, PrintStream out, PrintStream err, String password) {
        DatasetCli command = new DatasetCli();
        command.password = password;
        command.out = out;
        command.err = err;
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public Integer call() {
        String csv;
        try {
            csv = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("import-dataset: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        return check ? check(csv, options(), out) : send(csv, options(), out, err, password);
    }

    /** The options given, by their names on the command line. */
    private Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        String[][] given = { { "name", name }, { "format", format }, { "url", url }, { "user", user },
            { "publisher", publisher }, { "licence", licence }, { "source-url", sourceUrl },
            { "release-date", releaseDate }, { "election", election }, { "value", value }, { "year", year },
            { "quarter", quarter }, { "date", date } };
        for (String[] g : given) {
            if (g[1] != null) {
                o.put(g[0], g[1]);
            }
        }
        return o;
    }

    /** Reads the file as the server would, and says what it holds or why it is refused. */
    private static int check(String csv, Map<String, String> o, PrintStream out) {
        try {
            TableFormat format = TableFormat.of(o.get("format")).orElseThrow(() -> new IllegalArgumentException(
                    "unknown format '" + o.get("format") + "'; one of " + TableFormat.codes()));
            LocalDate election = o.get("election") == null ? null : LocalDate.parse(o.get("election"));
            ParsedTable t = TableReaders.read(format, csv, o.get("name"), election,
                    new TableReaders.Mapping(o.get("value"), o.get("year"), o.get("quarter"), o.get("date")));
            ReferenceTable table = new ReferenceTable(0, t.columns(), t.meta(), t.rows());
            out.println("OK: " + t.size() + " rows, " + t.columns().size() + " columns, covering "
                    + PeriodWords.coverage(table));
            t.columns().forEach(c -> out.println("  " + c.name() + " (" + c.kind().name().toLowerCase() + ")"));
            return 0;
        } catch (DomainException e) {
            out.println("REFUSED: " + e.detail());
            return 1;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            out.println("REFUSED: " + e.getMessage());
            return 1;
        }
    }

    private static int send(String csv, Map<String, String> o, PrintStream out, PrintStream err, String password) {
        if (password == null || password.isEmpty()) {
            err.println("import-dataset: set " + PASSWORD_ENV + " to the password of --user (default admin),"
                    + " or use --check to read the file without a server");
            return 2;
        }
        String base = o.getOrDefault("url", "http://localhost:8080").replaceAll("/+$", "");
        StringBuilder q = new StringBuilder("/api/datasets?name=").append(enc(o.get("name")))
                .append("&format=").append(enc(o.get("format")));
        for (String[] p : new String[][] { { "publisher", "publisher" }, { "licence", "licence" },
                { "source-url", "sourceUrl" }, { "release-date", "releaseDate" }, { "election", "election" },
                { "value", "value" }, { "year", "year" }, { "quarter", "quarter" }, { "date", "date" } }) {
            if (o.get(p[0]) != null) {
                q.append('&').append(p[1]).append('=').append(enc(o.get(p[0])));
            }
        }
        String user = o.getOrDefault("user", "admin");
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + q)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "text/csv; charset=utf-8").header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? null : ReferenceJson.MAPPER.readTree(response.body());
            if (response.statusCode() == 201 && body != null) {
                out.println("STORED: dataset " + body.path("name").asText() + " (id " + body.path("id").asText()
                        + ") version " + body.path("version").asText() + ", " + body.path("rows").asText() + " rows");
                return 0;
            }
            out.println("REFUSED (" + response.statusCode() + "): "
                    + (body == null ? "no answer" : body.path("detail").asText(response.body())));
            return 1;
        } catch (IOException e) {
            err.println("import-dataset: no answer from " + base + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
