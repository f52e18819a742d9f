package vn.ishc.member;

import java.util.List;

/** A saved change and the composition rules it moved out of band (a warning, not a refusal). */
public record MemberSaved(MemberView member, List<Composition.Check> outOfBand) {}
