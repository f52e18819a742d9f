package vn.ishc.funding.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
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
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.fund.ClubFunds;
import vn.ishc.funding.RecipientLevel;
import vn.ishc.funding.Resource;
import vn.ishc.funding.ResourceCommands.CancelResource;
import vn.ishc.funding.ResourceCommands.EditResource;
import vn.ishc.funding.ResourceCommands.RecordResource;
import vn.ishc.funding.ResourceKind;
import vn.ishc.funding.ResourceService;
import vn.ishc.funding.Resources;
import vn.ishc.funding.Source;
import vn.ishc.shared.TableDownload;
import vn.ishc.shared.Vnd;
import vn.ishc.web.FormSubmission;

/**
 * The resources' pages: the list with its filters (year, unit, source), the totals by source × year, the
 * entries and, beside them, the clubs' loan-fund capital read-only (counted once in the totals); recording,
 * correcting and cancelling an entry; the exports.
 */
@Controller
class ResourceController {
    static final int PAGE_SIZE = 50;

    private final ResourceService service;
    private final Resources resources;
    private final ClubFunds funds;
    private final UnitDirectory units;
    private final ClubDirectory clubs;
    private final MessageSource messages;

    ResourceController(
            ResourceService service,
            Resources resources,
            ClubFunds funds,
            UnitDirectory units,
            ClubDirectory clubs,
            MessageSource messages) {
        this.service = service;
        this.resources = resources;
        this.funds = funds;
        this.units = units;
        this.clubs = clubs;
        this.messages = messages;
    }

    @InitBinder({"form", "cancelForm"})
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/resources")
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Resources.Filter filter = new Resources.Filter(year, unit, source);
        model.addAttribute("filter", filter);
        model.addAttribute("totals", resources.totals(filter));
        model.addAttribute("result", resources.entries(filter, page, PAGE_SIZE));
        model.addAttribute("capital", resources.fundCapital(filter));
        model.addAttribute("years", years());
        model.addAttribute("filterUnits", units.allAsOf(service.today()));
        model.addAttribute("mayWrite", service.mayWrite());
        addReference(model);
        return "resources/list";
    }

    @GetMapping("/resources/export.{format}")
    void export(
            @PathVariable String format,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String source,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Resources.Filter filter = new Resources.Filter(year, unit, source);
        Map<String, String> labels = sourceLabels(locale);
        Map<Long, String> unitNames = new HashMap<>();
        List<String> headers = new ArrayList<>();
        for (String k : List.of(
                "funding.receivedOn",
                "funding.source",
                "funding.kind",
                "funding.donor",
                "funding.budgetYear",
                "funding.amount",
                "funding.inKindDescription",
                "funding.purpose",
                "funding.level",
                "funding.unit",
                "funding.club",
                "funding.documentNo",
                "funding.status")) headers.add(message(locale, k));
        List<List<?>> rows = new ArrayList<>();
        for (Resource r : resources.allEntries(filter)) {
            List<Object> row = new ArrayList<>();
            row.add(r.receivedOn());
            row.add(labels.getOrDefault(r.source(), r.source()));
            row.add(message(locale, "funding.kind." + r.kind()));
            row.add(r.donor());
            row.add(r.budgetYear());
            row.add(r.amount());
            row.add(r.inKindDescription());
            row.add(r.purpose());
            row.add(message(locale, "funding.level." + r.level()));
            row.add(unitNames.computeIfAbsent(r.unitId(), service::unitName));
            row.add(r.clubId() == null ? null : clubName(r.clubId()));
            row.add(r.documentNo());
            row.add(message(locale, r.cancelled() ? "funding.status.cancelled" : "funding.status.standing"));
            rows.add(row);
        }
        TableDownload.send(
                format,
                "nguon-luc" + (year == null ? "" : "-" + year),
                message(locale, "funding.export.sheet"),
                headers,
                rows,
                response);
    }

    @GetMapping("/resources/new")
    String newForm(Model model) {
        if (!service.mayWrite()) throw new AccessDeniedException("read-only");
        ResourceForm form = new ResourceForm();
        form.receivedOn = service.today();
        model.addAttribute("form", form);
        return formPage(model, null);
    }

    @PostMapping("/resources/new")
    String record(
            @ModelAttribute("form") ResourceForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!service.mayWrite()) throw new AccessDeniedException("read-only");
        Optional<Resource> saved = FormSubmission.of(errors).get(() -> service.record(command(form)));
        if (saved.isEmpty()) return formPage(model, null);
        redirect.addFlashAttribute("flash", "funding.saved");
        return "redirect:/resources/" + saved.get().id();
    }

    @GetMapping("/resources/{id}")
    String detail(@PathVariable long id, Model model) {
        Resource r = service.get(id);
        model.addAttribute("form", ResourceForm.of(r));
        model.addAttribute("cancelForm", new CancelForm());
        return detailPage(model, r);
    }

    @PostMapping("/resources/{id}")
    String edit(
            @PathVariable long id,
            @ModelAttribute("form") ResourceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Resource r = service.get(id);
        if (form.version == null) errors.reject("funding.error.concurrent");
        boolean done = FormSubmission.of(errors)
                .concurrentEdit("funding.error.concurrent")
                .run(() -> service.edit(new EditResource(id, form.version, command(form))));
        if (!done) {
            model.addAttribute("cancelForm", new CancelForm());
            return detailPage(model, r);
        }
        redirect.addFlashAttribute("flash", "funding.edited");
        return "redirect:/resources/" + id;
    }

    @PostMapping("/resources/{id}/cancel")
    String cancel(
            @PathVariable long id,
            @ModelAttribute("cancelForm") CancelForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Resource r = service.get(id);
        boolean done = FormSubmission.of(errors).run(() -> service.cancel(new CancelResource(id, form.reason)));
        if (!done) {
            model.addAttribute("form", ResourceForm.of(r));
            return detailPage(model, r);
        }
        redirect.addFlashAttribute("flash", "funding.cancelled");
        return "redirect:/resources/" + id;
    }

    private RecordResource command(ResourceForm f) {
        Vnd amount = f.amount == null || f.amount.isBlank() ? null : funds.amount(f.amount, "amount");
        return new RecordResource(
                f.source,
                f.kind,
                f.donor,
                f.receivedOn,
                f.budgetYear,
                amount,
                f.inKindDescription,
                f.purpose,
                f.level,
                f.level == RecipientLevel.CLUB ? null : f.unitId,
                f.level == RecipientLevel.CLUB ? f.clubId : null,
                f.loanFundCapital,
                f.documentNo,
                f.note);
    }

    private String detailPage(Model model, Resource r) {
        model.addAttribute("resource", r);
        model.addAttribute("mayChange", service.mayChange(r));
        model.addAttribute("unitName", service.unitName(r.unitId()));
        model.addAttribute("clubName", r.clubId() == null ? null : clubName(r.clubId()));
        addChoices(model);
        return "resources/detail";
    }

    private String formPage(Model model, Resource r) {
        addChoices(model);
        return "resources/form";
    }

    private void addChoices(Model model) {
        addReference(model);
        List<UnitView> recipients = new ArrayList<>(service.recipientUnits(null));
        model.addAttribute("recipientUnits", recipients);
        model.addAttribute("recipientClubs", service.recipientClubs());
    }

    private void addReference(Model model) {
        model.addAttribute("sources", resources.sources());
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("levels", RecipientLevel.values());
        model.addAttribute("names", new Names());
    }

    private List<Integer> years() {
        int now = service.today().getYear();
        List<Integer> out = new ArrayList<>();
        for (int y = now; y >= 2021; y--) out.add(y);
        return out;
    }

    private String clubName(long clubId) {
        try {
            return clubs.get(clubId).name();
        } catch (vn.ishc.shared.NotFoundException outside) {
            return String.valueOf(clubId);
        }
    }

    private Map<String, String> sourceLabels(Locale locale) {
        Map<String, String> out = new HashMap<>();
        for (Source s : resources.sources()) out.put(s.code(), s.label(locale));
        return out;
    }

    private String message(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }

    /** Names of units and clubs for the templates, looked up once each per page. */
    class Names {
        private final Map<Long, String> unitNames = new HashMap<>();
        private final Map<Long, String> clubNames = new HashMap<>();

        public String unit(long id) {
            return unitNames.computeIfAbsent(id, service::unitName);
        }

        public String club(Long id) {
            return id == null ? "" : clubNames.computeIfAbsent(id, ResourceController.this::clubName);
        }
    }

    static List<ClubView> none() {
        return List.of();
    }
}
