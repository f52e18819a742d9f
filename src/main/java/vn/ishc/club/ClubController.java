package vn.ishc.club;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.area.UnitDirectory;

@Controller
class ClubController {

    private final ClubDirectory clubs;
    private final UnitDirectory units;

    private final Clock clock;

    ClubController(ClubDirectory clubs, UnitDirectory units, Clock clock) {
        this.clubs = clubs;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/clubs")
    String list(Model model) {
        model.addAttribute("clubs", clubs.visible());
        model.addAttribute("units", units);
        return "clubs/list";
    }

    @GetMapping("/clubs/{id}")
    String detail(@PathVariable long id, Model model) {
        ClubView club = clubs.get(id);
        model.addAttribute("club", club);
        model.addAttribute("units", units);
        model.addAttribute("unitToday", units.successorsAsOf(club.unitId(), LocalDate.now(clock)));
        model.addAttribute("mayChange", clubs.mayChange(club));
        return "clubs/detail";
    }

    static class RenameForm {
        @NotBlank(message = "{validation.required}")
        @Size(max = 200, message = "{validation.tooLong}")
        private String name;

        private Integer version;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
    }

    @GetMapping("/clubs/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ClubView club = clubs.get(id);
        if (!clubs.mayChange(club)) throw new AccessDeniedException("read-only scope");
        RenameForm form = new RenameForm();
        form.name = club.name();
        form.version = club.version();
        model.addAttribute("club", club);
        model.addAttribute("form", form);
        return "clubs/edit";
    }

    @PostMapping("/clubs/{id}/edit")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RenameForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ClubView club = clubs.get(id);
        if (form.version == null) errors.reject("club.error.concurrent");
        if (!errors.hasErrors()) {
            try {
                clubs.rename(new RenameClub(id, form.name, form.version));
                redirect.addFlashAttribute("flash", "club.saved");
                return "redirect:/clubs/" + id;
            } catch (ClubEditedConcurrently e) {
                errors.reject("club.error.concurrent");
            }
        }
        model.addAttribute("club", club);
        return "clubs/edit";
    }
}
