package io.customerlens.service.card;

import io.customerlens.report.RiskWords;
import io.customerlens.analysis.lapse.CustomerLapse;
import io.customerlens.analysis.lapse.LapseWindow;
import io.customerlens.analysis.segments.KeyAccountTier;
import io.customerlens.analysis.segments.LifecycleCount;
import io.customerlens.analysis.segments.SegmentSummary;
import io.customerlens.analysis.segments.TierSummary;
import io.customerlens.domain.Contact;
import io.customerlens.domain.CustomerAttribute;
import io.customerlens.domain.CustomerInfo;
import io.customerlens.domain.FollowUpTask;
import io.customerlens.i18n.MessageBundle;
import io.customerlens.i18n.ReadingFormat.Figure;
import io.customerlens.report.pdf.ListDocument;
import io.customerlens.report.pdf.ListDocument.ListColumn;
import io.customerlens.report.pdf.PdfFormats;
import io.customerlens.service.contacts.ContactService;
import io.customerlens.service.followups.FollowUpService;
import io.customerlens.service.followups.TaskFilter;
import io.customerlens.service.followups.TaskRow;
import io.customerlens.service.followups.TaskSort;
import io.customerlens.service.lapse.LapseReport;
import io.customerlens.service.lapse.LapseRow;
import io.customerlens.service.lapse.LapseService;
import io.customerlens.service.segments.SegmentOptions;
import io.customerlens.service.segments.SegmentReport;
import io.customerlens.service.segments.SegmentService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The printed lists — lapsed customers, the day's call sheet, the segment summary — as {@link ListDocument}s in
 * the user's language, from the same results the pages show. Call off the FX thread.
 */
public class PrintedLists {

    /** Room to write a few words by hand on every row of the call sheet, in points. */
    public static final float CALL_ROW_HEIGHT = 36;

    private final LapseService lapseService;
    private final SegmentService segmentService;
    private final FollowUpService followUps;
    private final ContactService contacts;

    /** @param followUps the follow-up tasks for the call sheet; null where none are kept */
    public PrintedLists(LapseService lapseService, SegmentService segmentService, FollowUpService followUps) {
        this(lapseService, segmentService, followUps, ContactService.NONE);
    }

    /** @param contacts the customers' phone numbers and contact persons, printed with their names */
    public PrintedLists(LapseService lapseService, SegmentService segmentService, FollowUpService followUps,
                        ContactService contacts) {
        this.contacts = contacts;
        this.lapseService = lapseService;
        this.segmentService = segmentService;
        this.followUps = followUps;
    }

    /**
     * Lapsed customers (N or more months without a purchase), largest value at risk first, each with its phone
     * number and contact person under its name (the monthly amount at
     * stake where no chance of a return order could be learned: too little history).
     *
     * @param filters only customers whose attribute equals the value (e.g. one salesperson); empty = all
     */
    public ListDocument lapsed(Optional<LocalDate> asOf, LapseWindow window, Map<CustomerAttribute, String> filters,
                               MessageBundle messages) {
        LapseReport report = lapseService.analyse(lapseService.load(asOf), window);
        List<LapseRow> lapsed = report.customers().stream()
                .filter(row -> row.lapse().lapsed() && matches(row.info(), filters))
                .sorted(Comparator.comparing(PrintedLists::atStake).reversed().thenComparing(LapseRow::key))
                .toList();
        boolean valueAtRisk = lapsed.stream().anyMatch(row -> row.valueAtRisk() != null);
        PdfFormats formats = new PdfFormats(messages.locale());
        Map<String, Contact> contactsByKey = lapsed.isEmpty() ? Map.of() : contacts.contacts();
        List<List<String>> rows = new ArrayList<>();
        for (LapseRow row : lapsed) {
            CustomerLapse lapse = row.lapse();
            String contact = contactText(contactsByKey.getOrDefault(row.key(), Contact.EMPTY));
            rows.add(List.of(String.valueOf(rows.size() + 1), row.displayName() + (contact.isEmpty() ? "" : "\n" + contact),
                    row.key(), orDash(CustomerAttribute.CITY.of(row.info())), orDash(CustomerAttribute.SALESPERSON.of(row.info())),
                    lapse.lastPurchase().toString(), String.valueOf(lapse.idleMonths()),
                    formats.money(atStake(row)),
                    formats.money(lapse.history().netBetween(lapse.history().firstMonth(), lapse.history().lastMonth()))));
        }
        List<String> filterLines = new ArrayList<>();
        filterLines.add(messages.format("pdf.lapsed.window", window.months()));
        filterLines.addAll(filterTexts(filters, messages));
        filterLines.add(messages.format("pdf.lapsed.count", rows.size(), report.customers().size()));
        return new ListDocument(messages.get("pdf.lapsed.title"), report.asOf(), filterLines, List.of(
                column(messages, "pdf.column.rank", 0.7f, true), column(messages, "pdf.column.customer", 2.6f, false),
                column(messages, "pdf.column.key", 1.3f, false), column(messages, "pdf.column.city", 1, false),
                column(messages, "pdf.column.salesperson", 1.4f, false),
                column(messages, "pdf.column.lastPurchase", 1.2f, false),
                column(messages, "pdf.column.idleMonths", 0.9f, true),
                column(messages, valueAtRisk ? "pdf.column.valueAtRisk" : "pdf.column.atStake", 1.4f, true),
                column(messages, "pdf.column.netAmount", 1.5f, true)), rows, 0,
                messages.get(valueAtRisk ? "pdf.lapsed.footnote.valueAtRisk" : "pdf.lapsed.footnote"));
    }

    /** The value at risk, else (too little history to learn a chance) the monthly amount at stake. */
    private static java.math.BigDecimal atStake(LapseRow row) {
        return row.valueAtRisk() != null ? row.valueAtRisk() : row.lapse().monthlyAmountAtStake();
    }

    /** The segment summary: RFM segments, value tiers, key-account tiers and lifecycle stages with their counts. */
    public ListDocument segmentSummary(Optional<LocalDate> asOf, SegmentOptions options, MessageBundle messages) {
        SegmentReport report = segmentService.analyse(segmentService.load(asOf), options);
        PdfFormats formats = new PdfFormats(messages.locale());
        long all = report.customers().size();
        List<List<String>> rows = new ArrayList<>();
        String rfm = messages.get("pdf.segments.group.rfm");
        for (SegmentSummary summary : report.rfm().segments()) {
            rows.add(List.of(rfm, messages.get("segments.rfm." + summary.segment().code()),
                    String.valueOf(summary.customers()), formats.percent(summary.share()), formats.money(summary.netAmount())));
        }
        String tiers = messages.get("pdf.segments.group.tier");
        for (TierSummary tier : report.valueTiers().tiers()) {
            rows.add(List.of(tiers, messages.get("segments.tier." + tier.tier().name().toLowerCase(Locale.ROOT)),
                    String.valueOf(tier.customers()), share(formats, tier.customers(), all), formats.money(tier.netAmount())));
        }
        Map<KeyAccountTier, Long> accounts = new EnumMap<>(KeyAccountTier.class);
        report.keyAccounts().customers().forEach(account -> accounts.merge(account.tier(), 1L, Long::sum));
        String keyAccounts = messages.get("pdf.segments.group.keyAccount");
        for (KeyAccountTier tier : KeyAccountTier.values()) {
            long count = accounts.getOrDefault(tier, 0L);
            rows.add(List.of(keyAccounts, messages.get("segments.keyTier." + tier.code()), String.valueOf(count),
                    share(formats, count, all), ""));
        }
        String lifecycle = messages.get("pdf.segments.group.lifecycle");
        for (LifecycleCount count : report.lifecycle()) {
            rows.add(List.of(lifecycle, messages.get("segments.stage." + count.stage().code()),
                    String.valueOf(count.customers()), share(formats, count.customers(), all), ""));
        }
        var thresholds = report.rfm().thresholds();
        List<String> filters = List.of(
                messages.format("pdf.segments.rfm", new Figure.WholeDays(thresholds.recencyDays()),
                        new Figure.OneDecimal(thresholds.orders()), new Figure.Money(thresholds.netAmount())),
                messages.format("pdf.segments.tiers", new Figure.Percent(options.tiers().a()),
                        new Figure.Percent(options.tiers().b())),
                messages.format("pdf.segments.keyAccounts", options.cutoffs().strategic(), options.cutoffs().key()),
                messages.format("pdf.lapsed.window", options.window().months()));
        return new ListDocument(messages.get("pdf.segments.title"), report.asOf(), filters, List.of(
                column(messages, "pdf.segments.column.group", 1.4f, false),
                column(messages, "pdf.segments.column.segment", 2, false),
                column(messages, "pdf.segments.column.customers", 1, true),
                column(messages, "pdf.segments.column.share", 1, true),
                column(messages, "pdf.column.netAmount", 1.6f, true)), rows, 0, messages.format("pdf.segments.footnote", all));
    }

    /** The customer's chance and reasons on a line of their own under the task; nothing when unknown. */
    private static String riskLine(LapseRow row, LapseWindow window, RiskWords words) {
        String line = row == null ? "" : words.chanceWithReasons(row.risk(), window.months());
        return line.isEmpty() ? "" : "\n" + line;
    }

    /** Whether follow-up tasks are kept, so that a call sheet can be printed. */
    public boolean keepsFollowUps() {
        return followUps != null;
    }

    /**
     * Today's call sheet: every pending task due today or overdue, by due date, with tick boxes for phone and
     * visit and room for notes; under each customer's name, the phone number and contact person; under each task,
     * the customer's chance of no order in the next N months and why.
     *
     * @param window the lapse window N the chance is for (the analysis settings')
     * @throws IllegalStateException where no follow-ups are kept
     */
    public ListDocument callSheet(MessageBundle messages, LapseWindow window) {
        if (followUps == null) {
            throw new IllegalStateException("no follow-up tasks are kept");
        }
        LocalDate today = followUps.today();
        // Every overdue task falls before today's, so the two lists joined stay in due-date order.
        List<TaskRow> due = new ArrayList<>(followUps.list(TaskFilter.OVERDUE, TaskSort.DUE_DATE));
        due.addAll(followUps.list(TaskFilter.TODAY, TaskSort.DUE_DATE));
        PdfFormats formats = new PdfFormats(messages.locale());
        Map<String, LapseRow> standing = new java.util.HashMap<>();
        if (!due.isEmpty()) {
            lapseService.analyse(lapseService.load(Optional.empty()), window).customers()
                    .forEach(lapseRow -> standing.put(lapseRow.key(), lapseRow));
        }
        RiskWords words = new RiskWords(messages);
        Map<String, Contact> contactsByKey = due.isEmpty() ? Map.of() : contacts.contacts();
        List<List<String>> rows = new ArrayList<>();
        for (TaskRow row : due) {
            FollowUpTask task = row.task();
            String contact = contactText(contactsByKey.getOrDefault(task.customerKey(), Contact.EMPTY));
            String customer = row.displayName() + (contact.isEmpty() ? "" : "\n" + contact) + "\n" + task.customerKey();
            String reason = messages.get("followups.reason." + task.reason().name())
                    + (task.notes() == null || task.notes().isBlank() ? "" : " — " + task.notes().strip())
                    + riskLine(standing.get(task.customerKey()), window, words);
            rows.add(List.of(String.valueOf(rows.size() + 1), customer,
                    orDash(CustomerAttribute.CITY.of(row.info())), reason, task.effectiveDue().toString(),
                    formats.money(task.valueAtStake()), "", "", ""));
        }
        return new ListDocument(messages.get("pdf.calls.title"), today,
                List.of(messages.format("pdf.calls.filter", today.toString(), rows.size())), List.of(
                column(messages, "pdf.column.rank", 0.7f, true), column(messages, "pdf.column.customer", 2.2f, false),
                column(messages, "pdf.column.city", 0.9f, false), column(messages, "pdf.column.task", 1.8f, false),
                column(messages, "pdf.column.due", 1.3f, false), column(messages, "pdf.column.atStake", 1.5f, true),
                tickBox(messages, "pdf.column.phone"), tickBox(messages, "pdf.column.visit"),
                column(messages, "pdf.column.notes", 2.5f, false)), rows, CALL_ROW_HEIGHT, messages.get("pdf.calls.footnote"));
    }

    /** "0571-88886666 张伟": the phone, then the person to ask for; empty when neither is known. */
    private static String contactText(Contact contact) {
        String phone = contact.phone() == null ? "" : contact.phone();
        String person = contact.contactPerson() == null ? "" : contact.contactPerson();
        return (phone + " " + person).strip();
    }

    private static boolean matches(CustomerInfo info, Map<CustomerAttribute, String> filters) {
        return filters.entrySet().stream().allMatch(filter -> filter.getValue().equals(filter.getKey().of(info)));
    }

    private static List<String> filterTexts(Map<CustomerAttribute, String> filters, MessageBundle messages) {
        List<String> texts = new ArrayList<>();
        new TreeMap<>(filters).forEach((attribute, value) ->
                texts.add(messages.format("pdf.filter", messages.get("card.attr." + attribute.name().toLowerCase(Locale.ROOT)), value)));
        if (texts.isEmpty()) {
            texts.add(messages.get("pdf.filter.none"));
        }
        return texts;
    }

    private static String share(PdfFormats formats, long part, long all) {
        return all == 0 ? "" : formats.percent((double) part / all);
    }

    private static ListColumn column(MessageBundle messages, String key, float weight, boolean numeric) {
        return new ListColumn(messages.get(key), weight, numeric);
    }

    private static ListColumn tickBox(MessageBundle messages, String key) {
        return new ListColumn(messages.get(key), 0.8f, false, true);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
