package vn.ishc.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.shared.TableDownload;

/**
 * The audit screens: {@code /audit} (changes) and {@code /audit/access} (views of personal data), each
 * with filters, pages and an export. Administrators see everything, city officers the entries recorded in
 * their scope's units; anyone else is refused (403). Read-only: the application has no way to change an
 * entry.
 */
@Controller
class AuditController {
    static final int PAGE_SIZE = 50;

    /** The kinds of record the trail holds (filter choices; labels {@code audit.record.<kind>}). */
    static final List<String> RECORD_TYPES = List.of(
            "club",
            "person",
            "membership",
            "member-import",
            "plan",
            "account",
            "unit-change",
            "unit-import",
            "loan",
            "lending-rules",
            "fund-entry",
            "expense-request",
            "fund-opening",
            "meeting",
            "meeting-dues",
            "health-check",
            "exercise-group",
            "care-volunteer",
            "care-recipient",
            "care-pairing",
            "care-visit",
            "help-case",
            "activity",
            "training",
            "monitoring-visit",
            "follow-up",
            "checklist");

    /** The kinds of view the access log holds (labels {@code audit.what.<kind>}). */
    static final List<String> VIEW_KINDS = List.of(
            "member-page",
            "member-list",
            "member-export",
            "club-members",
            "dashboard-members",
            "import-preview",
            "personal-data-export",
            "health-check",
            "health-readings",
            "health-export",
            "home-care",
            "help-cases");

    /**
     * The filters of both screens and their exports, from the query string: the kind (record type or
     * view kind), the record or person id, the user and the dates (ISO; another text answers 400).
     */
    record AuditFilter(
            String type,
            String id,
            String user,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        AuditQuery query(int page, int size) {
            return new AuditQuery(type, id, user, from, to, page, size);
        }
    }

    private final AuditTrail trail;
    private final MessageSource messages;

    AuditController(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String changes(AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = filter.query(page, PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", trail.changes(query));
        model.addAttribute("recordTypes", RECORD_TYPES);
        return "audit/changes";
    }

    @GetMapping("/audit/access")
    String views(AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = filter.query(page, PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", trail.views(query));
        model.addAttribute("viewKinds", VIEW_KINDS);
        return "audit/access";
    }

    @GetMapping("/audit/export.{format}")
    void exportChanges(@PathVariable String format, AuditFilter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        if (!trail.mayRead()) throw new AccessDeniedException("may not read the audit trail");
        AuditQuery query = filter.query(0, 1_000_000);
        List<List<?>> rows = new ArrayList<>();
        for (AuditEntry e : trail.changes(query).entries()) {
            rows.add(Arrays.asList(
                    e.at().toString().replace('T', ' '),
                    e.username(),
                    e.address(),
                    label("audit.record." + e.recordType(), e.recordType(), locale),
                    e.recordId(),
                    label("audit.action." + e.action(), e.action(), locale),
                    e.changes().stream()
                            .map(c -> c.field() + ": " + nz(c.before()) + " → " + nz(c.after()))
                            .collect(Collectors.joining("\n")),
                    e.reason()));
        }
        TableDownload.send(
                format,
                "nhat-ky-thay-doi",
                msg("audit.title", locale),
                headers(
                        locale,
                        "audit.at",
                        "audit.user",
                        "audit.address",
                        "audit.recordType",
                        "audit.recordId",
                        "audit.action",
                        "audit.changes",
                        "audit.reason"),
                rows,
                response);
    }

    @GetMapping("/audit/access/export.{format}")
    void exportViews(@PathVariable String format, AuditFilter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        if (!trail.mayRead()) throw new AccessDeniedException("may not read the audit trail");
        AuditQuery query = filter.query(0, 1_000_000);
        List<List<?>> rows = new ArrayList<>();
        for (AccessEntry e : trail.views(query).entries()) {
            rows.add(Arrays.asList(
                    e.at().toString().replace('T', ' '),
                    e.username(),
                    e.address(),
                    label("audit.what." + e.what(), e.what(), locale),
                    e.subject(),
                    (long) e.personCount(),
                    e.personIds() == null ? null : e.personIds().replaceAll("^,|,$", "")));
        }
        TableDownload.send(
                format,
                "nhat-ky-truy-cap",
                msg("audit.access.title", locale),
                headers(
                        locale,
                        "audit.at",
                        "audit.user",
                        "audit.address",
                        "audit.what",
                        "audit.subject",
                        "audit.personCount",
                        "audit.personIds"),
                rows,
                response);
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> msg(k, locale)).toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String label(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private static String nz(String s) {
        return s == null ? "∅" : s;
    }
}
