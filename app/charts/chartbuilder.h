// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/charts/chartrequest.h"
#include "app/charts/trendchart.h"

#include <memory>

namespace chrono::ui {

/**
 * @brief Builds the QChart of a ChartRequest: lines, areas or steps with company colours,
 * claims drawn apart (dashed, hollow markers, "(claim)" in the legend), a time axis
 * labelled per language, a value axis with the unit, and the event markers overlay.
 *
 * Every line goes through core decimation (downsampleMinMax) before Qt Charts sees it.
 */
class ChartBuilder {
public:
    struct Options {
        /// false hands every point to Qt Charts (for the benchmark and the fidelity test).
        bool decimate = true;
    };

    static std::unique_ptr<TrendChart> build(const ChartRequest& request);
    static std::unique_ptr<TrendChart> build(const ChartRequest& request, const Options& options);

    /// Whole time extent of the request's lines (filter applied), padded for a pleasant edge;
    /// an empty range when there is nothing to draw.
    static TimeRange dataExtent(const ChartRequest& request);

    /// The series of the request's group that its company filter keeps.
    static QList<const Series*> shownSeries(const ChartRequest& request);
};

/// Label of a claim line in the legend: "Title (claim)" / "Title（声称）".
QString claimSeriesName(const QString& title, Language lang);

} // namespace chrono::ui
