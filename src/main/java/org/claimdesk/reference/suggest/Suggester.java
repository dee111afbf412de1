package org.claimdesk.reference.suggest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.claim.ClaimType;
import org.claimdesk.reference.check.Aggregate;
import org.claimdesk.reference.check.CheckQuery;
import org.claimdesk.reference.check.Figure;
import org.claimdesk.reference.check.Filter;
import org.claimdesk.reference.check.Period;
import org.claimdesk.reference.table.ColumnKind;
import org.claimdesk.reference.table.Quarter;
import org.claimdesk.reference.table.ReferenceTable;
import org.claimdesk.reference.table.UkElections;

/**
 * Candidate checks for a claim, built from its sentence: which table, which filters, which period
 * and which aggregate. Pure: it reads the tables it is given and runs nothing; the service runs each
 * candidate, compares and ranks. A candidate's score counts what of the sentence it explains (the
 * party, what was counted, the year, the place), so that the best-explained query comes first.
 */
public final class Suggester {

    /** A table a suggestion may use, with the names the query carries. */
    public record Source(ReferenceTable table, String dataset, int version) {
    }

    /**
     * One candidate: its query, how much of the sentence it explains, why in words, and the claimed
     * figure on the query's scale (a fall as a negative change, a fraction as a percentage).
     */
    public record Candidate(Source source, CheckQuery query, double score, String why, Figure figure,
            boolean percent) {
    }

    private static final Pattern SEAT_NOUN = Pattern.compile("\\b(?:seats?|mps|constituenc(?:y|ies)|members of"
            + " parliament|councillors)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELECTION_WORD = Pattern.compile("\\b(?:general )?elections?\\b|\\bpoll(?:s|ed|ing)?\\b"
            + "|\\bvote\\b|\\b(?:won|took|secured|received|got|gained|attracted|share)\\b", Pattern.CASE_INSENSITIVE);
    /** What the figure itself counts, from the words right after it: "9.7 million votes", "72 MPs". */
    private static final Pattern VOTE_NOUN = Pattern.compile("^\\W*(?:\\S+\\s+){0,2}?(?:votes?|ballots|voters|electors|people"
            + " (?:voted|were registered|were eligible))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern PREVIOUS_ELECTION = Pattern.compile("\\b(?:previous|prior|preceding|last-but-one"
            + "|penultimate) (?:general )?election\\b|\\belection before (?:that|last)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_ELECTION = Pattern.compile("\\b(?:the|last|latest|most recent|this year's"
            + "|last year's|recent|july's|december's|snap) (?:general )?election\\b|\\bwhen (?:labour|the tories"
            + "|the conservatives) (?:won|took) (?:power|office)\\b|\\bat the polls\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:\u2013\u2014]|\\s-\\s|,\\s(?=(?:while|whereas|but"
            + "|although|though|and|with|compared|against|up from|down from|from|while)\\b)|\\s(?=(?:while|whereas|but)\\s)"
            + "|\\.\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern RISE = Pattern.compile("\\b(?:rose|risen|rise|rising|increas\\w*|up|jump\\w*|climb\\w*"
            + "|grew|grow\\w*|soar\\w*|surg\\w*|higher)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FALL = Pattern.compile("\\b(?:fell|fallen|fall|falling|drop\\w*|down|declin\\w*"
            + "|decreas\\w*|plung\\w*|slump\\w*|cut|reduc\\w*|lower|shrank|shrunk)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASE_YEAR = Pattern.compile("\\b(?:compared (?:with|to)|than in|than|on|from|over|against"
            + "|versus|vs\\.?) (?:the )?(?:same (?:period|quarter) (?:of|in|last) )?((?:19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WOMEN = Pattern.compile("\\b(?:women|female|girls)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEN = Pattern.compile("\\b(?:men|male|boys)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHILDREN = Pattern.compile("\\b(?:children|child|minors|under[- ]18s?|aged 17 and under"
            + "|under the age of 18|unaccompanied)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADULTS = Pattern.compile("\\badults?\\b", Pattern.CASE_INSENSITIVE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Suggester() {
    }

    public static List<Candidate> candidates(ClaimContext c, List<Source> sources) {
        if (c.value() == null || c.type() == ClaimType.POLL_LEAD || c.type() == ClaimType.POLL_SHARE
                || c.type() == ClaimType.MONEY) {
            return List.of();
        }
        Clause clause = clause(c);
        List<Candidate> out = new ArrayList<>();
        election(c, clause, sources, out);
        homeOffice(c, clause, sources, out);
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    // --- the figure's clause ----------------------------------------------------------------------

    /** The part of the sentence the figure belongs to, split at clause breaks around it. */
    record Clause(String text, int start, int end) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean contains(int at) {
            return at >= start && at < end;
        }
    }

    static Clause clause(ClaimContext c) {
        String s = c.sentence();
        int from = 0;
        int to = s.length();
        Matcher m = CLAUSE_BREAK.matcher(s);
        while (m.find()) {
            if (m.end() <= c.numberStart()) {
                from = m.end();
            } else if (m.start() >= c.numberEnd()) {
                to = m.start();
                break;
            }
        }
        return new Clause(s.substring(from, to), from, to);
    }

    // --- elections -----------------------------------------------------------------------------------

    /** An election the claim is about, and how sure the sentence makes it. */
    private record Election(LocalDate day, double score, String how) {
    }

    private static void election(ClaimContext c, Clause clause, List<Source> sources, List<Candidate> out) {
        List<Source> results = sources.stream().filter(s -> s.table().meta().electionDate() != null
                && s.table().hasColumn("First party")).toList();
        if (results.isEmpty()) {
            return;
        }
        Optional<Election> election = electionOf(c, clause);
        if (election.isEmpty()) {
            return;
        }
        Source source = results.stream().filter(s -> s.table().meta().electionDate().equals(election.get().day()))
                .max(Comparator.comparingLong(s -> s.table().versionId())).orElse(null);
        if (source == null) {
            return;
        }
        ReferenceTable t = source.table();
        String s = c.sentence();
        String lowerClause = clause.lower();
        String beforeNumber = s.substring(clause.start(), c.numberStart()).toLowerCase(Locale.ROOT);
        List<Party.Mention> parties = Party.find(s);
        List<Party.Mention> earlier = Party.find(c.before());
        Set<String> codes = new LinkedHashSet<>(t.distinct("First party"));
        codes.addAll(t.distinct("Second party"));
        t.columns().stream().filter(col -> col.kind() == ColumnKind.NUMBER).forEach(col -> codes.add(col.name()));
        String after = s.substring(c.numberEnd(), Math.min(s.length(), c.numberEnd() + 40));
        // the figure's own noun decides between seats and votes: "4.1 million votes ... five MPs"
        boolean ownSeatNoun = SEAT_NOUN.matcher(c.quote()).find();
        boolean ownVoteNoun = VOTE_NOUN.matcher(c.quote().substring(Math.min(c.quote().length(),
                firstDigitEnd(c.quote())))).find() || VOTE_NOUN.matcher(after).find();
        boolean seatNoun = ownSeatNoun || SEAT_NOUN.matcher(after).find() || c.type() == ClaimType.SEAT_COUNT;
        List<Filter> geo = new ArrayList<>();
        double geoScore = 0;
        List<String> whyGeo = new ArrayList<>();
        Places.Found constituency = nearest(Places.values(s, t.distinct("Constituency name")), c, clause);
        if (t.hasColumn("Country name")) {
            Places.Found country = nearest(Places.ukCountries(s, t.distinct("Country name")), c, clause);
            if (country != null && !inside(country, constituency)) {
                geo.add(Filter.eq("Country name", country.value()));
                geoScore += 0.5;
                whyGeo.add(country.value());
            }
        }
        if (t.hasColumn("Region name") && geo.isEmpty()) {
            List<String> regions = new ArrayList<>(t.distinct("Region name"));
            regions.removeAll(t.distinct("Country name"));
            Places.Found region = nearest(Places.values(s, regions), c, clause);
            if (region != null && !inside(region, constituency)) {
                geo.add(Filter.eq("Region name", region.value()));
                geoScore += 0.5;
                whyGeo.add(region.value());
            }
        }
        String year = String.valueOf(election.get().day().getYear());
        double base = 1 + election.get().score() + geoScore + (c.type() == ClaimType.SEAT_COUNT
                || c.type() == ClaimType.VOTE_COUNT ? 0.5 : 0);
        Figure figure = figure(c);
        boolean percent = c.percent();

        // what was counted: every relation the clause names, best first
        List<SeatRelation> relations = new ArrayList<>();
        for (SeatRelation r : SeatRelation.values()) {
            if (r == SeatRelation.TOTAL ? r.words.matcher(beforeNumber).find() : r.words.matcher(lowerClause).find()) {
                relations.add(r);
            }
        }
        boolean countsSeats = relations.stream().anyMatch(r -> r.ordinal() <= SeatRelation.HELD.ordinal()
                || r.ordinal() >= SeatRelation.WOMEN.ordinal());
        if (!countsSeats && seatNoun) {
            relations.add(SeatRelation.WON); // "five MPs": won, whatever else the sentence counts
        }
        for (SeatRelation r : relations) {
            double score = base + r.weight + proximity(r, c, clause, beforeNumber);
            String why = r.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", " + election.get().how()
                    + (whyGeo.isEmpty() ? "" : ", " + String.join(", ", whyGeo));
            switch (r) {
                case VOTE_SHARE, TURNOUT, VOTES, ELECTORATE, MAJORITY -> {
                    if (percent != (r == SeatRelation.VOTE_SHARE || r == SeatRelation.TURNOUT)) {
                        continue;
                    }
                    if ((r == SeatRelation.VOTES || r == SeatRelation.ELECTORATE) && ownSeatNoun && !ownVoteNoun) {
                        continue; // "five MPs" counts seats, whatever votes the sentence mentions
                    }
                    votes(c, r, t, source, parties, earlier, codes, constituency, geo, score, why, figure, out);
                }
                case WOMEN, MEN -> {
                    if (percent || !t.hasColumn("Member gender")) {
                        continue;
                    }
                    List<String> genders = t.distinct("Member gender").stream()
                            .filter(g -> r == SeatRelation.WOMEN ? g.toLowerCase(Locale.ROOT).startsWith("f")
                                    : g.toLowerCase(Locale.ROOT).startsWith("m"))
                            .toList();
                    if (genders.isEmpty()) {
                        continue;
                    }
                    List<Filter> filters = new ArrayList<>(geo);
                    filters.add(Filter.in("Member gender", genders));
                    Party.Mention p = subject(parties, c, clause, null);
                    String code = p == null ? null : p.party().codeIn(codes);
                    if (code != null) {
                        filters.add(Filter.eq("First party", code));
                        score += 1;
                    }
                    out.add(candidate(source, filters, null, Aggregate.count(), score, why, figure, false));
                }
                default -> {
                    if (percent || (!seatNoun && r != SeatRelation.SECOND_TO && r != SeatRelation.SECOND)
                            || (ownVoteNoun && !ownSeatNoun)) {
                        continue;
                    }
                    seats(c, r, clause, t, source, parties, earlier, codes, geo, score, why, figure, out);
                }
            }
        }
        // a share of the vote with no vote words: "Labour's 34%"
        if (percent && relations.stream().noneMatch(r -> r == SeatRelation.VOTE_SHARE || r == SeatRelation.TURNOUT)
                && ELECTION_WORD.matcher(s).find()) {
            votes(c, SeatRelation.VOTE_SHARE, t, source, parties, earlier, codes, constituency, geo, base + 1,
                    "vote share, " + election.get().how(), figure, out);
        }
    }

    /** Where the first number of a quote ends: "4.1 million votes" -> after "4.1". */
    private static int firstDigitEnd(String quote) {
        Matcher m = Pattern.compile("\\d[\\d,.]*").matcher(quote);
        return m.find() ? m.end() : 0;
    }

    /** Up to 1.5 for the relation whose words stand nearest the figure ("now has" beats an earlier "held"). */
    private static double proximity(SeatRelation r, ClaimContext c, Clause clause, String beforeNumber) {
        if (r == SeatRelation.TOTAL) {
            return 1.5;
        }
        Matcher m = r.words.matcher(c.sentence());
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            if (!clause.contains(m.start())) {
                continue;
            }
            int d = m.start() >= c.numberEnd() ? m.start() - c.numberEnd() : Math.max(0, c.numberStart() - m.end());
            best = Math.min(best, d);
        }
        return best == Integer.MAX_VALUE ? 0 : 1.5 * (1 - Math.min(best, 80) / 80.0);
    }

    /** Seats counted by who won or came second, gains, losses and holds. */
    private static void seats(ClaimContext c, SeatRelation r, Clause clause, ReferenceTable t, Source source,
            List<Party.Mention> parties, List<Party.Mention> earlier, Set<String> codes, List<Filter> geo,
            double score, String why, Figure figure, List<Candidate> out) {
        List<Filter> filters = new ArrayList<>(geo);
        if (r == SeatRelation.TOTAL) {
            out.add(candidate(source, filters, null, Aggregate.count(), score, why, figure, false));
            return;
        }
        Party.Mention other = null;
        if (r == SeatRelation.SECOND_TO || r == SeatRelation.GAINED || r == SeatRelation.LOST) {
            Matcher m = r.words.matcher(c.sentence());
            int cueStart = -1;
            int cueEnd = -1;
            while (m.find()) {
                if (clause.contains(m.start())) {
                    cueStart = m.start();
                    cueEnd = m.end();
                    break;
                }
            }
            if (cueEnd >= 0) {
                String link = r == SeatRelation.SECOND_TO ? "" : r == SeatRelation.GAINED ? "from" : "to";
                for (Party.Mention p : parties) {
                    if (p.start() >= cueEnd && p.start() - cueEnd < 60 && clause.contains(p.start())) {
                        String between = c.sentence().substring(cueStart, p.start()).toLowerCase(Locale.ROOT);
                        // "gained 60 seats from the Tories", or "captured 60 Conservative seats"
                        boolean adjective = (p.start() > c.numberStart() && p.end() <= c.numberEnd())
                                || (p.start() >= c.numberEnd()
                                        && c.sentence().substring(c.numberEnd(), p.start()).isBlank());
                        if (link.isEmpty() || adjective || between.matches(".*\\b" + link + "\\b.*")) {
                            other = p;
                            break;
                        }
                    }
                }
            }
            if (r == SeatRelation.SECOND_TO && other == null) {
                return;
            }
        }
        Party.Mention subject = subject(parties, c, clause, other);
        double partyScore = 2;
        if (subject == null) {
            subject = governing(c, clause);
            partyScore = 1;
        }
        if (subject == null) {
            subject = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            partyScore = 0.5;
        }
        if (subject == null) {
            if (r == SeatRelation.WON) {
                out.add(candidate(source, filters, null, Aggregate.count(), score - 1, "all seats", figure, false));
            }
            return;
        }
        String p = subject.party().codeIn(codes);
        String x = other == null ? null : other.party().codeIn(codes);
        if (p == null || (other != null && x == null)) {
            return;
        }
        score += partyScore + (other != null ? 1.5 : 0);
        switch (r) {
            case SECOND_TO -> {
                filters.add(Filter.eq("First party", x));
                filters.add(Filter.eq("Second party", p));
            }
            case SECOND -> filters.add(Filter.eq("Second party", p));
            case GAINED -> {
                List<String> results = results(t, v -> v.startsWith(p + " gain from " + (x == null ? "" : x)));
                if (results.isEmpty()) {
                    return;
                }
                filters.add(Filter.in("Result", results));
            }
            case LOST -> {
                List<String> results = results(t, v -> (x == null || v.startsWith(x + " gain"))
                        && v.matches(".* gain from " + Pattern.quote(p) + "(?: .*)?"));
                if (results.isEmpty()) {
                    return;
                }
                filters.add(Filter.in("Result", results));
            }
            case HELD -> {
                List<String> results = results(t, v -> v.equals(p + " hold"));
                if (results.isEmpty()) {
                    return;
                }
                filters.add(Filter.in("Result", results));
                // "held" also says "has": the party's total, a little less likely
                List<Filter> total = new ArrayList<>(filters.subList(0, filters.size() - 1));
                total.add(Filter.eq("First party", p));
                out.add(candidate(source, total, null, Aggregate.count(), score - 1.5, "won, read from 'held'",
                        figure, false));
            }
            default -> filters.add(Filter.eq("First party", p));
        }
        if (!t.distinct("First party").contains(p) && (r == SeatRelation.WON)) {
            return;
        }
        out.add(candidate(source, filters, null, Aggregate.count(), score, why, figure, false));
    }

    private static final Pattern GOVERNMENT = Pattern.compile("\\b(?:the )?(?:prime minister|government|governing"
            + " party|ruling party|ministers|cabinet|downing street|no(?:\\.|umber)? 10)\\b", Pattern.CASE_INSENSITIVE);

    /** "The prime minister", "the government": the party in government on the article's date. */
    static Party.Mention governing(ClaimContext c, Clause clause) {
        Matcher m = GOVERNMENT.matcher(c.sentence());
        if (!m.find()) {
            return null;
        }
        LocalDate today = c.articleDate() == null ? LocalDate.now() : c.articleDate();
        String code = null;
        for (java.util.Map.Entry<String, LocalDate> g : PeriodReader.GOVERNMENTS) {
            if (!g.getValue().isAfter(today)) {
                code = g.getKey();
            }
        }
        for (Party p : Party.values()) {
            if (p.code.equals(code)) {
                return new Party.Mention(p, m.start(), m.end());
            }
        }
        return null;
    }

    /** Votes, shares of the vote, turnout, electorates and majorities. */
    private static void votes(ClaimContext c, SeatRelation r, ReferenceTable t, Source source,
            List<Party.Mention> parties, List<Party.Mention> earlier, Set<String> codes, Places.Found constituency,
            List<Filter> geo, double score, String why, Figure figure, List<Candidate> out) {
        List<Filter> filters = new ArrayList<>(geo);
        boolean one = constituency != null;
        if (one) {
            filters.clear();
            filters.add(Filter.eq("Constituency name", constituency.value()));
            score += 2;
            why = why + ", " + constituency.value();
        }
        String valid = t.meta().valueColumn();
        Party.Mention subject = subject(parties, c, clause(c), null);
        String party = subject == null ? null : subject.party().codeIn(codes);
        if (party != null && !t.hasColumn(party)) {
            party = null;
        }
        switch (r) {
            case MAJORITY -> {
                if (!one || !t.hasColumn("Majority")) {
                    return;
                }
                // a majority is only a number of one seat: naming the seat settles it
                out.add(candidate(source, filters, null, Aggregate.value("Majority"), score + 2.5, why, figure,
                        false));
            }
            case ELECTORATE -> out.add(candidate(source, filters, null,
                    one ? Aggregate.value("Electorate") : Aggregate.sum("Electorate"), score, why, figure, false));
            case TURNOUT -> out.add(candidate(source, filters, null, Aggregate.share(valid, "Electorate"), score, why,
                    figure, true));
            case VOTE_SHARE -> {
                if (party == null) {
                    return;
                }
                out.add(candidate(source, filters, null, Aggregate.share(party, valid), score + 2, why, figure,
                        true));
            }
            case VOTES -> {
                if (party == null) {
                    out.add(candidate(source, filters, null, one ? Aggregate.value(valid) : Aggregate.sum(valid),
                            score - 0.5, why + ", all valid votes", figure, false));
                    return;
                }
                out.add(candidate(source, filters, null, one ? Aggregate.value(party) : Aggregate.sum(party),
                        score + 2, why, figure, false));
            }
            default -> {
            }
        }
    }

    /** The election the sentence names ("the 2019 election", "the last general election"), else the last before the article. */
    private static Optional<Election> electionOf(ClaimContext c, Clause clause) {
        LocalDate today = c.articleDate() == null ? LocalDate.now() : c.articleDate();
        String s = c.sentence();
        Election best = null;
        Matcher y = YEAR.matcher(s);
        while (y.find()) {
            int year = Integer.parseInt(y.group(1));
            boolean near = clause.contains(y.start());
            Optional<LocalDate> held = UkElections.inYear(year);
            Election e = held.isPresent()
                    ? new Election(held.get(), near ? 2 : 1.5, "the " + year + " general election")
                    : UkElections.lastOnOrBefore(LocalDate.of(year, 12, 31))
                            .map(d -> new Election(d, 0.8, "the parliament elected in " + d.getYear() + " (as of "
                                    + year + ")")).orElse(null);
            if (e != null && (best == null || e.score() > best.score())) {
                best = e;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        Optional<LocalDate> last = UkElections.lastOnOrBefore(today);
        if (PREVIOUS_ELECTION.matcher(s).find()) {
            return last.flatMap(UkElections::before).map(d -> new Election(d, 1.5, "the previous general election ("
                    + d.getYear() + ", before the article's date " + today + ")"));
        }
        if (LAST_ELECTION.matcher(s).find()) {
            return last.map(d -> new Election(d, 1.5, "the last general election before " + today + " ("
                    + d.getYear() + ")"));
        }
        return last.map(d -> new Election(d, 0.5, "the last general election before the article (" + d.getYear() + ")"));
    }

    // --- Home Office ----------------------------------------------------------------------------------

    private static void homeOffice(ClaimContext c, Clause clause, List<Source> sources, List<Candidate> out) {
        String s = c.sentence();
        for (String family : List.of("Method of entry", "Return type group")) {
            List<Source> tables = sources.stream().filter(src -> src.table().hasColumn(family)
                    && src.table().grain() != ReferenceTable.Grain.NONE).toList();
            if (tables.isEmpty()) {
                continue;
            }
            List<Measure> named = named(clause.text(), family);
            double measureScore = 3;
            if (named.isEmpty()) {
                named = named(s, family);
                measureScore = 2;
            }
            if (named.isEmpty()) {
                boolean hinted = family.equals("Return type group") ? c.type() == ClaimType.RETURNS_FIGURE
                        : c.type() == ClaimType.MIGRATION_FIGURE;
                if (!hinted) {
                    continue;
                }
                named = List.of(family.equals("Return type group") ? Measure.RETURNS : Measure.DETECTIONS);
                measureScore = 0.5;
            }
            if (named.stream().noneMatch(m -> m.specific)) {
                measureScore -= 1;
            }
            for (Source src : tables) {
                homeOfficeTable(c, clause, src, named, measureScore, out);
            }
        }
    }

    /** The measures named in a text: the specific ones of the family if any, else its general one. */
    private static List<Measure> named(String text, String family) {
        List<Measure> specific = new ArrayList<>();
        Measure general = null;
        for (Measure m : Measure.values()) {
            if (!m.family().equals(family) || !m.words.matcher(text).find()) {
                continue;
            }
            if (m.specific) {
                specific.add(m);
            } else {
                general = m;
            }
        }
        if (!specific.isEmpty()) {
            return specific;
        }
        return general == null ? List.of() : List.of(general);
    }

    private static void homeOfficeTable(ClaimContext c, Clause clause, Source src, List<Measure> measures,
            double measureScore, List<Candidate> out) {
        ReferenceTable t = src.table();
        List<Filter> filters = new ArrayList<>();
        List<String> why = new ArrayList<>();
        // one filter per column: "enforced and voluntary returns" is a list of two
        java.util.Map<String, List<String>> byColumn = new java.util.LinkedHashMap<>();
        for (Measure m : measures) {
            if (m.values.isEmpty()) {
                continue;
            }
            if (!t.hasColumn(m.column)) {
                return;
            }
            for (String v : m.values) {
                String exact = t.spelling(t.column(m.column), v);
                if (exact == null) {
                    return;
                }
                byColumn.computeIfAbsent(m.column, k -> new ArrayList<>()).add(exact);
            }
            why.add(m.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        byColumn.forEach((col, values) -> filters.add(Filter.in(col, values)));
        if (why.isEmpty()) {
            why.add(measures.get(0).name().toLowerCase(Locale.ROOT));
        }
        double score = 1 + measureScore;
        if ((c.type() == ClaimType.RETURNS_FIGURE && t.hasColumn("Return type group"))
                || (c.type() == ClaimType.MIGRATION_FIGURE && t.hasColumn("Method of entry"))) {
            score += 1;
        }
        String s = c.sentence();
        // who: nationality or destination, sex, age
        String countryColumn = t.hasColumn("Nationality") ? "Nationality"
                : t.hasColumn("Return destination") ? "Return destination" : null;
        if (countryColumn != null) {
            List<String> countries = t.distinct(countryColumn);
            List<Places.Found> found = new ArrayList<>(Places.demonyms(s, countries));
            if (found.isEmpty()) {
                found.addAll(Places.values(s, countries).stream()
                        .filter(f -> !(countryColumn.equals("Nationality") && transit(s, f))).toList());
            }
            Places.Found country = nearest(found, c, clause);
            if (country != null) {
                filters.add(Filter.eq(countryColumn, country.value()));
                score += 1;
                why.add(country.value());
            }
        }
        if (t.hasColumn("Sex")) {
            boolean women = WOMEN.matcher(clause.text()).find();
            boolean men = MEN.matcher(clause.text()).find();
            if (women != men) {
                String v = t.spelling(t.column("Sex"), women ? "Female" : "Male");
                if (v != null) {
                    filters.add(Filter.eq("Sex", v));
                    score += 0.5;
                    why.add(v.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (t.hasColumn("Age Group")) {
            if (CHILDREN.matcher(clause.text()).find()) {
                String v = t.spelling(t.column("Age Group"), "17 and under");
                if (v != null) {
                    filters.add(Filter.eq("Age Group", v));
                    score += 0.5;
                    why.add("children");
                }
            } else if (ADULTS.matcher(clause.text()).find()) {
                List<String> adults = t.distinct("Age Group").stream().filter(a -> a.matches("\\d.*")
                        && !a.startsWith("17")).toList();
                if (!adults.isEmpty()) {
                    filters.add(Filter.in("Age Group", adults));
                    score += 0.5;
                    why.add("adults");
                }
            }
        }
        // when
        LocalDate today = c.articleDate() == null ? LocalDate.now() : c.articleDate();
        List<PeriodReader.Cue> cues = PeriodReader.read(s, today);
        PeriodReader.Cue cue = nearestCue(cues, c, clause);
        Period period;
        double periodScore;
        if (cue != null && cue.relative()) {
            PeriodReader.Cue main = cues.stream().filter(k -> !k.relative()).findFirst().orElse(null);
            if (main == null) {
                return;
            }
            period = PeriodReader.yearBefore(main.period(), s.substring(cue.start(), cue.end()).strip());
            periodScore = 1.5;
        } else if (cue != null) {
            period = openEnd(cue.period(), t, today);
            periodScore = 2;
        } else {
            int year = today.getYear() - 1;
            Quarter last = t.last();
            if (last != null && year > last.year() - (last.quarter() == 4 ? 0 : 1)) {
                year = last.quarter() == 4 ? last.year() : last.year() - 1;
            }
            period = Period.year(year, year + " (no period in the sentence: the last full year before the article"
                    + " that the table covers)");
            periodScore = 0.3;
        }
        score += periodScore;
        Figure figure = figure(c);
        String valueColumn = t.meta().valueColumn();
        String whyText = String.join(", ", why) + ", " + period.label();
        if (c.percent()) {
            boolean rise = RISE.matcher(clause.text()).find();
            boolean fall = FALL.matcher(clause.text()).find();
            if (rise == fall) {
                return;
            }
            Period base = baseOf(s, period, cue);
            if (base == null) {
                return;
            }
            Figure signed = fall ? figure.negated() : figure;
            out.add(new Candidate(src, new CheckQuery(t.versionId(), src.dataset(), src.version(), filters, period,
                    Aggregate.change(valueColumn, base)), score + 1, whyText + ", change against " + base.label(),
                    signed, true));
            return;
        }
        out.add(new Candidate(src, new CheckQuery(t.versionId(), src.dataset(), src.version(), filters, period,
                Aggregate.sum(valueColumn)), score, whyText, figure, false));
    }

    /** Official figures are published a quarter or two behind: the latest quarter of the table stands for "now". */
    static final int PUBLICATION_LAG = 2;

    /**
     * A period running to the article's date ("since 2018", "this year") ends with the table's
     * latest quarter when that is at most {@link #PUBLICATION_LAG} quarters behind the article:
     * the figures the article could have used. Otherwise it stays as it is, and is partial.
     */
    static Period openEnd(Period p, ReferenceTable t, LocalDate today) {
        Quarter last = t.last();
        if (p.to() == null || !p.to().equals(today.toString()) || last == null) {
            return p;
        }
        int behind = Quarter.of(today).index() - last.index();
        if (behind < 0 || behind > PUBLICATION_LAG) {
            return p;
        }
        return new Period(p.from(), null, p.label() + ", to the latest quarter published (" + last
                + ") before the article of " + today);
    }

    /** What a change is measured against: a year the sentence names ("compared with 2022"), else a year earlier. */
    private static Period baseOf(String s, Period period, PeriodReader.Cue cue) {
        Matcher m = BASE_YEAR.matcher(s);
        while (m.find()) {
            if (cue == null || m.start(1) < cue.start() || m.start(1) >= cue.end()) {
                int y = Integer.parseInt(m.group(1));
                if (period.from() != null && !period.from().startsWith(String.valueOf(y))) {
                    return Period.year(y, String.valueOf(y));
                }
            }
        }
        if (period.from() == null || period.to() == null) {
            return null;
        }
        return PeriodReader.yearBefore(period, "a year earlier");
    }

    /** "crossed from France": a country of transit, not a nationality. */
    private static boolean transit(String s, Places.Found f) {
        String before = s.substring(Math.max(0, f.start() - 25), f.start()).toLowerCase(Locale.ROOT);
        return before.matches(".*\\b(?:from|off|of|across|via|through|in|leaving|left|coast of)\\s+(?:the\\s+)?(?:coast\\s+of\\s+|northern\\s+)?$");
    }

    // --- shared ---------------------------------------------------------------------------------------

    private static Candidate candidate(Source src, List<Filter> filters, Period period, Aggregate agg, double score,
            String why, Figure figure, boolean percent) {
        ReferenceTable t = src.table();
        return new Candidate(src, new CheckQuery(t.versionId(), src.dataset(), src.version(), filters, period, agg),
                score, why, figure, percent);
    }

    /** The claimed figure on a check's scale: fractions ("a third") as percentages. */
    static Figure figure(ClaimContext c) {
        Figure f = new Figure(c.value(), c.high(), c.bound(), c.approx(), c.quote());
        return "fraction".equals(c.unit()) ? f.scaled(HUNDRED) : f;
    }

    /**
     * The claimed figure as a check with {@code aggregate} compares it: a percentage change the
     * sentence calls a fall ("fell by 36%") is negative.
     */
    public static Figure figure(ClaimContext c, Aggregate aggregate) {
        Figure f = figure(c);
        if (aggregate != null && "PERCENT_CHANGE".equalsIgnoreCase(aggregate.function())) {
            String text = clause(c).text();
            if (FALL.matcher(text).find() && !RISE.matcher(text).find()) {
                return f.negated();
            }
        }
        return f;
    }

    /** The party a figure is about: the nearest mention before it in its clause, else after it, else in the sentence. */
    static Party.Mention subject(List<Party.Mention> parties, ClaimContext c, Clause clause, Party.Mention not) {
        Party.Mention best = null;
        for (Party.Mention p : parties) {
            if (not != null && p.party() == not.party()) {
                continue;
            }
            if (p.end() <= c.numberStart() && clause.contains(p.start())) {
                best = p; // the last one before the figure
            }
        }
        if (best != null) {
            return best;
        }
        for (Party.Mention p : parties) {
            if ((not == null || p.party() != not.party()) && p.start() >= c.numberEnd() && clause.contains(p.start())) {
                return p;
            }
        }
        for (Party.Mention p : parties) {
            if ((not == null || p.party() != not.party()) && p.end() <= c.numberStart()) {
                best = p;
            }
        }
        return best;
    }

    private static Places.Found nearest(List<Places.Found> found, ClaimContext c, Clause clause) {
        Places.Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Places.Found f : found) {
            int d = f.start() >= c.numberEnd() ? f.start() - c.numberEnd() : c.numberStart() - f.end();
            if (!clause.contains(f.start())) {
                d += 1000;
            }
            if (d < bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The time expression of the figure: just after it, else before it in its clause, else anywhere. */
    private static PeriodReader.Cue nearestCue(List<PeriodReader.Cue> cues, ClaimContext c, Clause clause) {
        PeriodReader.Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PeriodReader.Cue k : cues) {
            int d;
            if (k.start() >= c.numberEnd()) {
                d = k.start() - c.numberEnd();
                if (numberBetween(c.sentence(), c.numberEnd(), k.start())) {
                    d += 500;
                }
            } else {
                d = (c.numberStart() - k.end()) * 2 + 5;
                if (numberBetween(c.sentence(), k.end(), c.numberStart())) {
                    d += 500;
                }
            }
            if (!clause.contains(k.start())) {
                d += 1000;
            }
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static final Pattern ANOTHER_NUMBER = Pattern.compile("\\d[\\d,.]*\\s*(?:%|per cent|people|migrants"
            + "|returns|arrivals)|\\b\\d{1,3}(?:,\\d{3})+\\b");

    private static boolean numberBetween(String s, int from, int to) {
        return from < to && ANOTHER_NUMBER.matcher(s.substring(from, to)).find();
    }

    private static boolean inside(Places.Found a, Places.Found b) {
        return a != null && b != null && a.start() >= b.start() && a.end() <= b.end();
    }

    private static List<String> results(ReferenceTable t, java.util.function.Predicate<String> keep) {
        if (!t.hasColumn("Result")) {
            return List.of();
        }
        return t.distinct("Result").stream().filter(keep).toList();
    }
}
