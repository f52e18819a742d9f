package vn.ishc.member;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.club.ClubView;
import vn.ishc.shared.SpreadsheetRefused;
import vn.ishc.shared.TableExport;
import vn.ishc.web.Htmx;

/**
 * The member list import screens: the upload page and template, the preview with row corrections (htmx
 * fragments of {@code members/import-preview}, or the whole page without JavaScript), save and discard.
 */
@Controller
class MemberImportController {
    /** Above this many rows the preview lists only the rows with errors or warnings. */
    static final int LIST_EVERY_ROW_UP_TO = 1000;

    private final MemberImportService imports;
    private final MemberImportTemplate template;
    private final MemberRegistry members;

    private final org.springframework.context.ApplicationEventPublisher events;

    MemberImportController(
            MemberImportService imports,
            MemberImportTemplate template,
            MemberRegistry members,
            org.springframework.context.ApplicationEventPublisher events) {
        this.imports = imports;
        this.template = template;
        this.members = members;
        this.events = events;
    }

    // ---- upload ----

    @GetMapping("/clubs/{clubId}/members/import")
    String uploadPage(@PathVariable long clubId, Model model) {
        return uploadPage(members.changeableClub(clubId), model);
    }

    @PostMapping("/clubs/{clubId}/members/import")
    String upload(
            @PathVariable long clubId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Htmx htmx,
            Model model,
            HttpServletResponse response)
            throws IOException {
        ClubView club = members.changeableClub(clubId);
        if (file == null || (file.isEmpty() && isBlank(file.getOriginalFilename()))) {
            return refused(club, model, "import.error.noFile", new Object[0]);
        }
        if (file.isEmpty()) return refused(club, model, "import.error.emptyFile", new Object[0]);
        long importId;
        try (InputStream in = file.getInputStream()) {
            importId = imports.upload(clubId, file.getOriginalFilename(), in);
        } catch (SpreadsheetRefused e) {
            return refused(club, model, e.messageKey(), e.args());
        } catch (MemberImportRefused e) {
            return refused(club, model, e.messageKey(), e.args());
        }
        String preview = "/member-imports/" + importId;
        if (htmx.isRequest()) {
            // The upload went through htmx (for its progress bar): let the browser load the preview.
            Htmx.redirect(response, preview);
            return uploadPage(club, model);
        }
        return "redirect:" + preview;
    }

    private String refused(ClubView club, Model model, String messageKey, Object[] args) {
        model.addAttribute("fileError", messageKey);
        model.addAttribute("fileErrorArgs", args);
        return uploadPage(club, model);
    }

    private String uploadPage(ClubView club, Model model) {
        model.addAttribute("club", club);
        model.addAttribute("columns", MemberImportColumn.values());
        model.addAttribute("maxRows", MemberImportService.MAX_ROWS);
        return "members/import";
    }

    @GetMapping("/members/import-template.xlsx")
    void downloadTemplate(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(TableExport.XLSX_MEDIA_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(MemberImportTemplate.FILE_NAME)
                        .build()
                        .toString());
        template.write(locale, response.getOutputStream());
    }

    // ---- preview ----

    @GetMapping("/member-imports/{importId}")
    String preview(@PathVariable long importId, Model model) {
        MemberImportPreview preview = imports.preview(importId);
        events.publishEvent(new vn.ishc.shared.PersonalDataViewed(
                "import-preview",
                "member-import " + importId + " (" + preview.fileName() + ", " + preview.rows() + ")",
                members.changeableClub(preview.clubId()).unitId(),
                preview.clubId(),
                List.of()));
        return previewPage(preview, null, model);
    }

    private String previewPage(MemberImportPreview preview, Integer editing, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("columns", MemberImportColumn.values());
        boolean everyRow = preview.rows() <= LIST_EVERY_ROW_UP_TO;
        model.addAttribute("everyRow", everyRow);
        model.addAttribute(
                "listed",
                everyRow
                        ? preview.lines()
                        : preview.lines().stream()
                                .filter(l ->
                                        !l.valid() || !l.warnings().isEmpty() || Objects.equals(l.number(), editing))
                                .toList());
        model.addAttribute("editing", editing);
        return "members/import-preview";
    }

    // ---- one row: correct or skip ----

    /** The row's form: a table row fragment for htmx, or the preview with that row open. */
    @GetMapping("/member-imports/{importId}/rows/{rowNumber}/edit")
    String editRow(@PathVariable long importId, @PathVariable int rowNumber, Htmx htmx, Model model) {
        imports.row(importId, rowNumber);
        MemberImportPreview preview = imports.preview(importId);
        if (!htmx.isRequest()) return previewPage(preview, rowNumber, model);
        model.addAttribute("preview", preview);
        model.addAttribute("line", preview.line(rowNumber));
        model.addAttribute("columns", MemberImportColumn.values());
        return "members/import-preview :: edit-row";
    }

    /** The row as shown, for "cancel" in its form. */
    @GetMapping("/member-imports/{importId}/rows/{rowNumber}")
    String showRow(@PathVariable long importId, @PathVariable int rowNumber, Htmx htmx, Model model) {
        if (!htmx.isRequest()) return "redirect:/member-imports/" + importId + "#row-" + rowNumber;
        imports.row(importId, rowNumber);
        MemberImportPreview preview = imports.preview(importId);
        model.addAttribute("preview", preview);
        model.addAttribute("line", preview.line(rowNumber));
        model.addAttribute("columns", MemberImportColumn.values());
        return "members/import-preview :: row";
    }

    @PostMapping("/member-imports/{importId}/rows/{rowNumber}/edit")
    String saveRow(
            @PathVariable long importId,
            @PathVariable int rowNumber,
            @RequestParam Map<String, String> form,
            Htmx htmx,
            Model model) {
        MemberImportPreview before = !htmx.isRequest() ? null : imports.preview(importId);
        Map<MemberImportColumn, String> texts = new EnumMap<>(MemberImportColumn.class);
        for (MemberImportColumn c : MemberImportColumn.values()) texts.put(c, form.get(c.field()));
        imports.correct(importId, MemberImportRow.fromTexts(rowNumber, texts));
        if (!htmx.isRequest()) return "redirect:/member-imports/" + importId + "#row-" + rowNumber;
        MemberImportPreview after = imports.preview(importId);
        model.addAttribute("line", after.line(rowNumber));
        return rowUpdate(before, after, rowNumber, model);
    }

    @PostMapping("/member-imports/{importId}/rows/{rowNumber}/skip")
    String skipRow(@PathVariable long importId, @PathVariable int rowNumber, Htmx htmx, Model model) {
        MemberImportPreview before = !htmx.isRequest() ? null : imports.preview(importId);
        imports.skip(importId, rowNumber);
        if (!htmx.isRequest()) return "redirect:/member-imports/" + importId;
        model.addAttribute("line", null);
        return rowUpdate(before, imports.preview(importId), rowNumber, model);
    }

    /**
     * The changed row, then (out of band) the other rows whose problems changed with it (a national ID
     * no longer repeated, say) and the totals with the save button.
     */
    private String rowUpdate(MemberImportPreview before, MemberImportPreview after, int rowNumber, Model model) {
        List<MemberImportLine> changed = new ArrayList<>();
        for (MemberImportLine line : after.lines()) {
            MemberImportLine old = before.line(line.number());
            if (line.number() != rowNumber
                    && old != null
                    && (!old.errors().equals(line.errors()) || !old.warnings().equals(line.warnings())))
                changed.add(line);
        }
        model.addAttribute("preview", after);
        model.addAttribute("changed", changed);
        model.addAttribute("columns", MemberImportColumn.values());
        return "members/import-preview :: row-update";
    }

    // ---- save or discard ----

    @PostMapping("/member-imports/{importId}/commit")
    String commit(@PathVariable long importId, Model model, RedirectAttributes redirect) {
        MemberImportService.Committed committed;
        try {
            committed = imports.commit(importId);
        } catch (MemberImportRefused | vn.ishc.shared.MonthLocked e) {
            // A refusal of the whole file (a row dated in a locked month among them): nothing was saved.
            model.addAttribute("message", e.messageKey());
            model.addAttribute("messageArgs", e.args());
            return previewPage(imports.preview(importId), null, model);
        } catch (DataIntegrityViolationException e) {
            // Someone recorded one of these national IDs between the check and the insert.
            model.addAttribute("message", "import.error.rowsHaveErrors");
            model.addAttribute("messageArgs", new Object[] {1});
            return previewPage(imports.preview(importId), null, model);
        }
        redirect.addFlashAttribute("flash", "import.done");
        redirect.addFlashAttribute("flashArgs", committed.members());
        redirect.addFlashAttribute("warnings", committed.outOfBand());
        return "redirect:/clubs/" + committed.clubId();
    }

    @PostMapping("/member-imports/{importId}/discard")
    String discard(@PathVariable long importId, RedirectAttributes redirect) {
        long clubId = imports.discard(importId);
        redirect.addFlashAttribute("flash", "import.discarded");
        return "redirect:/clubs/" + clubId;
    }

    /** An import already saved or discarded: back to its page, which says so. */
    @ExceptionHandler(MemberImportClosed.class)
    String closed(
            MemberImportClosed e,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String page = "/member-imports/" + e.importId();
        if (Htmx.of(request).isRequest()) {
            // htmx (a row correction): have the browser load the page, which says the import is closed.
            Htmx.redirect(response, page);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "error/409";
        }
        redirect.addFlashAttribute("message", "import.error.closed");
        return "redirect:" + page;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
