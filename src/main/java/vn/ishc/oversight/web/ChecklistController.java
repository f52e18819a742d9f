package vn.ishc.oversight.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.oversight.visit.ChecklistItem;
import vn.ishc.oversight.visit.Checklists;
import vn.ishc.oversight.visit.Checklists.PlanChecklist;
import vn.ishc.oversight.visit.VisitCommands.ItemEntry;
import vn.ishc.oversight.visit.VisitCommands.SaveChecklist;
import vn.ishc.web.FormSubmission;

/** A plan's monitoring checklist and rating thresholds, as a table form (administrators and city officers). */
@Controller
class ChecklistController {
    static final int BLANK_ROWS = 3;

    private final Checklists checklists;

    ChecklistController(Checklists checklists) {
        this.checklists = checklists;
    }

    /** The form: one row per item, and the two thresholds. */
    static class ChecklistForm {
        List<Row> items = new ArrayList<>();
        Integer goodMinPercent;
        Integer fairMinPercent;

        static class Row {
            String code;
            Integer position;
            String labelVi;
            String labelEn;
            Integer maxScore;

            public String getCode() {
                return code;
            }

            public void setCode(String code) {
                this.code = code;
            }

            public Integer getPosition() {
                return position;
            }

            public void setPosition(Integer position) {
                this.position = position;
            }

            public String getLabelVi() {
                return labelVi;
            }

            public void setLabelVi(String labelVi) {
                this.labelVi = labelVi;
            }

            public String getLabelEn() {
                return labelEn;
            }

            public void setLabelEn(String labelEn) {
                this.labelEn = labelEn;
            }

            public Integer getMaxScore() {
                return maxScore;
            }

            public void setMaxScore(Integer maxScore) {
                this.maxScore = maxScore;
            }
        }
    }

    @InitBinder("form")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(200);
    }

    @GetMapping("/plans/{id}/checklist")
    String show(@PathVariable long id, Model model) {
        PlanChecklist c = checklists.ofPlan(id);
        ChecklistForm form = new ChecklistForm();
        for (ChecklistItem i : c.items()) {
            ChecklistForm.Row r = new ChecklistForm.Row();
            r.code = i.code();
            r.position = i.position();
            r.labelVi = i.labelVi();
            r.labelEn = i.labelEn();
            r.maxScore = i.maxScore();
            form.items.add(r);
        }
        form.goodMinPercent = c.thresholds().goodMinPercent();
        form.fairMinPercent = c.thresholds().fairMinPercent();
        model.addAttribute("form", form);
        return page(model, id, c);
    }

    @PostMapping("/plans/{id}/checklist")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") ChecklistForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!checklists.mayEdit(id)) throw new AccessDeniedException("plan " + id);
        List<ItemEntry> items = new ArrayList<>();
        for (ChecklistForm.Row r : form.items)
            items.add(r == null ? null : new ItemEntry(r.code, r.position, r.labelVi, r.labelEn, r.maxScore));
        boolean done = FormSubmission.of(errors)
                .run(() -> checklists.save(new SaveChecklist(id, items, form.goodMinPercent, form.fairMinPercent)));
        if (!done) return page(model, id, checklists.ofPlan(id));
        redirect.addFlashAttribute("flash", "oversight.checklist.saved");
        return "redirect:/plans/" + id + "/checklist";
    }

    private String page(Model model, long id, PlanChecklist c) {
        ChecklistForm form = (ChecklistForm) model.getAttribute("form");
        for (int i = 0; i < BLANK_ROWS; i++) form.items.add(new ChecklistForm.Row());
        model.addAttribute("checklist", c);
        model.addAttribute("planId", id);
        model.addAttribute("mayEdit", checklists.mayEdit(id));
        return "oversight/checklist";
    }
}
