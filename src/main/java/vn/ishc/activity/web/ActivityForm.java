package vn.ishc.activity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ishc.activity.FundingSource;
import vn.ishc.activity.PaidBy;

/** The form recording an activity: the cost as typed ("150.000"), checked as the fund checks an amount. */
class ActivityForm {
    String area;
    String kind = "ORDINARY";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate heldOn;

    String title;
    String description;
    List<Long> participants = new ArrayList<>();
    Integer others = 0;
    List<Long> beneficiaryMembers = new ArrayList<>();
    Integer beneficiaries;
    String cost;
    PaidBy paidBy;
    FundingSource source;
    String donor;
}
