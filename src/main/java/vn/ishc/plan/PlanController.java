package vn.ishc.plan;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.area.UnitDirectory;
import vn.ishc.area.UnitView;
import vn.ishc.plan.PlanCommands.CreatePlan;
import vn.ishc.plan.PlanCommands.EditPlan;
import vn.ishc.plan.PlanCommands.LockPlan;
import vn.ishc.plan.PlanCommands.SetRoadmap;
import vn.ishc.plan.PlanCommands.UnlockPlan;
import vn.ishc.web.FormSubmission;

/** The plan pages: the list, a plan with its targets, roadmap and change log, and the forms that change it. */
@Controller
class PlanController {
    private final PlanService plans;
    private final UnitDirectory units;
    private final Clock clock;

    PlanController(PlanService plans, UnitDirectory units, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.clock = clock;
    }

    /** The forms are bound field by field, like the other modules' forms. */
    @InitBinder("form")
    void directFieldAccess(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.all());
        model.addAttribute("mayCreate", plans.mayCreate());
        return "plans/plans";
    }

    private List<UnitView> scopeUnits(Plan p) {
        return p.units().stream()
                .map(units::find)
                .flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(UnitView::name))
                .toList();
    }

    @GetMapping("/plans/{id}")
    String detail(@PathVariable long id, Model model) {
        Plan p = plans.get(id);
        model.addAttribute("plan", p);
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("scopeUnits", scopeUnits(p));
        model.addAttribute("changes", plans.changes(id));
        model.addAttribute("mayEdit", plans.mayEdit(p));
        model.addAttribute("mayUnlock", plans.mayUnlock(p));
        return "plans/plan";
    }

    private Plan editable(long id) {
        Plan p = plans.get(id);
        if (!plans.mayEdit(p)) throw new AccessDeniedException("plan " + id);
        return p;
    }

    @GetMapping("/plans/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Plan p = editable(id);
        model.addAttribute("form", PlanForm.of(p));
        return formPage(p, model);
    }

    private String formPage(Plan p, Model model) {
        model.addAttribute("plan", p);
        model.addAttribute("indicators", Indicator.values());
        return "plans/form";
    }

    @PostMapping("/plans/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Plan p = editable(id);
        Optional<Integer> changed = FormSubmission.of(errors)
                .get(() -> plans.edit(new EditPlan(
                        id,
                        form.version == null ? -1 : form.version,
                        form.name,
                        form.legalReference,
                        form.start,
                        form.end,
                        form.rules(),
                        form.targetMap(),
                        form.reason)));
        if (changed.isEmpty()) return formPage(p, model);
        redirect.addFlashAttribute("flash", changed.get() == 0 ? "plan.unchanged" : "plan.saved");
        return "redirect:/plans/" + id;
    }

    /** One cell of the roadmap grid: a unit's planned new clubs in a year (field {@code c_<unit>_<year>}). */
    @GetMapping("/plans/{id}/roadmap")
    String roadmapForm(@PathVariable long id, Model model) {
        Plan p = editable(id);
        return roadmapPage(p, model, null, null);
    }

    private String roadmapPage(Plan p, Model model, Map<String, String> values, String error) {
        model.addAttribute("plan", p);
        model.addAttribute("scopeUnits", scopeUnits(p));
        Map<String, String> cells = new LinkedHashMap<>();
        for (Plan.RoadmapEntry r : p.roadmap()) cells.put("c_" + r.unitId() + "_" + r.year(), "" + r.newClubs());
        if (values != null) cells.putAll(values);
        model.addAttribute("cells", cells);
        model.addAttribute("error", error);
        return "plans/roadmap";
    }

    @PostMapping("/plans/{id}/roadmap")
    String roadmap(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            // Bound on its own so the text rules of every form field apply to it (web.InputBinding).
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        Plan p = editable(id);
        List<Plan.RoadmapEntry> entries = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (UnitView u : scopeUnits(p)) {
            for (int year : p.years()) {
                String name = "c_" + u.id() + "_" + year;
                String raw = params.getOrDefault(name, "").strip();
                values.put(name, raw);
                if (raw.isEmpty()) continue;
                int n;
                try {
                    n = Integer.parseInt(raw);
                } catch (NumberFormatException e) {
                    return roadmapPage(p, model, values, "plan.error.roadmapClubs");
                }
                entries.add(new Plan.RoadmapEntry(u.id(), year, n));
            }
        }
        int version;
        try {
            version = Integer.parseInt(params.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        model.addAttribute("reason", reason);
        try {
            int changed = plans.setRoadmap(new SetRoadmap(id, version, entries, reason));
            redirect.addFlashAttribute("flash", changed == 0 ? "plan.unchanged" : "plan.roadmapSaved");
            return "redirect:/plans/" + id;
        } catch (PlanRefused e) {
            return roadmapPage(p, model, values, e.messageKey());
        }
    }

    /** The units' shares of the count targets (field {@code t_<unit>_<indicator>}); empty: no share. */
    @GetMapping("/plans/{id}/unit-targets")
    String unitTargetsForm(@PathVariable long id, Model model) {
        Plan p = editable(id);
        return unitTargetsPage(p, model, null, null, false);
    }

    private String unitTargetsPage(Plan p, Model model, Map<String, String> values, String error, boolean proposed) {
        model.addAttribute("plan", p);
        model.addAttribute("scopeUnits", scopeUnits(p));
        model.addAttribute("shared", Plan.UNIT_SHARED);
        Map<String, String> cells = new LinkedHashMap<>();
        for (Plan.UnitTarget t : p.unitTargets())
            cells.put("t_" + t.unitId() + "_" + t.indicator().code(), "" + t.target());
        if (values != null) cells.putAll(values);
        model.addAttribute("cells", cells);
        model.addAttribute("error", error);
        model.addAttribute("proposed", proposed);
        return "plans/unit-targets";
    }

    /**
     * Saves the shares; with {@code propose}, saves nothing and fills every empty cell with the share the
     * plan's text implies ({@link Plan#proposedShare}), for the officer to check and save.
     */
    @PostMapping("/plans/{id}/unit-targets")
    String unitTargets(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            // Bound on its own so the text rules of every form field apply to it (web.InputBinding).
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        Plan p = editable(id);
        boolean propose = params.containsKey("propose");
        List<Plan.UnitTarget> targets = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        String error = null;
        for (UnitView u : scopeUnits(p)) {
            for (Indicator i : Plan.UNIT_SHARED) {
                String name = "t_" + u.id() + "_" + i.code();
                String raw = params.getOrDefault(name, "").strip();
                if (raw.isEmpty() && propose) {
                    Integer s = p.proposedShare(u.id(), i);
                    raw = s == null ? "" : String.valueOf(s);
                }
                values.put(name, raw);
                if (raw.isEmpty()) continue;
                try {
                    targets.add(new Plan.UnitTarget(u.id(), i, Integer.parseInt(raw)));
                } catch (NumberFormatException e) {
                    error = "plan.error.unitTargetValue";
                }
            }
        }
        model.addAttribute("reason", reason);
        if (propose || error != null) return unitTargetsPage(p, model, values, error, propose && error == null);
        int version;
        try {
            version = Integer.parseInt(params.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        try {
            int changed = plans.setUnitTargets(new PlanCommands.SetUnitTargets(id, version, targets, reason));
            redirect.addFlashAttribute("flash", changed == 0 ? "plan.unchanged" : "plan.unitTargetsSaved");
            return "redirect:/plans/" + id;
        } catch (PlanRefused e) {
            return unitTargetsPage(p, model, values, e.messageKey(), false);
        }
    }

    @PostMapping("/plans/{id}/lock")
    String lock(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        plans.lock(new LockPlan(id, version));
        redirect.addFlashAttribute("flash", "plan.lockedDone");
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/unlock")
    String unlock(
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            plans.unlock(new UnlockPlan(id, version, reason));
            redirect.addFlashAttribute("flash", "plan.unlockedDone");
        } catch (PlanRefused e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/plans/" + id;
    }

    @GetMapping("/plans/new")
    String newForm(@RequestParam(required = false) java.time.LocalDate unitsDate, Model model) {
        if (!plans.mayCreate()) throw new AccessDeniedException("plan");
        NewPlanForm form = new NewPlanForm();
        form.unitsDate = unitsDate != null ? unitsDate : LocalDate.now(clock);
        model.addAttribute("form", form);
        return newPage(form, model);
    }

    private String newPage(NewPlanForm form, Model model) {
        LocalDate date = form.unitsDate != null ? form.unitsDate : LocalDate.now(clock);
        model.addAttribute("choices", plans.unitsForPlan(date));
        return "plans/new";
    }

    @PostMapping("/plans/new")
    String create(
            @Valid @ModelAttribute("form") NewPlanForm form,
            BindingResult errors,
            @RequestParam(required = false) String refresh,
            Model model,
            RedirectAttributes redirect) {
        if (!plans.mayCreate()) throw new AccessDeniedException("plan");
        if (refresh != null) {
            // Fields, as the binder reads the form (its fields are public, without getters).
            errors = new org.springframework.validation.DirectFieldBindingResult(form, "form");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return newPage(form, model);
        }
        Optional<Long> id = FormSubmission.of(errors)
                .get(() -> plans.create(new CreatePlan(
                        form.name, form.legalReference, form.start, form.end, form.unitsDate, form.units)));
        if (id.isEmpty()) return newPage(form, model);
        redirect.addFlashAttribute("flash", "plan.created");
        return "redirect:/plans/" + id.get();
    }
}
