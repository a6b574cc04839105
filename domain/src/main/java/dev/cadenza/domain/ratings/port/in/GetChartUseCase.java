package dev.cadenza.domain.ratings.port.in;

import dev.cadenza.domain.ratings.model.Chart;

/** A chart, public. By rating, only items with the configured minimum number of ratings take part. */
public interface GetChartUseCase {
  Chart getChart(ChartQuery query);
}
