package vn.ishc.activity.web;

/** The form correcting an activity's title and description, with the version read. */
class ActivityTextForm {
    Integer version;
    String title;
    String description;
}
