package dev.zhibiao.engine.region;

import java.util.function.Supplier;

/**
 * A value computed on the first {@link #get} and kept: for a costly object that most posts never ask for. Not
 * thread-safe; one post's analysis owns it.
 */
final class OnFirstUse<T> implements Supplier<T> {
    private Supplier<T> compute;
    private T value;

    OnFirstUse(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        if (compute != null) {
            value = compute.get();
            compute = null; // let what the computation captured go
        }
        return value;
    }
}
