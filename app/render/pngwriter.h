// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGui/QImage>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace chrono::ui::Png {

/**
 * zlib level of exported pictures. Charts and timelines are mostly flat background with thin
 * lines and text: at level 3 with the rows unfiltered (see writeOpaque) a dense 1920×1080
 * chart comes out within a few per cent of what Qt's writer made at level 9, in a tenth of
 * the time (docs/performance.md, *Charts*).
 */
constexpr int DEFAULT_LEVEL = 3;

/**
 * @brief Writes `image` as an 8-bit RGB PNG (no alpha channel: exported pictures are opaque)
 * with the image's resolution (pHYs), through libpng.
 *
 * Every row is stored with PNG filter "None". Qt's writer lets libpng pick a filter per row by
 * the minimum-sum heuristic, which suits photographs; on flat synthetic pictures the raw rows
 * compress about as well and much faster (docs/performance.md, *Charts*). The pixels are those
 * of `image.convertToFormat(QImage::Format_RGB888)`. An exception thrown by the device
 * propagates, after libpng has been cleaned up.
 *
 * @param level zlib level, 0 (store) to 9
 * @return false when the image is null or the device does not take all the bytes
 */
bool writeOpaque(const QImage& image, QIODevice* device, int level = DEFAULT_LEVEL);

} // namespace chrono::ui::Png
