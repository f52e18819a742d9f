package vn.ishc.area;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.web.FormSubmission;

/** Administrators load other localities' units from CSV and correct recorded changes (every {@code /admin/**} page is for administrators alone: the security rules of the account module). */
@Controller
class UnitAdminController {

    private static final long MAX_BYTES = 5 * 1024 * 1024;

    private final UnitCsvImport csvImport;
    private final UnitChangeCorrection correction;
    private final UnitDirectory directory;

    UnitAdminController(UnitCsvImport csvImport, UnitChangeCorrection correction, UnitDirectory directory) {
        this.csvImport = csvImport;
        this.correction = correction;
        this.directory = directory;
    }

    @GetMapping("/admin/units/import")
    String importForm() {
        return "units/import";
    }

    @PostMapping("/admin/units/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "unit.import.error.noFile");
            return "units/import";
        }
        if (file.getSize() > MAX_BYTES) {
            model.addAttribute("fileError", "unit.import.error.tooLarge");
            return "units/import";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            model.addAttribute("fileError", "unit.import.error.notUtf8");
            return "units/import";
        }
        model.addAttribute("result", csvImport.load(text));
        return "units/import";
    }

    /** The form behind a change's correction. */
    static class ChangeForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @NotNull(message = "{validation.required}")
        LocalDate effectiveDate;

        @NotBlank(message = "{validation.required}")
        @Size(max = 300, message = "{validation.tooLong}")
        String legalReference;

        boolean dateConfirmed;

        @NotNull(message = "{validation.required}")
        Integer version;

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        @Size(max = 1000, message = "{validation.tooLong}")
        String note;

        public LocalDate getEffectiveDate() {
            return effectiveDate;
        }

        public void setEffectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
        }

        public String getLegalReference() {
            return legalReference;
        }

        public void setLegalReference(String legalReference) {
            this.legalReference = legalReference;
        }

        public boolean isDateConfirmed() {
            return dateConfirmed;
        }

        public void setDateConfirmed(boolean dateConfirmed) {
            this.dateConfirmed = dateConfirmed;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @GetMapping("/admin/unit-changes/{id}")
    String changeForm(@PathVariable long id, Model model) {
        ChangeView change = directory.change(id).orElseThrow(() -> new UnitChangeNotFound(id));
        ChangeForm form = new ChangeForm();
        form.effectiveDate = change.effectiveDate();
        form.legalReference = change.legalReference();
        form.dateConfirmed = change.dateConfirmed();
        form.note = change.note();
        form.version = change.version();
        model.addAttribute("form", form);
        return changePage(change, model);
    }

    @PostMapping("/admin/unit-changes/{id}")
    String correct(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ChangeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ChangeView change = directory.change(id).orElseThrow(() -> new UnitChangeNotFound(id));
        boolean corrected = FormSubmission.of(errors)
                .concurrentEdit("unit.change.error.concurrent")
                .run(() -> correction.correct(new CorrectUnitChange(
                        id, form.effectiveDate, form.legalReference, form.dateConfirmed, form.note, form.version)));
        if (!corrected) return changePage(change, model);
        redirect.addFlashAttribute("flash", "unit.change.saved");
        long unitId = !change.created().isEmpty()
                ? change.created().get(0)
                : change.ended().get(0);
        return "redirect:/units/" + unitId;
    }

    private String changePage(ChangeView change, Model model) {
        model.addAttribute("change", change);
        model.addAttribute("directory", directory);
        return "units/change";
    }
}
