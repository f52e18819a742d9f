package vn.ishc.report.periodic;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Sends a periodic report as .xlsx or PDF, for the pages and the API alike. */
@Component
class PeriodicDownloads {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    private final PeriodicContent content;
    private final PeriodicReportService reports;

    PeriodicDownloads(PeriodicContent content, PeriodicReportService reports) {
        this.content = content;
        this.reports = reports;
    }

    /** The report rendered in {@code format} ({@code xlsx} or {@code pdf}, else a refusal). */
    byte[] render(long id, String format, Locale locale) throws IOException {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("xlsx") && !f.equals("pdf")) throw new PeriodicReportRefused("format", "periodic.error.format");
        ReportDocument doc = content.document(id, locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (f.equals("xlsx")) PeriodicXlsx.write(doc, out);
        else PeriodicPdf.write(doc, out);
        return out.toByteArray();
    }

    void send(long id, String format, Locale locale, HttpServletResponse response) throws IOException {
        byte[] bytes = render(id, format, locale);
        String f = format.strip().toLowerCase(Locale.ROOT);
        PeriodicReport r = reports.get(id);
        String name = "bao-cao-" + r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + (r.kind() == PeriodKind.QUARTER ? r.number() + "-" : "") + r.year() + "-" + id + "." + f;
        response.setContentType(f.equals("xlsx") ? XLSX : PDF);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
