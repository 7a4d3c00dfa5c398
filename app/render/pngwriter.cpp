// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/pngwriter.h"

#include <QtCore/QByteArray>
#include <QtCore/QIODevice>
#include <QtCore/QtEndian>

#include <algorithm>
#include <array>
#include <cstring>

namespace chrono::ui::Png {

namespace {

/// CRC-32 (ISO 3309, as PNG chunks use), table-driven.
quint32 crc32(const char* data, qsizetype size, quint32 crc = 0)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (qsizetype i = 0; i < size; ++i)
        crc = table[(crc ^ quint8(data[i])) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

void appendBigEndian(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

/// One chunk: length, type, data, CRC over type and data.
bool writeChunk(QIODevice* device, const char type[4], const char* data, qsizetype size)
{
    QByteArray head;
    appendBigEndian(head, quint32(size));
    head.append(type, 4);
    const quint32 crc = crc32(data, size, crc32(type, 4));
    QByteArray tail;
    appendBigEndian(tail, crc);
    return device->write(head) == head.size() && (size == 0 || device->write(data, size) == size) && device->write(tail) == tail.size();
}

} // namespace

bool writeOpaque(const QImage& image, QIODevice* device, int level)
{
    if (image.isNull() || !device)
        return false;
    const QImage rgb = image.format() == QImage::Format_RGB888 ? image : image.convertToFormat(QImage::Format_RGB888);
    const int width = rgb.width();
    const int height = rgb.height();
    const qsizetype rowBytes = qsizetype(width) * 3;

    // The image data PNG compresses: each row preceded by its filter type (0, None).
    QByteArray raw(qsizetype(height) * (rowBytes + 1), Qt::Uninitialized);
    char* out = raw.data();
    for (int y = 0; y < height; ++y) {
        *out++ = 0;
        std::memcpy(out, rgb.constScanLine(y), size_t(rowBytes));
        out += rowBytes;
    }
    // qCompress gives a zlib stream (what IDAT holds) after a 4-byte length of its own.
    const QByteArray compressed = qCompress(raw, std::clamp(level, 0, 9));
    raw = QByteArray();
    if (compressed.size() <= 4)
        return false;

    static const char SIGNATURE[8] = { char(0x89), 'P', 'N', 'G', '\r', '\n', char(0x1A), '\n' };
    if (device->write(SIGNATURE, 8) != 8)
        return false;
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append(char(8)); // bit depth
    header.append(char(2)); // colour type: RGB
    header.append(char(0)); // deflate
    header.append(char(0)); // adaptive filtering (each row names its filter)
    header.append(char(0)); // no interlace
    if (!writeChunk(device, "IHDR", header.constData(), header.size()))
        return false;
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray phys;
        appendBigEndian(phys, quint32(image.dotsPerMeterX()));
        appendBigEndian(phys, quint32(image.dotsPerMeterY()));
        phys.append(char(1)); // unit: metre
        if (!writeChunk(device, "pHYs", phys.constData(), phys.size()))
            return false;
    }
    // IDAT in chunks of 256 KiB, as readers expect moderate chunk sizes.
    constexpr qsizetype CHUNK = 256 * 1024;
    const char* stream = compressed.constData() + 4;
    const qsizetype streamSize = compressed.size() - 4;
    for (qsizetype at = 0; at < streamSize; at += CHUNK)
        if (!writeChunk(device, "IDAT", stream + at, std::min(CHUNK, streamSize - at)))
            return false;
    return writeChunk(device, "IEND", nullptr, 0);
}

} // namespace chrono::ui::Png
