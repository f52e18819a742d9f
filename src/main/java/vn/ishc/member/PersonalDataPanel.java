package vn.ishc.member;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The member page's "personal data on request" section (Decree 13/2023/NĐ-CP): the export button for those
 * who may export a person's data and the erase button for administrators. Shown last.
 */
@Component
class PersonalDataPanel implements MemberSection {
    private final MemberRegistry members;

    PersonalDataPanel(MemberRegistry members) {
        this.members = members;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public String fragment() {
        return "members/personal :: panel";
    }

    @Override
    public void addTo(Model model, MemberView member) {
        model.addAttribute("mayExportPersonalData", members.mayExportPersonalData());
        model.addAttribute("mayErasePersonalData", members.mayErasePersonalData() && !member.erased());
    }
}
