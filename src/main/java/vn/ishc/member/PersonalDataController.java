package vn.ishc.member;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ishc.club.ClubDirectory;
import vn.ishc.club.ClubView;
import vn.ishc.member.MemberCommands.ErasePerson;
import vn.ishc.shared.PersonalDataViewed;
import vn.ishc.shared.TableExport;

/**
 * A person's data on their request (Decree 13/2023/NĐ-CP): the export of everything recorded about them
 * as one workbook (the member module's sheets, then each {@link PersonalDataSection}), and the erasure of
 * their personal data by an administrator, with a reason.
 */
@Controller
class PersonalDataController {
    /** The access log's code for an export ({@code audit.what.personal-data-export}). */
    static final String EXPORT = "personal-data-export";

    private final MemberRegistry members;
    private final ClubDirectory clubs;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final List<PersonalDataSection> sections;

    PersonalDataController(
            MemberRegistry members,
            ClubDirectory clubs,
            MessageSource messages,
            ApplicationEventPublisher events,
            List<PersonalDataSection> sections) {
        this.members = members;
        this.clubs = clubs;
        this.messages = messages;
        this.events = events;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PersonalDataSection::order))
                .toList();
    }

    @InitBinder("eraseForm")
    void bindFields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    // ---- export ----

    @GetMapping("/members/person/{personId}/personal-data.xlsx")
    void export(@PathVariable long personId, Locale locale, HttpServletResponse response) throws IOException {
        List<MemberView> history = members.personalData(personId);
        MemberView latest = history.get(history.size() - 1);
        ClubView club = clubs.get(latest.clubId());
        events.publishEvent(
                new PersonalDataViewed(EXPORT, "person " + personId, club.unitId(), club.id(), List.of(personId)));

        List<TableExport.Sheet> sheets = new ArrayList<>();
        sheets.add(new TableExport.Sheet(
                text(locale, "personal.sheet.person"),
                List.of(text(locale, "personal.field"), text(locale, "personal.value")),
                personRows(latest, locale)));
        List<List<?>> memberships = new ArrayList<>();
        Map<Long, String> clubNames = new LinkedHashMap<>();
        for (MemberView m : history) {
            memberships.add(Arrays.asList(m.clubName(), m.joinedOn(), m.joinReason(), m.leftOn(), m.leaveReason()));
            clubNames.putIfAbsent(m.clubId(), m.clubName());
        }
        sheets.add(new TableExport.Sheet(
                text(locale, "personal.sheet.memberships"),
                labels(
                        locale,
                        List.of(
                                "member.club",
                                "member.joinedOn",
                                "member.joinReason",
                                "member.leftOn",
                                "member.leaveReason")),
                memberships));
        PersonalDataSection.Subject subject = new PersonalDataSection.Subject(personId, clubNames);
        for (PersonalDataSection section : sections) {
            List<List<?>> rows = section.rows(subject).stream()
                    .<List<?>>map(row -> row.stream()
                            .map(cell -> cell instanceof PersonalDataSection.Text t
                                    ? messages.getMessage(t.key(), t.args(), locale)
                                    : cell)
                            .toList())
                    .toList();
            sheets.add(new TableExport.Sheet(
                    text(locale, section.titleKey()), labels(locale, section.headerKeys()), rows));
        }
        response.setContentType(TableExport.XLSX_MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"du-lieu-ca-nhan-" + personId + ".xlsx\"");
        TableExport.xlsx(sheets, response.getOutputStream());
    }

    /** The person's details as field/value rows: the full national ID, since the data are theirs. */
    private List<List<?>> personRows(MemberView m, Locale locale) {
        PersonDetails d = m.person();
        String yes = text(locale, "common.yes");
        String no = text(locale, "common.no");
        List<List<?>> rows = new ArrayList<>();
        rows.add(Arrays.asList(text(locale, "personal.personId"), m.personId()));
        rows.add(Arrays.asList(text(locale, "member.fullName"), d.fullName()));
        rows.add(Arrays.asList(text(locale, "member.sex"), text(locale, "member.sex." + d.sex())));
        rows.add(Arrays.asList(
                text(locale, "member.birth"),
                d.birthDate() != null ? d.birthDate() : (Object) Long.valueOf(d.effectiveBirthYear())));
        rows.add(Arrays.asList(text(locale, "member.ethnicity"), d.ethnicity()));
        rows.add(Arrays.asList(
                text(locale, "member.household"), text(locale, "member.household." + d.householdStatus())));
        rows.add(Arrays.asList(
                text(locale, "member.householdYear"),
                d.householdStatusYear() == null ? null : (Object) Long.valueOf(d.householdStatusYear())));
        rows.add(Arrays.asList(text(locale, "member.disability"), d.disability() ? yes : no));
        rows.add(Arrays.asList(text(locale, "member.livesAlone"), d.livesAlone() ? yes : no));
        rows.add(Arrays.asList(text(locale, "member.otherHardship"), d.otherHardship()));
        rows.add(Arrays.asList(text(locale, "member.nationalId"), d.nationalId()));
        rows.add(Arrays.asList(text(locale, "member.phone"), d.phone()));
        rows.add(Arrays.asList(text(locale, "member.residentialGroup"), d.residentialGroup()));
        rows.add(Arrays.asList(text(locale, "personal.erasedField"), m.erased() ? yes : no));
        return rows;
    }

    // ---- erasure ----

    static class EraseForm {
        @Size(max = 500, message = "{validation.tooLong}")
        public String reason;

        public boolean confirmed;
    }

    @GetMapping("/members/person/{personId}/erase")
    String eraseForm(@PathVariable long personId, Model model) {
        model.addAttribute("eraseForm", new EraseForm());
        return erasePage(personId, model);
    }

    @PostMapping("/members/person/{personId}/erase")
    String erase(
            @PathVariable long personId,
            @Valid @ModelAttribute("eraseForm") EraseForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MemberView latest = erasable(personId);
        if (form.reason == null || form.reason.isBlank()) errors.rejectValue("reason", "personal.error.reason");
        if (!form.confirmed) errors.rejectValue("confirmed", "personal.error.confirm");
        if (!errors.hasErrors()) {
            try {
                MemberView erased = members.erase(new ErasePerson(personId, form.reason));
                redirect.addFlashAttribute("flash", "personal.erase.done");
                return "redirect:/members/" + erased.membershipId();
            } catch (MemberRefused e) {
                errors.rejectValue("reason", e.messageKey(), e.args(), e.messageKey());
            }
        }
        return erasePage(personId, model);
    }

    private String erasePage(long personId, Model model) {
        model.addAttribute("member", erasable(personId));
        return "members/erase";
    }

    /** The person's latest membership, for an administrator (403 for anyone else, 404 outside the scope). */
    private MemberView erasable(long personId) {
        if (!members.mayErasePersonalData()) throw new AccessDeniedException("may not erase personal data");
        List<MemberView> history = members.historyOf(personId);
        return history.get(history.size() - 1);
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }

    private List<String> labels(Locale locale, List<String> keys) {
        return keys.stream().map(k -> text(locale, k)).toList();
    }
}
