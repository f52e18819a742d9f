package vn.ishc.funding.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.funding.RecipientLevel;
import vn.ishc.funding.Resource;
import vn.ishc.funding.ResourceKind;

/** The form recording or correcting a resource; the amount as typed ("5.000.000"). */
class ResourceForm {
    String source;
    ResourceKind kind = ResourceKind.MONEY;
    String donor;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate receivedOn;

    Integer budgetYear;
    String amount;
    String inKindDescription;
    String purpose;
    RecipientLevel level = RecipientLevel.WARD;
    Long unitId;
    Long clubId;
    boolean loanFundCapital;
    String documentNo;
    String note;
    Integer version;

    static ResourceForm of(Resource r) {
        ResourceForm f = new ResourceForm();
        f.source = r.source();
        f.kind = r.kind();
        f.donor = r.donor();
        f.receivedOn = r.receivedOn();
        f.budgetYear = r.budgetYear();
        f.amount = String.valueOf(r.amount().dong());
        f.inKindDescription = r.inKindDescription();
        f.purpose = r.purpose();
        f.level = r.level();
        f.unitId = r.level() == RecipientLevel.CLUB ? null : r.unitId();
        f.clubId = r.clubId();
        f.documentNo = r.documentNo();
        f.note = r.note();
        f.version = r.version();
        return f;
    }
}
