package uk.scrutiny.web.pages.democratic;

import static uk.scrutiny.web.pages.democratic.FormRequests.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.scrutiny.domain.model.DomainRuleViolation;
import uk.scrutiny.web.pages.DateFields;
import uk.scrutiny.web.pages.FormErrors;
import uk.scrutiny.workflow.recommendations.FollowUpCommands;

/**
 * A form recording any number of recommendations (a committee's, or a deep dive's final report), as GOV.UK's "add
 * another" pattern done on the server: the form sends how many rows it has ({@code rows}); "Add another
 * recommendation" ({@code add-another}) sends it back with one more empty row, a row's "Remove" button
 * ({@code remove-row}, its number) without that row, everything typed in the others kept. The inputs are plain HTML
 * read from the request, so each row keeps plain ids ({@code text-1}, {@code decisionMaker-1},
 * {@code targetDate-1-day}) the error summary can link to.
 */
public final class NewRecommendations {

    /** The most rows a form takes: a committee rarely makes more than a dozen recommendations at once. */
    static final int MOST_ROWS = 30;

    /** One row of the form, as typed. */
    public record Row(int number, String text, String decisionMaker, String day, String month, String year) {

        boolean isEmpty() {
            return blank(text) && blank(decisionMaker) && !hasDate();
        }

        boolean hasDate() {
            return !blank(day) || !blank(month) || !blank(year);
        }
    }

    /** What the rows say, checked: the recommendations to record, and the row each came from. */
    record Checked(List<FollowUpCommands.NewRecommendation> recommendations, List<Integer> rowNumbers) {

        /**
         * The form's field for a refusal of the service: "recommendations[0].decisionMaker" counts only the rows
         * sent, so it is turned back into the row's number.
         */
        String fieldOf(DomainRuleViolation violation) {
            String field = violation.field();
            if (field == null || !field.startsWith("recommendations[") || rowNumbers.isEmpty()) {
                return "text-1";
            }
            int index = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
            int number = rowNumbers.get(Math.min(index, rowNumbers.size() - 1));
            String part = field.contains("].") ? field.substring(field.indexOf("].") + 2) : "text";
            return switch (part) {
                case "decisionMaker" -> "decisionMaker-" + number;
                case "targetDate" -> "targetDate-" + number + "-day";
                default -> "text-" + number;
            };
        }
    }

    private NewRecommendations() {
    }

    /**
     * The rows sent, with one more if "Add another" was pressed or without the one whose "Remove" was; a form not
     * sent yet has one empty row.
     */
    static List<Row> read(Function<String, String> param) {
        int count = 1;
        String sent = param.apply("rows");
        if (sent != null) {
            try {
                count = Math.max(1, Math.min(MOST_ROWS, Integer.parseInt(sent.strip())));
            } catch (NumberFormatException e) {
                count = 1;
            }
        }
        int removed = removed(param.apply("remove-row"), count);
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            if (n == removed) {
                continue;
            }
            rows.add(new Row(rows.size() + 1, param.apply("text-" + n), param.apply("decisionMaker-" + n),
                    param.apply("targetDate-" + n + "-day"), param.apply("targetDate-" + n + "-month"),
                    param.apply("targetDate-" + n + "-year")));
        }
        if (param.apply("add-another") != null && rows.size() < MOST_ROWS || rows.isEmpty()) {
            rows.add(new Row(rows.size() + 1, null, null, null, null, null));
        }
        return rows;
    }

    /** Whether the request only changed the rows ("Add another", "Remove"): nothing is recorded then. */
    static boolean rowsChanged(Function<String, String> param) {
        return param.apply("add-another") != null || param.apply("remove-row") != null;
    }

    /**
     * Checks the rows as the user would: empty rows are skipped; a row with anything typed needs its text and
     * decision maker, and a whole target date if any part of it is typed. At least one recommendation is needed.
     */
    static Checked check(List<Row> rows, FormErrors errors, String atLeastOne) {
        List<FollowUpCommands.NewRecommendation> made = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Row row : rows) {
            if (row.isEmpty()) {
                continue;
            }
            if (blank(row.text())) {
                errors.add("text-" + row.number(), "Enter recommendation " + row.number());
            }
            if (blank(row.decisionMaker())) {
                errors.add("decisionMaker-" + row.number(), "Enter who decides on recommendation " + row.number()
                        + ", for example Cabinet or a portfolio holder");
            }
            LocalDate target = row.hasDate() ? DateFields.read(errors, "targetDate-" + row.number(),
                    "the target date of recommendation " + row.number(), row.day(), row.month(), row.year()) : null;
            made.add(new FollowUpCommands.NewRecommendation(strip(row.text()), strip(row.decisionMaker()), target));
            numbers.add(row.number());
        }
        if (made.isEmpty() && !errors.isPresent()) {
            errors.add("text-1", atLeastOne);
        }
        return new Checked(made, numbers);
    }

    private static int removed(String value, int count) {
        try {
            int n = value == null ? 0 : Integer.parseInt(value.strip());
            return n >= 1 && n <= count ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
