package io.safesegment.core.recommend.model;

/** A model that predicts explicit ratings (RMSE and MAE apply). */
public interface RatingPredictor {
    /** Predicted rating of {@code item} by {@code user}. */
    double predict(int user, int item);
}
