package io.safesegment.core.campaign.offers;

import io.safesegment.core.campaign.CampaignException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The logged-decisions file {@code state,offer,propensity,reward} (state names of {@link ResponseModel#STATE_NAMES},
 * offer names), written by {@code offers simulate --log-out} and read by {@code offers evaluate}.
 *
 * @param offers offer names in order of first appearance (or of the simulation)
 * @param steps  the rows
 */
public record OfferLog(List<String> offers, List<LoggedStep> steps) {
    private static final String HEADER = "state,offer,propensity,reward";

    /** Writes the log atomically. */
    public void write(Path out) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (LoggedStep s : steps) {
            csv.append(ResponseModel.STATE_NAMES.get(s.state())).append(',').append(offers.get(s.offer())).append(',')
                    .append(String.format(Locale.ROOT, "%.17g", s.propensity())).append(',')
                    .append(String.format(Locale.ROOT, "%.17g", s.reward())).append('\n');
        }
        AtomicFiles.write(out, csv.toString().getBytes(StandardCharsets.UTF_8), false);
    }

    /** Reads a log; errors name the line and column. */
    public static OfferLog read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CampaignException(Message.of("campaign.error.fileNotFound", file.toString()));
        }
        String source = file.getFileName().toString();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().equalsIgnoreCase(HEADER)) {
            throw new CampaignException(Message.of("campaign.error.logHeader", source, HEADER));
        }
        List<String> offers = new ArrayList<>();
        List<LoggedStep> steps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 4) {
                throw new CampaignException(Message.of("campaign.error.logFields", source, i + 1));
            }
            int state = ResponseModel.STATE_NAMES.indexOf(f[0].trim());
            if (state < 0) {
                throw new CampaignException(Message.of("campaign.error.logState", source, i + 1,
                        String.join(", ", ResponseModel.STATE_NAMES)));
            }
            String offer = f[1].trim();
            if (!offers.contains(offer)) {
                offers.add(offer);
            }
            double propensity = number(f[2], source, i + 1, "propensity");
            if (!(propensity > 0 && propensity <= 1)) {
                throw new CampaignException(Message.of("campaign.error.logPropensity", source, i + 1));
            }
            steps.add(new LoggedStep(state, offers.indexOf(offer), propensity, number(f[3], source, i + 1,
                    "reward")));
        }
        return new OfferLog(List.copyOf(offers), List.copyOf(steps));
    }

    private static double number(String text, String source, int line, String column) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new CampaignException(Message.of("campaign.error.notANumber", source, line, column));
        }
    }
}
