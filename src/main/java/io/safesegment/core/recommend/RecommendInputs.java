package io.safesegment.core.recommend;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.recommend.data.InteractionMatrix;
import io.safesegment.core.recommend.data.ProductCatalog;
import io.safesegment.core.recommend.data.RatingsLoader;
import io.safesegment.core.recommend.data.RecommendDataException;
import io.safesegment.core.recommend.data.SegmentMap;
import io.safesegment.core.recommend.data.SkippedRows;
import io.safesegment.core.recommend.data.TransactionLoad;
import io.safesegment.core.recommend.data.TransactionLoader;
import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.task.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The files a recommendation run reads: either transactions (with optional products) or explicit ratings, plus an
 * optional customer → segment map.
 *
 * @param transactions  transactions CSV, or null
 * @param products      products CSV, or null
 * @param ratings       ratings file, or null (exactly one of transactions and ratings)
 * @param transactionOptions how purchases become feedback
 * @param segments      CSV with customer_id and a segment column, or null
 * @param segmentColumn the segment column name, or null for the segment role (else the first other column)
 * @param roles         the user's role mapping, applied to every file that has the column (roles it leaves out are
 *                      suggested from each file's header)
 */
public record RecommendInputs(Path transactions, Path products, Path ratings, TransactionOptions transactionOptions,
        Path segments, String segmentColumn, RoleMapping roles) {
    public RecommendInputs {
        roles = roles == null ? RoleMapping.empty() : roles;
        if ((transactions == null) == (ratings == null)) {
            throw new LocalizedArgumentException(Message.of("recommend.recommendInputs.giveEitherATransactions"));
        }
        if (transactionOptions == null) {
            transactionOptions = TransactionOptions.defaults();
        }
    }

    /** The inputs with suggested roles. */
    public RecommendInputs(Path transactions, Path products, Path ratings, TransactionOptions transactionOptions,
            Path segments, String segmentColumn) {
        this(transactions, products, ratings, transactionOptions, segments, segmentColumn, RoleMapping.empty());
    }

    /**
     * Loaded inputs.
     *
     * @param matrix    the interactions
     * @param catalogue products (may be empty)
     * @param segments  customer → segment (may be empty)
     * @param skipped   transaction lines that did not become interactions as they are ({@link SkippedRows#NONE}
     *                  for ratings)
     */
    public record Loaded(InteractionMatrix matrix, ProductCatalog catalogue, Map<String, String> segments,
                         SkippedRows skipped) {
        /** Defaults {@code skipped} to none. */
        public Loaded {
            skipped = skipped == null ? SkippedRows.NONE : skipped;
        }

        /** Inputs with nothing skipped. */
        public Loaded(InteractionMatrix matrix, ProductCatalog catalogue, Map<String, String> segments) {
            this(matrix, catalogue, segments, SkippedRows.NONE);
        }
    }

    /** Reads the files. */
    public Loaded load(Progress progress) {
        return load(known -> transactions != null
                ? TransactionLoader.loadWithReport(transactions, transactionOptions,
                        roles.restrictedTo(headerOf(transactions)), known, progress.slice(0, 0.95))
                : new TransactionLoad(RatingsLoader.load(ratings, roles.restrictedTo(headerOf(ratings)),
                        progress.slice(0, 0.95)), SkippedRows.NONE), progress);
    }

    /**
     * Reads the catalogue and segment files as {@link #load(Progress)} does, and takes the interactions from
     * {@code interactions} (given the catalogue's product ids, which the matrix registers first): for an engine that
     * aggregates the transactions or ratings elsewhere (the Spark engine, record 0037).
     */
    public Loaded load(java.util.function.Function<java.util.Set<String>, TransactionLoad> interactions,
                       Progress progress) {
        checkMappedColumnsExist();
        ProductCatalog catalogue = products == null ? ProductCatalog.empty()
                : ProductCatalog.load(products, roles.restrictedTo(headerOf(products)));
        TransactionLoad load = interactions.apply(catalogue.products().keySet());
        Map<String, String> seg = segments == null ? Map.of()
                : SegmentMap.load(segments, segmentColumn, roles.restrictedTo(headerOf(segments))).segments();
        progress.report(1, Message.of("progress.recommend.inputs"));
        return new Loaded(load.matrix(), catalogue, seg, load.skipped());
    }

    /** The user's role mapping restricted to the columns of {@code file}'s header, as the loaders receive it. */
    public RoleMapping rolesFor(Path file) {
        return roles.restrictedTo(headerOf(file));
    }

    /** A mapped column that no input has is a typo: say so instead of silently using the suggestion. */
    private void checkMappedColumnsExist() {
        List<Path> files = Stream.of(transactions, products, ratings, segments).filter(Objects::nonNull).toList();
        roles.asMap().forEach((role, column) -> {
            if (files.stream().noneMatch(f -> headerOf(f).containsColumn(column))) {
                throw new RecommendDataException(Message.of("recommend.recommendInputs.map", role.cliName(), column, column));
            }
        });
    }

    /** An empty table with the header of {@code file}'s first line, for {@link RoleMapping#restrictedTo}. */
    private static Table headerOf(Path file) {
        Table t = Table.create(file.getFileName().toString());
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first != null) {
                String delimiter = RatingsLoader.detectDelimiter(first);
                for (String name : first.split(Pattern.quote(delimiter), -1)) {
                    String n = name.trim().replace("\"", "");
                    if (!n.isEmpty() && !t.containsColumn(n)) {
                        t.addColumns(StringColumn.create(n));
                    }
                }
            }
        } catch (IOException e) {
            throw new RecommendDataException(Message.of("recommend.recommendInputs.cannotRead", file, LocalizedMessage.of(e)), e);
        }
        return t;
    }
}
