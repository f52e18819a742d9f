package vn.ishc.member;

/** Labels: {@code member.sex.<NAME>}. */
public enum Sex {
    FEMALE,
    MALE
}
