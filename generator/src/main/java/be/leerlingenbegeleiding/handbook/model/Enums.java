package be.leerlingenbegeleiding.handbook.model;

/** Holder for the looking-up of coded enum constants. */
public final class Enums {
    private Enums() {
    }

    /** The constant with this code, or null. */
    public static <E extends Enum<E> & Coded> E byCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) return e;
        }
        return null;
    }
}
