package vn.ishc.area;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.shared.TableDownload;
import vn.ishc.web.Htmx;

/** The unit tree as of a date, and one unit's history and lineage. Units are public reference data. */
@Controller
class UnitController {

    private final UnitDirectory directory;
    private final Clock clock;
    private final LocalDate planEraDate;
    private final MessageSource messages;

    UnitController(
            UnitDirectory directory,
            Clock clock,
            @Value("${ishc.plan-era-date}") LocalDate planEraDate,
            MessageSource messages) {
        this.directory = directory;
        this.clock = clock;
        this.planEraDate = planEraDate;
        this.messages = messages;
    }

    @GetMapping("/units")
    String tree(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Long parent,
            Htmx htmx,
            Model model) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        if (parent != null) {
            UnitView p = directory.find(parent).orElseThrow(() -> new UnitNotFound(parent));
            model.addAttribute("parent", p);
            model.addAttribute("path", directory.path(parent));
            model.addAttribute("parentValid", p.validOn(date));
        } else {
            model.addAttribute("path", List.of());
        }
        model.addAttribute("asOf", date);
        model.addAttribute("rows", directory.nodesAsOf(parent, date));
        return htmx.view("units/tree", "table");
    }

    @GetMapping("/units/export.{format}")
    void export(
            @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Long parent,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        if (parent != null) directory.find(parent).orElseThrow(() -> new UnitNotFound(parent));
        List<String> headers = Stream.of(
                        "unit.name", "unit.type", "unit.code", "unit.validFrom", "unit.validTo", "units.children")
                .map(k -> messages.getMessage(k, null, locale))
                .toList();
        List<List<?>> rows = directory.nodesAsOf(parent, date).stream()
                .map(n -> Arrays.<Object>asList(
                        n.unit().name(),
                        messages.getMessage("unit.type." + n.unit().type(), null, locale),
                        n.unit().code(),
                        n.unit().validFrom(),
                        n.unit().validTo(),
                        (long) n.children()))
                .collect(Collectors.toList());
        String name = "don-vi-hanh-chinh-" + date;
        TableDownload.send(format, name, messages.getMessage("units.title", null, locale), headers, rows, response);
    }

    @GetMapping("/units/{id}")
    String detail(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate originsAsOf,
            Model model) {
        UnitView unit = directory.find(id).orElseThrow(() -> new UnitNotFound(id));
        LocalDate today = LocalDate.now(clock);
        LocalDate originsDate = originsAsOf != null ? originsAsOf : planEraDate;
        model.addAttribute("unit", unit);
        model.addAttribute("path", directory.path(id));
        model.addAttribute("today", today);
        model.addAttribute("history", directory.historyOf(id));
        model.addAttribute("formedFrom", directory.formedFrom(id));
        model.addAttribute("becamePartOf", directory.becamePartOf(id));
        model.addAttribute("originsAsOf", originsDate);
        model.addAttribute("origins", directory.originsAsOf(id, originsDate));
        model.addAttribute("successors", directory.successorsAsOf(id, today));
        model.addAttribute("directory", directory);
        return "units/detail";
    }
}
