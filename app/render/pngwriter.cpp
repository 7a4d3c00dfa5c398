// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/pngwriter.h"

#include <QtCore/QByteArray>
#include <QtCore/QIODevice>
#include <QtCore/QtDebug>

#include <png.h>

#include <algorithm>
#include <exception>

namespace chrono::ui::Png {

namespace {

/**
 * Where libpng's output goes, and what stopped it. Lives in writeOpaque's frame, outside the
 * stretch a libpng error longjmps across.
 */
struct Sink {
    QIODevice* device = nullptr;
    bool refused = false; ///< the device took fewer bytes than it was given
    std::exception_ptr exception; ///< what the device threw, rethrown once libpng is cleaned up
    char error[160] = {}; ///< libpng's own error message, if any
};

/// The encoder's input: plain values only, as the setjmp frame of encode() holds nothing else.
struct Picture {
    const uchar* bits; ///< Format_RGB888 pixels
    qsizetype bytesPerLine;
    png_uint_32 width, height;
    png_uint_32 dotsPerMeterX, dotsPerMeterY; ///< 0: no pHYs
    int level;
};

// libpng's callbacks. png_error() longjmps to encode(); at each call no object with a
// destructor is alive in the calling frame (the C++ rule for setjmp/longjmp), and an exception
// never crosses libpng's C frames.

void writeData(png_structp png, png_bytep data, size_t length)
{
    auto* sink = static_cast<Sink*>(png_get_io_ptr(png));
    const auto size = qint64(length);
    try {
        sink->refused = sink->device->write(reinterpret_cast<const char*>(data), size) != size;
    } catch (...) {
        sink->exception = std::current_exception();
    }
    if (sink->refused || sink->exception)
        png_error(png, "the device did not take the bytes");
}

void flushData(png_structp)
{
    // Nothing: QIODevice buffers on its own terms. (Without this callback libpng would fflush()
    // its I/O pointer as a FILE*.)
}

[[noreturn]] void onError(png_structp png, png_const_charp message)
{
    auto* sink = static_cast<Sink*>(png_get_error_ptr(png));
    qstrncpy(sink->error, message, sizeof sink->error);
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp message)
{
    qWarning("libpng: %s", message);
}

/**
 * Everything from png_create_write_struct to png_destroy_write_struct. libpng reports errors by
 * longjmp to the setjmp here, so this frame holds plain values only (nothing the jump could
 * skip destroying), and `png`/`info` are not modified after setjmp.
 */
bool encode(const Picture& picture, Sink* sink)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, sink, onError, onWarning);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return false;
    }
    if (setjmp(png_jmpbuf(png))) { // NOLINT(cert-err52-cpp): libpng's error protocol, see above
        png_destroy_write_struct(&png, &info);
        return false;
    }
    png_set_write_fn(png, sink, writeData, flushData);
    png_set_IHDR(png, info, picture.width, picture.height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
        PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (picture.dotsPerMeterX > 0 && picture.dotsPerMeterY > 0)
        png_set_pHYs(png, info, picture.dotsPerMeterX, picture.dotsPerMeterY, PNG_RESOLUTION_METER);
    // Unfiltered rows: libpng then also picks zlib's default strategy instead of Z_FILTERED.
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(png, picture.level);
    png_write_info(png, info);
    for (png_uint_32 y = 0; y < picture.height; ++y)
        png_write_row(png, picture.bits + qsizetype(y) * picture.bytesPerLine);
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace

bool writeOpaque(const QImage& image, QIODevice* device, int level)
{
    if (image.isNull() || !device)
        return false;
    const QImage rgb = image.format() == QImage::Format_RGB888 ? image : image.convertToFormat(QImage::Format_RGB888);
    const Picture picture { rgb.constBits(), rgb.bytesPerLine(), png_uint_32(rgb.width()), png_uint_32(rgb.height()),
        png_uint_32(std::max(0, image.dotsPerMeterX())), png_uint_32(std::max(0, image.dotsPerMeterY())),
        std::clamp(level, 0, 9) };
    Sink sink;
    sink.device = device;
    if (encode(picture, &sink))
        return true;
    if (sink.exception)
        std::rethrow_exception(sink.exception);
    if (!sink.refused && sink.error[0])
        qWarning("Cannot encode PNG: %s", sink.error);
    return false;
}

} // namespace chrono::ui::Png
