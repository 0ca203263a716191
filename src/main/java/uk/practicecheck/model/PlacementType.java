package uk.practicecheck.model;

/** Kinds of placement for a looked-after child. */
public enum PlacementType {
    FOSTER_CARE,
    CONNECTED_PERSON,
    FOSTER_TO_ADOPT,
    ADOPTIVE,
    RESIDENTIAL,
    PLACED_WITH_PARENTS,
    SUPPORTED_ACCOMMODATION,
    OTHER
}
