package io.safesegment.core.recommend.eval;

import io.safesegment.core.recommend.data.InteractionMatrix;

/** One train/test partition over the same users and items. */
public record Split(InteractionMatrix train, InteractionMatrix test) {
}
