package org.icsatlas.render.drawing;

/** Scales a group's contents by {@code scale} about the origin, then moves them by ({@code dx}, {@code dy}). */
public record Transform(double scale, double dx, double dy) {
    public static final Transform IDENTITY = new Transform(1, 0, 0);

    public static Transform translate(double dx, double dy) {
        return new Transform(1, dx, dy);
    }

    public boolean isIdentity() {
        return scale == 1 && dx == 0 && dy == 0;
    }

    public double x(double x) {
        return x * scale + dx;
    }

    public double y(double y) {
        return y * scale + dy;
    }

    /** This transform applied after {@code inner}. */
    public Transform after(Transform inner) {
        return new Transform(scale * inner.scale, x(inner.dx), y(inner.dy));
    }
}
