// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/pngwriter.h"

#include <catch2/catch.hpp>

#include <QtCore/QBuffer>
#include <QtCore/QtEndian>
#include <QtGui/QPainter>

#include <cmath>
#include <cstring>
#include <stdexcept>

using namespace chrono::ui;

namespace {

/// A chart-like picture: flat background, antialiased lines and text.
QImage picture(QImage::Format format)
{
    QImage image(640, 360, format);
    image.fill(QColor(250, 250, 247));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(16, 163, 127), 2));
    QPolygonF line;
    for (int x = 0; x < 600; x += 3)
        line << QPointF(20 + x, 180 + 80 * std::sin(x / 37.0));
    p.drawPolyline(line);
    p.setPen(Qt::black);
    p.drawText(QPointF(30, 40), QStringLiteral("ChatGPT 78.0 %"));
    p.end();
    return image;
}

QByteArray encoded(const QImage& image, int level = Png::DEFAULT_LEVEL)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(Png::writeOpaque(image, &buffer, level));
    return bytes;
}

struct Chunk {
    QByteArray type, data;
};

/// The chunks of a PNG file, in order (CRCs are checked by the reader in the round trip).
QList<Chunk> chunks(const QByteArray& png)
{
    REQUIRE(png.startsWith("\x89PNG\r\n\x1a\n"));
    QList<Chunk> out;
    for (qsizetype at = 8; at + 12 <= png.size();) {
        const auto length = qsizetype(qFromBigEndian<quint32>(png.constData() + at));
        REQUIRE(at + 12 + length <= png.size());
        out.append({ png.mid(at + 4, 4), png.mid(at + 8, length) });
        at += 12 + length;
    }
    return out;
}

/// Takes `budget` bytes, then refuses (or throws, when `throws`).
class RefusingDevice : public QIODevice {
public:
    RefusingDevice(qint64 budget, bool throws)
        : m_budget(budget)
        , m_throws(throws)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 taken = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        if (taken + size > m_budget) {
            if (m_throws)
                throw std::runtime_error("disk on fire");
            return -1;
        }
        taken += size;
        return size;
    }

private:
    qint64 m_budget;
    bool m_throws;
};

} // namespace

TEST_CASE("PNG writer: what is read back are the image's RGB pixels", "[render][png]")
{
    const QImage::Format format = GENERATE(QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB32, QImage::Format_RGB888);
    QImage image = picture(format);
    image.setDotsPerMeterX(5906); // 150 dpi
    image.setDotsPerMeterY(5906);
    const int level = GENERATE(0, Png::DEFAULT_LEVEL, 9);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(Png::writeOpaque(image, &buffer, level));

    QImage back;
    REQUIRE(back.loadFromData(bytes, "PNG"));
    CHECK_FALSE(back.hasAlphaChannel());
    CHECK(back.convertToFormat(QImage::Format_RGB888) == image.convertToFormat(QImage::Format_RGB888));
    CHECK(back.dotsPerMeterX() == 5906);
    CHECK(back.dotsPerMeterY() == 5906);
}

TEST_CASE("PNG writer: flat pictures come out no larger than from Qt's writer at its highest level", "[render][png]")
{
    const QImage image = picture(QImage::Format_ARGB32_Premultiplied);
    QByteArray ours, qts;
    QBuffer a(&ours), b(&qts);
    a.open(QIODevice::WriteOnly);
    b.open(QIODevice::WriteOnly);
    REQUIRE(Png::writeOpaque(image, &a));
    REQUIRE(image.convertToFormat(QImage::Format_RGB888).save(&b, "PNG", 0));
    INFO("ours " << ours.size() << " bytes, Qt's level 9 " << qts.size() << " bytes");
    CHECK(ours.size() <= qts.size() * 11 / 10);
}

TEST_CASE("PNG writer: a null image or a closed device is an error", "[render][png]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CHECK_FALSE(Png::writeOpaque(QImage(), &buffer));
    QBuffer closed;
    CHECK_FALSE(Png::writeOpaque(picture(QImage::Format_RGB32), &closed));
    CHECK_FALSE(Png::writeOpaque(picture(QImage::Format_RGB32), nullptr));
}

TEST_CASE("PNG writer: odd sizes round-trip (rows padded in the QImage, not in the file)", "[render][png]")
{
    const QSize size = GENERATE(QSize(1, 1), QSize(33, 7), QSize(641, 5));
    const QImage image = picture(QImage::Format_RGB32).scaled(size);
    QImage back;
    REQUIRE(back.loadFromData(encoded(image), "PNG"));
    CHECK(back.size() == size);
    CHECK(back.convertToFormat(QImage::Format_RGB888) == image.convertToFormat(QImage::Format_RGB888));
}

TEST_CASE("PNG writer: header, resolution, and every row stored with filter None", "[render][png]")
{
    QImage image = picture(QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(3780); // 96 dpi
    image.setDotsPerMeterY(7559); // 192 dpi
    const QList<Chunk> list = chunks(encoded(image));
    REQUIRE(list.size() >= 4);
    CHECK(list.first().type == "IHDR");
    CHECK(list.last().type == "IEND");
    const QByteArray& ihdr = list.first().data;
    REQUIRE(ihdr.size() == 13);
    CHECK(qFromBigEndian<quint32>(ihdr.constData()) == 640);
    CHECK(qFromBigEndian<quint32>(ihdr.constData() + 4) == 360);
    CHECK(ihdr.mid(8) == QByteArray("\x08\x02\x00\x00\x00", 5)); // 8 bits, RGB, deflate, adaptive, no interlace

    QByteArray phys, stream;
    for (const Chunk& c : list) {
        if (c.type == "pHYs")
            phys = c.data;
        else if (c.type == "IDAT")
            stream += c.data;
    }
    REQUIRE(phys.size() == 9);
    CHECK(qFromBigEndian<quint32>(phys.constData()) == 3780);
    CHECK(qFromBigEndian<quint32>(phys.constData() + 4) == 7559);
    CHECK(phys.at(8) == 1); // metre

    // IDAT is one zlib stream of rows, each led by its filter type; qUncompress wants the size first.
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    const qsizetype rowBytes = 1 + 3 * rgb.width();
    char size[4];
    qToBigEndian(quint32(rowBytes * rgb.height()), size);
    const QByteArray raw = qUncompress(QByteArray(size, 4) + stream);
    REQUIRE(raw.size() == rowBytes * rgb.height());
    int unfiltered = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const char* row = raw.constData() + y * rowBytes;
        unfiltered += row[0] == 0 && std::memcmp(row + 1, rgb.constScanLine(y), size_t(rowBytes - 1)) == 0;
    }
    CHECK(unfiltered == rgb.height());
}

TEST_CASE("PNG writer: the level is zlib's, clamped to 0..9", "[render][png]")
{
    const QImage image = picture(QImage::Format_RGB32);
    const QByteArray stored = encoded(image, 0);
    const QByteArray best = encoded(image, 9);
    CHECK(stored.size() > qsizetype(image.width()) * 3 * image.height()); // level 0 stores
    CHECK(best.size() * 10 < stored.size());
    CHECK(best.size() <= encoded(image, Png::DEFAULT_LEVEL).size());
    CHECK(encoded(image, -3) == stored);
    CHECK(encoded(image, 42) == best);
}

TEST_CASE("PNG writer: a device that stops taking bytes is an error, wherever it stops", "[render][png]")
{
    const QImage image = picture(QImage::Format_RGB32);
    const qint64 whole = encoded(image).size();
    // In the signature, IHDR, pHYs, the middle of the image data, the last byte of IEND.
    const qint64 budget = GENERATE_COPY(0, 8, 40, whole / 2, whole - 1);
    RefusingDevice device(budget, false);
    CHECK_FALSE(Png::writeOpaque(image, &device));
    CHECK(device.taken <= budget);

    RefusingDevice enough(whole, false);
    CHECK(Png::writeOpaque(image, &enough));
    CHECK(enough.taken == whole);
}

TEST_CASE("PNG writer: an exception from the device reaches the caller", "[render][png]")
{
    const QImage image = picture(QImage::Format_RGB32);
    const qint64 budget = GENERATE(0, 5000);
    RefusingDevice device(budget, true);
    CHECK_THROWS_AS(Png::writeOpaque(image, &device), std::runtime_error);
    CHECK(encoded(image).size() > 5000); // and the next picture is written as usual
}
