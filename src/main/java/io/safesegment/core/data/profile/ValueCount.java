package io.safesegment.core.data.profile;

/** A value and how often it occurs. */
public record ValueCount(String value, long count) {
}
