package dev.cfregions.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.sync.ItemFailure;
import dev.cfregions.core.sync.Plan;
import dev.cfregions.core.sync.SyncReport;
import dev.cfregions.core.sync.Update;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Prints a plan (what would change) or a sync report (what changed) in one shape: as lines a
 * person reads before anything is written, as the one JSON object scripts read
 * ({@code {"created":N,"updated":N,"deleted":N,"unchanged":N,"failed":[…],"read_requests":N,"write_requests":N}}),
 * or as CSV rows {@code action,ip,vendor,region}.
 */
public final class ChangeReport {
    private final List<Mapping> created;
    private final List<Update> updated;
    private final List<Mapping> deleted;
    private final int unchanged;
    private final List<ItemFailure> failed;
    private final int readRequests;
    private final int writeRequests;
    private final boolean wouldBe;

    private ChangeReport(List<Mapping> created, List<Update> updated, List<Mapping> deleted, int unchanged,
            List<ItemFailure> failed, int readRequests, int writeRequests, boolean wouldBe) {
        this.created = created;
        this.updated = updated;
        this.deleted = deleted;
        this.unchanged = unchanged;
        this.failed = failed;
        this.readRequests = readRequests;
        this.writeRequests = writeRequests;
        this.wouldBe = wouldBe;
    }

    /**
     * What a plan would do.
     *
     * @param plan the plan
     * @param readRequests the reads its listing took
     * @return the report
     */
    public static ChangeReport of(Plan plan, int readRequests) {
        return new ChangeReport(plan.creates(), plan.updates(), plan.deletes(), plan.unchanged().size(), List.of(),
                readRequests, plan.writeRequests(), true);
    }

    /**
     * What a sync did.
     *
     * @param report the sync's report
     * @return the report
     */
    public static ChangeReport of(SyncReport report) {
        return new ChangeReport(report.created(), report.updated(), report.deleted(), report.unchanged().size(), report.failed(),
                report.readRequests(), report.writeRequests(), report.dryRun());
    }

    /**
     * @param out where to print
     * @param format the format
     */
    public void print(PrintStream out, OutputFormat format) {
        switch (format) {
            case json -> out.println(json());
            case csv -> csv(out);
            default -> text(out);
        }
        out.flush();
    }

    private void text(PrintStream out) {
        Columns rows = new Columns("", "IP", "VENDOR", "REGION", "");
        created.forEach(m -> rows.row("+", m.ip().value(), m.vendor().value(), m.region(), ""));
        updated.forEach(u -> rows.row("~", u.after().ip().value(), u.after().vendor().value(), u.after().region(),
                "(was " + u.before().vendor().value() + " " + u.before().region() + ")"));
        deleted.forEach(m -> rows.row("-", m.ip().value(), m.vendor().value(), m.region(), ""));
        failed.forEach(f -> rows.row("!", f.ip().value(), "", "", f.action().name().toLowerCase(java.util.Locale.ROOT) + " failed: "
                + f.reason()));
        if (!created.isEmpty() || !updated.isEmpty() || !deleted.isEmpty() || !failed.isEmpty()) {
            rows.print(out);
        }
        String verb = wouldBe ? "Plan: " + created.size() + " to create, " + updated.size() + " to update, " + deleted.size()
                + " to delete" : "Done: " + created.size() + " created, " + updated.size() + " updated, " + deleted.size() + " deleted";
        out.println(verb + ", " + unchanged + " unchanged" + (failed.isEmpty() ? "" : ", " + failed.size() + " failed")
                + "; " + readRequests + " read and " + writeRequests + " write requests" + (wouldBe ? " (planned)." : "."));
    }

    private void csv(PrintStream out) {
        out.print("action,ip,vendor,region\n");
        created.forEach(m -> out.print("create," + m.ip().value() + "," + m.vendor().value() + "," + m.region() + "\n"));
        updated.forEach(u -> out.print("update," + u.after().ip().value() + "," + u.after().vendor().value() + "," + u.after().region()
                + "\n"));
        deleted.forEach(m -> out.print("delete," + m.ip().value() + "," + m.vendor().value() + "," + m.region() + "\n"));
        failed.forEach(f -> out.print("failed," + f.ip().value() + ",,\n"));
    }

    /** @return the JSON object scripts read */
    public String json() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("created", created.size());
            g.writeNumberField("updated", updated.size());
            g.writeNumberField("deleted", deleted.size());
            g.writeNumberField("unchanged", unchanged);
            g.writeArrayFieldStart("failed");
            for (ItemFailure f : failed) {
                g.writeStartObject();
                g.writeStringField("ip", f.ip().value());
                g.writeStringField("reason", f.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("read_requests", readRequests);
            g.writeNumberField("write_requests", writeRequests);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
